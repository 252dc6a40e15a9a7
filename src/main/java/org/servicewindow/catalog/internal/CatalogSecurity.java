package org.servicewindow.catalog.internal;

import org.servicewindow.identity.HttpAuthorizationRules;
import org.servicewindow.identity.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * URL rules of the catalog: the guide site, bundles and the catalog API are open to everyone (a merged
 * form is checked and printed without login); the item screens are read by the operator, unit admins,
 * inspectors and leaders and written by the operator and unit admins; bundles are kept by the operator;
 * window assignment belongs to the operator, unit admins and hall managers. Scopes are applied inside.
 */
@Component
class CatalogSecurity implements HttpAuthorizationRules {

  static final String[] READERS = names(Role.SYSADMIN, Role.UNIT_ADMIN, Role.INSPECTOR, Role.LEADER);
  static final String[] EDITORS = names(Role.SYSADMIN, Role.UNIT_ADMIN);
  static final String[] ASSIGNERS = names(Role.SYSADMIN, Role.UNIT_ADMIN, Role.HALL_MANAGER);

  @Override
  public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/api/v1/services", "/api/v1/services/*", "/api/v1/bundles",
        "/api/v1/bundles/*", "/api/v1/checklists").permitAll();
  }

  @Override
  public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/guides", "/guides/**", "/bundles", "/bundles/**").permitAll()
        .requestMatchers(HttpMethod.POST, "/bundles/*/form").permitAll()
        .requestMatchers(HttpMethod.GET, "/admin/catalog/items/new").hasAnyRole(EDITORS)
        .requestMatchers(HttpMethod.GET, "/admin/catalog/items", "/admin/catalog/items/**").hasAnyRole(READERS)
        .requestMatchers(HttpMethod.POST, "/admin/catalog/items", "/admin/catalog/items/**").hasAnyRole(EDITORS)
        .requestMatchers(HttpMethod.GET, "/admin/catalog/bundles/new").hasRole(Role.SYSADMIN.name())
        .requestMatchers(HttpMethod.GET, "/admin/catalog/bundles", "/admin/catalog/bundles/*").hasAnyRole(READERS)
        .requestMatchers(HttpMethod.POST, "/admin/catalog/bundles", "/admin/catalog/bundles/**")
        .hasRole(Role.SYSADMIN.name())
        .requestMatchers("/admin/catalog/windows", "/admin/catalog/windows/**").hasAnyRole(ASSIGNERS);
  }

  private static String[] names(Role... roles) {
    return java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
  }
}
