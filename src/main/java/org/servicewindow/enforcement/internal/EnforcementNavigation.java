package org.servicewindow.enforcement.internal;

import java.util.Set;
import org.servicewindow.common.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Enforcement's entries in the staff navigation, and the public enforcement information on the home page. */
@Configuration(proxyBeanMethods = false)
class EnforcementNavigation {

  static final String SECTION = "nav.section.enforcement";

  @Bean
  NavItem enforcementCasesNav() {
    return new NavItem(SECTION, "nav.enf.cases", "/enforcement/cases", 900, Set.of(EnforcementSecurity.READERS));
  }

  @Bean
  NavItem enforcementVerificationNav() {
    return new NavItem(SECTION, "nav.enf.verification", "/enforcement/verification", 905,
        Set.of(EnforcementSecurity.READERS));
  }

  @Bean
  NavItem enforcementReviewsNav() {
    return new NavItem(SECTION, "nav.enf.reviews", "/enforcement/reviews", 910, Set.of(EnforcementSecurity.REVIEWERS));
  }

  @Bean
  NavItem enforcementPublicationsNav() {
    return new NavItem(SECTION, "nav.enf.publications", "/enforcement/publications", 920,
        Set.of(EnforcementSecurity.PUBLISHERS));
  }

  @Bean
  NavItem enforcementDisclosuresNav() {
    return new NavItem(SECTION, "nav.enf.disclosures", "/enforcement/disclosures", 930,
        Set.of(EnforcementSecurity.PUBLISHERS));
  }

  @Bean
  NavItem enforcementSupervisionNav() {
    return new NavItem(SECTION, "nav.enf.supervision", "/enforcement/supervision", 940,
        Set.of(EnforcementSecurity.SUPERVISORS));
  }

  @Bean
  NavItem publicEnforcementNav() {
    return new NavItem("nav.section.public", "nav.enf.public", "/public/enforcement", 90, Set.of());
  }
}
