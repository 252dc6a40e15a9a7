package org.servicewindow.notification.web;

import java.util.Set;
import org.servicewindow.common.NavItem;
import org.servicewindow.identity.HttpAuthorizationRules;
import org.servicewindow.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Who may open the delivery log, and where it sits in the menu. */
@Configuration(proxyBeanMethods = false)
class NotificationWebConfiguration {

  @Bean
  HttpAuthorizationRules notificationRules() {
    return new HttpAuthorizationRules() {
      @Override
      public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/notifications/**").hasRole(Role.SYSADMIN.name());
      }
    };
  }

  @Bean
  NavItem notificationsNav() {
    return new NavItem("nav.section.system", "nav.notifications", "/admin/notifications", 930, Set.of("SYSADMIN"));
  }
}
