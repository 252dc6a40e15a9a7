package org.servicewindow.casework.web;

import java.util.Set;
import org.servicewindow.common.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Casework's screens in the staff navigation. */
@Configuration(proxyBeanMethods = false)
class CaseworkNavigation {

  static final String SECTION = "nav.section.casework";

  @Bean
  NavItem caseworkIntakeNav() {
    return new NavItem(SECTION, "nav.casework.intake", "/casework/intake", 300, Set.of("STAFF", "HALL_MANAGER"));
  }

  @Bean
  NavItem caseworkMatterIntakeNav() {
    return new NavItem(SECTION, "nav.casework.matterIntake", "/casework/intake/matter", 305,
        Set.of("STAFF", "HALL_MANAGER"));
  }

  @Bean
  NavItem caseworkApplicationsNav() {
    return new NavItem(SECTION, "nav.casework.applications", "/casework/applications", 310,
        Set.of(CaseworkWebConfiguration.READERS));
  }

  @Bean
  NavItem caseworkSupervisionNav() {
    return new NavItem(SECTION, "nav.casework.supervision", "/casework/supervision", 320,
        Set.of(CaseworkWebConfiguration.READERS));
  }

  @Bean
  NavItem caseworkInquiriesNav() {
    return new NavItem(SECTION, "nav.casework.inquiries", "/casework/inquiries", 330,
        Set.of(CaseworkWebConfiguration.READERS));
  }

  @Bean
  NavItem caseworkConsultationsNav() {
    return new NavItem(SECTION, "nav.casework.consultations", "/casework/consultations", 340,
        Set.of(CaseworkWebConfiguration.READERS));
  }

  @Bean
  NavItem caseworkEscalationsNav() {
    return new NavItem(SECTION, "nav.casework.escalations", "/casework/escalations", 350,
        Set.of(CaseworkWebConfiguration.READERS));
  }
}
