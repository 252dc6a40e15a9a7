package org.servicewindow.queue.web;

import org.servicewindow.identity.HttpAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * URL rules of the queue. Public: what a citizen, a kiosk screen or a board reads, issuing (the facade
 * decides by hall whether an anonymous ticket is allowed), and cancelling one's own ticket by its id.
 * Window and ticket operations need a login; the facade checks it is the right window's operator.
 */
@Configuration(proxyBeanMethods = false)
class QueueWebConfiguration {

  @Bean
  HttpAuthorizationRules queueRules() {
    return new HttpAuthorizationRules() {
      @Override
      public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/halls/*/services", "/api/v1/halls/*/board",
                "/api/v1/halls/*/events", "/api/v1/tickets/*").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/v1/halls/*/tickets", "/api/v1/tickets/*/cancel").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/v1/windows/*/call-next", "/api/v1/windows/*/pause",
                "/api/v1/windows/*/resume", "/api/v1/windows/*/sign-in", "/api/v1/windows/*/sign-out",
                "/api/v1/tickets/*/recall", "/api/v1/tickets/*/start",
                "/api/v1/tickets/*/no-show", "/api/v1/tickets/*/complete", "/api/v1/tickets/*/transfer",
                "/api/v1/tickets/*/requeue").authenticated();
      }
    };
  }
}
