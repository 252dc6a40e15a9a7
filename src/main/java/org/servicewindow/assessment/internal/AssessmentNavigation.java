package org.servicewindow.assessment.internal;

import java.util.Set;
import org.servicewindow.common.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Assessment's entries in the staff navigation and its public honour list. */
@Configuration(proxyBeanMethods = false)
class AssessmentNavigation {

  static final String SECTION = "nav.section.assessment";

  @Bean
  NavItem assessmentRankingsNav() {
    return new NavItem(SECTION, "nav.assessment.rankings", "/assessment", 850, Set.of(AssessmentSecurity.READERS));
  }

  @Bean
  NavItem assessmentHonoursNav() {
    return new NavItem(SECTION, "nav.assessment.honours", "/assessment/honours", 855,
        Set.of("LEADER", "INSPECTOR", "SYSADMIN"));
  }

  @Bean
  NavItem assessmentPeriodsNav() {
    return new NavItem(SECTION, "nav.assessment.periods", "/assessment/periods", 860, Set.of(AssessmentSecurity.ADMINS));
  }

  @Bean
  NavItem assessmentSchemesNav() {
    return new NavItem(SECTION, "nav.assessment.schemes", "/assessment/schemes", 865, Set.of(AssessmentSecurity.ADMINS));
  }

  @Bean
  NavItem assessmentPublicHonoursNav() {
    return new NavItem("nav.section.public", "nav.assessment.publicHonours", "/honours", 95, Set.of());
  }
}
