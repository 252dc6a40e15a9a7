package org.servicewindow.queue.web;

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
 * URL rules and menu entries of the queue's pages. Public: the kiosk and the board (devices show them
 * without a login; the kiosk acts with its device token through the API), a ticket's status page and
 * appointment booking. The caller console is for staff at a window; queue administration for the hall's
 * manager and the operator; statistics for managers, unit admins, inspectors and leaders (each within their
 * scope, which the reports enforce).
 */
@Configuration(proxyBeanMethods = false)
class QueuePagesConfiguration {

  static final String[] ADMINS = {Role.HALL_MANAGER.name(), Role.SYSADMIN.name()};
  static final String[] STATISTICS = {Role.HALL_MANAGER.name(), Role.UNIT_ADMIN.name(), Role.INSPECTOR.name(),
      Role.LEADER.name()};
  static final String SECTION = "nav.section.queue";

  @Bean
  HttpAuthorizationRules queuePageRules() {
    return new HttpAuthorizationRules() {
      @Override
      public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/halls/*/appointments/check-in")
            .hasAnyRole(Role.DEVICE_KIOSK.name(), Role.STAFF.name(), Role.HALL_MANAGER.name());
      }

      @Override
      public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/audio/queue/**").permitAll()
            .requestMatchers(HttpMethod.GET, "/kiosk/*", "/kiosk/*/tickets/*", "/board/*", "/q/*", "/appointments",
                "/appointments/*", "/appointments/halls/*", "/appointments/halls/*/services/*").permitAll()
            .requestMatchers(HttpMethod.POST, "/q/*/cancel", "/appointments/slots/*", "/appointments/*/cancel").permitAll()
            .requestMatchers("/console", "/console/**").hasRole(Role.STAFF.name())
            .requestMatchers("/admin/queue", "/admin/queue/**").hasAnyRole(ADMINS)
            .requestMatchers(HttpMethod.GET, "/queue/statistics", "/queue/statistics/export").hasAnyRole(STATISTICS);
      }
    };
  }

  @Bean
  NavItem queueConsoleNav() {
    return new NavItem(SECTION, "nav.queue.console", "/console", 200, Set.of(Role.STAFF.name()));
  }

  @Bean
  NavItem queueAdminNav() {
    return new NavItem(SECTION, "nav.queue.admin", "/admin/queue", 210, Set.of(ADMINS));
  }

  @Bean
  NavItem queueStatisticsNav() {
    return new NavItem(SECTION, "nav.queue.statistics", "/queue/statistics", 220, Set.of(STATISTICS));
  }

  @Bean
  NavItem queueAppointmentsNav() {
    return new NavItem("nav.section.public", "nav.queue.appointments", "/appointments", 20, Set.of());
  }
}
