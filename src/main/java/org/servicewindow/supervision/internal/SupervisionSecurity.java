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
        .requestMatchers(HttpMethod.POST, "/supervision/findings/*/accountability", "/supervision/orders/*/accountability",
            "/supervision/circulars").hasRole("INSPECTOR")
        .requestMatchers(HttpMethod.GET, "/supervision/circulars/new").hasRole("INSPECTOR")
        .requestMatchers(HttpMethod.GET, "/supervision/circulars", "/supervision/circulars/*", "/supervision/units/*",
            "/supervision/staff/*").hasAnyRole(SupervisionAccess.READERS)
        .requestMatchers(HttpMethod.GET, "/public/circulars/*").permitAll()
        .requestMatchers(HttpMethod.POST, "/supervision/findings/detect", "/supervision/findings/*/orders")
        .hasRole("INSPECTOR")
        .requestMatchers(HttpMethod.GET, "/supervision/findings", "/supervision/findings/*")
        .hasAnyRole(SupervisionAccess.READERS)
        .requestMatchers(HttpMethod.GET, "/supervision/plans/new").hasAnyRole(SupervisionAccess.INSPECTORS)
        .requestMatchers(HttpMethod.POST, "/supervision/plans").hasAnyRole(SupervisionAccess.INSPECTORS)
        .requestMatchers(HttpMethod.GET, "/supervision/checklist").hasAnyRole("INSPECTOR", "SYSADMIN")
        .requestMatchers(HttpMethod.POST, "/supervision/checklist", "/supervision/checklist/*")
        .hasAnyRole("INSPECTOR", "SYSADMIN")
        .requestMatchers(HttpMethod.GET, "/supervision/plans", "/supervision/plans/*")
        .hasAnyRole(SupervisionAccess.READERS)
        .requestMatchers(HttpMethod.POST, "/supervision/inspections/*/photos").hasAnyRole(SupervisionAccess.INSPECTORS)
        .requestMatchers(HttpMethod.POST, "/supervision/orders/*/evidence").hasRole("UNIT_ADMIN")
        .requestMatchers(HttpMethod.POST, "/supervision/orders/*/recheck").hasAnyRole(SupervisionAccess.INSPECTORS)
        .requestMatchers(HttpMethod.GET, "/supervision/inspections", "/supervision/inspections/*",
            "/supervision/orders", "/supervision/orders/*", "/supervision/photos/*").hasAnyRole(SupervisionAccess.READERS);
  }
}
