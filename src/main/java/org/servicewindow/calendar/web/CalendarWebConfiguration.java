package org.servicewindow.calendar.web;

import java.util.Set;
import org.servicewindow.common.NavItem;
import org.servicewindow.identity.HttpAuthorizationRules;
import org.servicewindow.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** The calendar's URL rules and its entry in the staff navigation. */
@Configuration(proxyBeanMethods = false)
class CalendarWebConfiguration {

  @Bean
  HttpAuthorizationRules calendarAuthorizationRules() {
    return new HttpAuthorizationRules() {
      @Override
      public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/calendar/**").permitAll();
      }

      @Override
      public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/calendar", "/admin/calendar/**").hasRole(Role.SYSADMIN.name());
      }
    };
  }

  @Bean
  NavItem calendarNav() {
    return new NavItem("nav.section.system", "nav.calendar", "/admin/calendar", 890, Set.of(Role.SYSADMIN.name()));
  }
}
