package org.servicewindow.supervision.internal;

import org.servicewindow.identity.HttpAuthorizationRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** URL rules of the supervision screens; the service checks the data scope and the kind per record. */
@Component
class SupervisionSecurity implements HttpAuthorizationRules {

  @Override
  public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/supervision/inspections/new").hasAnyRole(SupervisionAccess.INSPECTORS)
        .requestMatchers(HttpMethod.POST, "/supervision/inspections").hasAnyRole(SupervisionAccess.INSPECTORS)
        .requestMatchers(HttpMethod.POST, "/supervision/orders/*/evidence").hasRole("UNIT_ADMIN")
        .requestMatchers(HttpMethod.POST, "/supervision/orders/*/recheck").hasAnyRole(SupervisionAccess.INSPECTORS)
        .requestMatchers(HttpMethod.GET, "/supervision/inspections", "/supervision/inspections/*",
            "/supervision/orders", "/supervision/orders/*").hasAnyRole(SupervisionAccess.READERS);
  }
}
