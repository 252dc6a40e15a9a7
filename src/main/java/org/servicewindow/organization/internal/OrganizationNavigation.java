package org.servicewindow.organization.internal;

import java.util.Set;
import org.servicewindow.common.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The organization's entries in the staff navigation, and the public staff look-up on the home page. */
@Configuration(proxyBeanMethods = false)
class OrganizationNavigation {

  static final String SECTION = "nav.section.organization";
  static final Set<String> READERS = Set.of(OrganizationSecurity.READERS);
  static final Set<String> MANAGERS = Set.of(OrganizationSecurity.MANAGERS);

  @Bean
  NavItem organizationUnitsNav() {
    return new NavItem(SECTION, "nav.org.units", "/admin/units", 100, READERS);
  }

  @Bean
  NavItem organizationHallsNav() {
    return new NavItem(SECTION, "nav.org.halls", "/admin/halls", 110, READERS);
  }

  @Bean
  NavItem organizationWindowsNav() {
    return new NavItem(SECTION, "nav.org.windows", "/admin/windows", 120, READERS);
  }

  @Bean
  NavItem organizationStaffNav() {
    return new NavItem(SECTION, "nav.org.staff", "/admin/staff", 130, READERS);
  }

  @Bean
  NavItem organizationPostsNav() {
    return new NavItem(SECTION, "nav.org.posts", "/admin/backup-posts", 140, READERS);
  }

  @Bean
  NavItem organizationAbsencesNav() {
    return new NavItem(SECTION, "nav.org.absences", "/admin/absences", 150, READERS);
  }

  @Bean
  NavItem organizationRosterNav() {
    return new NavItem(SECTION, "nav.org.roster", "/admin/roster", 160, READERS);
  }

  @Bean
  NavItem organizationImportNav() {
    return new NavItem(SECTION, "nav.org.import", "/admin/organization/import", 170, MANAGERS);
  }

  @Bean
  NavItem publicStaffNav() {
    return new NavItem("nav.section.public", "nav.org.publicStaff", "/public/staff", 30, Set.of());
  }
}
