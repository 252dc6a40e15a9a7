package org.servicewindow.assessment.internal;

import org.servicewindow.identity.HttpAuthorizationRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** URL rules of assessment's pages; the services apply the data scope per record. */
@Component
class AssessmentSecurity implements HttpAuthorizationRules {

  /** Who reads rankings and drill-downs (each inside their scope). */
  static final String[] READERS = {"LEADER", "INSPECTOR", "SYSADMIN", "UNIT_ADMIN", "HALL_MANAGER"};
  /** Who configures schemes and runs, freezes and proposes. */
  static final String[] ADMINS = {"INSPECTOR", "SYSADMIN"};

  /** The JSON read API: the readers, and staff members for their own scores (Rankings narrows them). */
  @Override
  public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/api/v1/assessment/periods", "/api/v1/assessment/periods/*/scores",
            "/api/v1/assessment/periods/*/rankings", "/api/v1/assessment/scores/*",
            "/api/v1/assessment/scores/*/lines/*/records")
        .hasAnyRole("LEADER", "INSPECTOR", "SYSADMIN", "UNIT_ADMIN", "HALL_MANAGER", "STAFF");
  }

  @Override
  public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/honours").permitAll()
        .requestMatchers(HttpMethod.GET, "/assessment/schemes", "/assessment/schemes/*", "/assessment/periods")
        .hasAnyRole(ADMINS)
        .requestMatchers(HttpMethod.POST, "/assessment/schemes", "/assessment/periods/compute",
            "/assessment/periods/*/recompute", "/assessment/periods/*/freeze", "/assessment/periods/*/honours")
        .hasAnyRole(ADMINS)
        .requestMatchers(HttpMethod.GET, "/assessment/honours", "/assessment/honours/*").hasAnyRole("LEADER", "INSPECTOR", "SYSADMIN")
        .requestMatchers(HttpMethod.POST, "/assessment/honours/*/decision").hasRole("LEADER")
        .requestMatchers(HttpMethod.GET, "/assessment", "/assessment/warnings", "/assessment/scores/*",
            "/assessment/scores/*/lines/*").hasAnyRole(READERS);
  }
}
