package org.servicewindow.identity.web;

import java.util.Set;
import org.servicewindow.common.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Identity's entries in the staff navigation. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

  @Bean
  NavItem usersNav() {
    return new NavItem("nav.section.system", "nav.users", "/admin/users", 900, Set.of("SYSADMIN"));
  }

  @Bean
  NavItem devicesNav() {
    return new NavItem("nav.section.system", "nav.devices", "/admin/devices", 910, Set.of("SYSADMIN", "HALL_MANAGER"));
  }

  @Bean
  NavItem auditNav() {
    return new NavItem("nav.section.system", "nav.audit", "/admin/audit", 920,
        Set.of("SYSADMIN", "INSPECTOR", "UNIT_ADMIN", "HALL_MANAGER"));
  }
}
