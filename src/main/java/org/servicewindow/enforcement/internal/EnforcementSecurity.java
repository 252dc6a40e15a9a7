package org.servicewindow.enforcement.internal;

import org.servicewindow.identity.HttpAuthorizationRules;
import org.servicewindow.identity.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * URL rules of enforcement: officers and unit admins work cases, legal reviewers review them, inspectors
 * and leaders read (and see late publications), unit admins run publication; everyone reads what is
 * published. Data scope (a unit's own cases) is enforced by the queries. The platform operator has no
 * business here.
 */
@Component
class EnforcementSecurity implements HttpAuthorizationRules {

  static final String[] READERS = names(Role.UNIT_ADMIN, Role.ENFORCEMENT_OFFICER, Role.LEGAL_REVIEWER,
      Role.INSPECTOR, Role.LEADER);
  static final String[] WORKERS = names(Role.UNIT_ADMIN, Role.ENFORCEMENT_OFFICER);
  static final String[] REVIEWERS = names(Role.LEGAL_REVIEWER);
  static final String[] PUBLISHERS = names(Role.UNIT_ADMIN);
  static final String[] SUPERVISORS = names(Role.INSPECTOR, Role.LEADER);

  @Override
  public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/api/v1/enforcement/publications", "/api/v1/enforcement/publications/*")
        .permitAll()
        .requestMatchers(HttpMethod.GET, "/api/v1/enforcement/overdue-publications").hasAnyRole(SUPERVISORS)
        .requestMatchers(HttpMethod.POST, "/api/v1/enforcement/cases/*/review").hasAnyRole(REVIEWERS)
        .requestMatchers(HttpMethod.GET, "/api/v1/enforcement/cases", "/api/v1/enforcement/cases/*",
            "/api/v1/enforcement/cases/*/record", "/api/v1/enforcement/cases/*/verification",
            "/api/v1/enforcement/verifications").hasAnyRole(READERS)
        .requestMatchers(HttpMethod.POST, "/api/v1/enforcement/cases", "/api/v1/enforcement/cases/*/*")
        .hasAnyRole(WORKERS);
  }

  @Override
  public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/public/enforcement", "/public/enforcement/**").permitAll()
        .requestMatchers(HttpMethod.GET, "/enforcement/supervision").hasAnyRole(SUPERVISORS)
        .requestMatchers(HttpMethod.GET, "/enforcement/reviews").hasAnyRole(REVIEWERS)
        .requestMatchers(HttpMethod.POST, "/enforcement/cases/*/review").hasAnyRole(REVIEWERS)
        .requestMatchers("/enforcement/publications", "/enforcement/publications/**", "/enforcement/disclosures",
            "/enforcement/disclosures/**").hasAnyRole(PUBLISHERS)
        .requestMatchers(HttpMethod.GET, "/enforcement/cases/new").hasAnyRole(WORKERS)
        .requestMatchers(HttpMethod.GET, "/enforcement/verification").hasAnyRole(READERS)
        .requestMatchers(HttpMethod.GET, "/enforcement/cases", "/enforcement/cases/*", "/enforcement/cases/*/verify",
            "/enforcement/cases/*/files/*").hasAnyRole(READERS)
        .requestMatchers(HttpMethod.POST, "/enforcement/cases", "/enforcement/cases/*/*").hasAnyRole(WORKERS);
  }

  private static String[] names(Role... roles) {
    return java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
  }
}
