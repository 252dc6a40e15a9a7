package org.servicewindow.organization.internal;

import org.servicewindow.identity.HttpAuthorizationRules;
import org.servicewindow.identity.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * URL rules of the organization screens: leaders and inspectors read, the operator, unit admins and
 * hall managers write (units only the first two); each within their scope, which the queries enforce.
 * A staff member's public page, photo and QR code are open to everyone.
 */
@Component
class OrganizationSecurity implements HttpAuthorizationRules {

  static final String[] READERS = names(Role.SYSADMIN, Role.UNIT_ADMIN, Role.HALL_MANAGER, Role.INSPECTOR, Role.LEADER);
  static final String[] MANAGERS = names(Role.SYSADMIN, Role.UNIT_ADMIN, Role.HALL_MANAGER);
  static final String[] UNIT_MANAGERS = names(Role.SYSADMIN, Role.UNIT_ADMIN);

  @Override
  public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/api/v1/halls").permitAll()
        .requestMatchers(HttpMethod.GET, "/api/v1/halls/*/windows", "/api/v1/windows/*").authenticated();
  }

  @Override
  public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/public/staff", "/public/staff/**").permitAll()
        .requestMatchers(HttpMethod.GET, "/admin/units/new", "/admin/halls/new").hasAnyRole(UNIT_MANAGERS)
        .requestMatchers(HttpMethod.GET, "/admin/halls/*/edit", "/admin/windows/new", "/admin/staff/new",
            "/admin/backup-posts/new", "/admin/absences/new").hasAnyRole(MANAGERS)
        .requestMatchers("/admin/organization/import", "/admin/organization/import/**").hasAnyRole(MANAGERS)
        .requestMatchers(HttpMethod.GET, "/admin/units", "/admin/units/*", "/admin/halls", "/admin/halls/*",
            "/admin/windows", "/admin/windows/*", "/admin/staff", "/admin/staff/*", "/admin/staff/*/photo",
            "/admin/staff/*/desk-card", "/admin/staff/*/badge", "/admin/backup-posts", "/admin/backup-posts/*",
            "/admin/absences", "/admin/absences/*", "/admin/roster").hasAnyRole(READERS)
        .requestMatchers(HttpMethod.POST, "/admin/units", "/admin/units/**", "/admin/halls", "/admin/halls/*/delete")
        .hasAnyRole(UNIT_MANAGERS)
        .requestMatchers(HttpMethod.POST, "/admin/halls/*", "/admin/windows", "/admin/windows/**", "/admin/staff",
            "/admin/staff/**", "/admin/backup-posts", "/admin/backup-posts/**", "/admin/absences",
            "/admin/absences/**", "/admin/roster", "/admin/roster/**").hasAnyRole(MANAGERS);
  }

  private static String[] names(Role... roles) {
    return java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
  }
}
