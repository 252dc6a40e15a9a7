package org.servicewindow.dashboard.web;

import java.util.Set;
import org.servicewindow.common.NavItem;
import org.servicewindow.identity.HttpAuthorizationRules;
import org.servicewindow.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * URL rules and menu entries of the dashboard. The cockpit is for leaders and the supervision office
 * (city-wide), and for unit admins and hall managers over their own part (the data scope narrows it);
 * the live hall view for hall managers (and leaders and inspectors, who may look at any hall); the public
 * screen for everyone; the rollup rebuild for the platform operator.
 */
@Configuration(proxyBeanMethods = false)
class DashboardPagesConfiguration {

  static final String[] COCKPIT = {Role.LEADER.name(), Role.INSPECTOR.name(), Role.UNIT_ADMIN.name(),
      Role.HALL_MANAGER.name()};
  static final String[] LIVE = {Role.HALL_MANAGER.name(), Role.LEADER.name(), Role.INSPECTOR.name()};

  @Bean
  HttpAuthorizationRules dashboardPageRules() {
    return new HttpAuthorizationRules() {
      @Override
      public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/public/screens", "/public/halls/*/screen", "/public/halls/*/screen/stream")
            .permitAll()
            .requestMatchers(HttpMethod.GET, "/dashboard/live", "/dashboard/halls/*/live", "/dashboard/halls/*/live/stream")
            .hasAnyRole(LIVE)
            .requestMatchers(HttpMethod.GET, "/dashboard/rollups").hasRole(Role.SYSADMIN.name())
            .requestMatchers(HttpMethod.POST, "/dashboard/rollups/rebuild").hasRole(Role.SYSADMIN.name())
            .requestMatchers(HttpMethod.GET, "/dashboard", "/dashboard/export", "/dashboard/report", "/dashboard/exports",
                "/dashboard/exports/*", "/dashboard/exports/*/download").hasAnyRole(COCKPIT)
            .requestMatchers(HttpMethod.POST, "/dashboard/exports").hasAnyRole(COCKPIT);
      }
    };
  }

  @Bean
  NavItem dashboardCockpitNav() {
    return new NavItem("nav.section.dashboard", "nav.dashboard.cockpit", "/dashboard", 950, Set.of(COCKPIT));
  }

  @Bean
  NavItem dashboardLiveNav() {
    return new NavItem("nav.section.dashboard", "nav.dashboard.live", "/dashboard/live", 951, Set.of(LIVE));
  }

  @Bean
  NavItem dashboardExportsNav() {
    return new NavItem("nav.section.dashboard", "nav.dashboard.exports", "/dashboard/exports", 952, Set.of(COCKPIT));
  }

  @Bean
  NavItem dashboardRollupsNav() {
    return new NavItem("nav.section.dashboard", "nav.dashboard.rollups", "/dashboard/rollups", 953,
        Set.of(Role.SYSADMIN.name()));
  }

  @Bean
  NavItem dashboardScreensNav() {
    return new NavItem("nav.section.public", "nav.dashboard.screens", "/public/screens", 340, Set.of());
  }
}
