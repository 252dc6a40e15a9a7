package org.servicewindow.prereview.web;

import java.util.Set;
import org.servicewindow.common.NavItem;
import org.servicewindow.identity.HttpAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * URL rules of the pre-review. The citizen's pages are public (the phone code and the secret status link
 * are the proof); the review screens belong to the handling unit's people — the facade narrows each to
 * the reader's own unit, so inspectors and operators are not let in at all.
 */
@Configuration(proxyBeanMethods = false)
class PreReviewWebConfiguration {

  static final String[] UNIT = {"STAFF", "HALL_MANAGER", "UNIT_ADMIN", "LEADER"};
  static final String[] WORKERS = {"STAFF", "HALL_MANAGER", "UNIT_ADMIN"};

  @Bean
  HttpAuthorizationRules preReviewRules() {
    return new HttpAuthorizationRules() {
      @Override
      public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        // no API endpoints
      }

      @Override
      public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/appraisal/*", "/appraisal/*/thanks").permitAll()
            .requestMatchers(HttpMethod.POST, "/appraisal/*", "/appraisal/*/code").permitAll()
            .requestMatchers(HttpMethod.GET, "/admin/appraisals", "/admin/appraisals/*")
            .hasAnyRole("INSPECTOR", "LEADER", "UNIT_ADMIN", "SYSADMIN")
            .requestMatchers(HttpMethod.POST, "/admin/appraisals").hasAnyRole("INSPECTOR", "SYSADMIN")
            .requestMatchers(HttpMethod.GET, "/commitments").permitAll()
            .requestMatchers(HttpMethod.GET, "/admin/commitments", "/admin/commitments/*/*")
            .hasAnyRole("UNIT_ADMIN", "SYSADMIN")
            .requestMatchers(HttpMethod.POST, "/admin/commitments/*/*").hasAnyRole("UNIT_ADMIN", "SYSADMIN")
            .requestMatchers(HttpMethod.GET, "/prereview/start/*", "/prereview/s/*").permitAll()
            .requestMatchers(HttpMethod.POST, "/prereview/start/*", "/prereview/start/*/code", "/prereview/s/*/files")
            .permitAll()
            .requestMatchers(HttpMethod.GET, "/prereview/reviews", "/prereview/reviews/*", "/prereview/reviews/*/files/*")
            .hasAnyRole(UNIT)
            .requestMatchers(HttpMethod.POST, "/prereview/reviews/*/notice", "/prereview/reviews/*/complete")
            .hasAnyRole(WORKERS)
            .requestMatchers(HttpMethod.POST, "/prereview/reviews/*/convert").hasAnyRole("STAFF", "HALL_MANAGER");
      }
    };
  }

  @Bean
  NavItem commitmentsPublicNav() {
    return new NavItem("nav.section.public", "nav.commitments.public", "/commitments", 130, Set.of());
  }

  @Bean
  NavItem commitmentsAdminNav() {
    return new NavItem("nav.section.organization", "nav.commitments.admin", "/admin/commitments", 190,
        Set.of("UNIT_ADMIN", "SYSADMIN"));
  }

  @Bean
  NavItem appraisalsNav() {
    return new NavItem("nav.section.organization", "nav.appraisals", "/admin/appraisals", 195,
        Set.of("INSPECTOR", "LEADER", "UNIT_ADMIN", "SYSADMIN"));
  }

  @Bean
  NavItem preReviewNav() {
    return new NavItem("nav.section.casework", "nav.prereview.reviews", "/prereview/reviews", 350, Set.of(UNIT));
  }
}
