package org.servicewindow.supervision.internal;

import java.util.Set;
import org.servicewindow.common.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Supervision's entries in the staff navigation. */
@Configuration(proxyBeanMethods = false)
class SupervisionNavigation {

  static final String SECTION = "nav.section.supervision";

  @Bean
  NavItem supervisionInspectionsNav() {
    return new NavItem(SECTION, "nav.supervision.inspections", "/supervision/inspections", 800,
        Set.of(SupervisionAccess.READERS));
  }

  @Bean
  NavItem supervisionNewInspectionNav() {
    return new NavItem(SECTION, "nav.supervision.newInspection", "/supervision/inspections/new", 805,
        Set.of(SupervisionAccess.INSPECTORS));
  }

  @Bean
  NavItem supervisionPlansNav() {
    return new NavItem(SECTION, "nav.supervision.plans", "/supervision/plans", 803, Set.of(SupervisionAccess.READERS));
  }

  @Bean
  NavItem supervisionFindingsNav() {
    return new NavItem(SECTION, "nav.supervision.findings", "/supervision/findings", 807, Set.of(SupervisionAccess.READERS));
  }

  @Bean
  NavItem supervisionEscalatedNav() {
    return new NavItem(SECTION, "nav.supervision.escalated", "/supervision/orders?escalated=true", 815,
        Set.of(SupervisionAccess.READERS));
  }

  @Bean
  NavItem supervisionCircularsNav() {
    return new NavItem(SECTION, "nav.supervision.circulars", "/supervision/circulars", 820, Set.of(SupervisionAccess.READERS));
  }

  @Bean
  NavItem supervisionChecklistNav() {
    return new NavItem(SECTION, "nav.supervision.checklist", "/supervision/checklist", 840, Set.of("INSPECTOR", "SYSADMIN"));
  }

  @Bean
  NavItem supervisionOrdersNav() {
    return new NavItem(SECTION, "nav.supervision.orders", "/supervision/orders", 810, Set.of(SupervisionAccess.READERS));
  }
}
