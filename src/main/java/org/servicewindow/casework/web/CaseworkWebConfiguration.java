package org.servicewindow.casework.web;

import org.servicewindow.identity.HttpAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * URL rules of casework. Window staff, hall managers and unit admins work on applications; inspectors and
 * leaders read them; only leaders decide extensions and escalations. The facade narrows every request to
 * the reader's data scope. The notice verification page is public: it is what the QR code opens.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkWebConfiguration {

  static final String[] WORKERS = {"STAFF", "HALL_MANAGER", "UNIT_ADMIN"};
  static final String[] READERS = {"STAFF", "HALL_MANAGER", "UNIT_ADMIN", "INSPECTOR", "LEADER"};

  @Bean
  HttpAuthorizationRules caseworkRules() {
    return new HttpAuthorizationRules() {
      @Override
      public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/applications/*/extensions/*/decision").hasRole("LEADER")
            .requestMatchers(HttpMethod.GET, "/api/v1/applications", "/api/v1/applications/*").hasAnyRole(READERS)
            .requestMatchers(HttpMethod.POST, "/api/v1/applications/matters").hasAnyRole("STAFF", "HALL_MANAGER")
            .requestMatchers(HttpMethod.POST, "/api/v1/applications", "/api/v1/applications/*/materials",
                "/api/v1/applications/*/materials/*/defective", "/api/v1/applications/*/supplement-notice",
                "/api/v1/applications/*/accept", "/api/v1/applications/*/reject", "/api/v1/applications/*/pause",
                "/api/v1/applications/*/resume", "/api/v1/applications/*/extensions",
                "/api/v1/applications/*/complete", "/api/v1/applications/*/deliver").hasAnyRole(WORKERS);
      }

      @Override
      public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/verify/*").permitAll()
            .requestMatchers(HttpMethod.POST, "/casework/applications/*/extensions/*/decision",
                "/casework/escalations/*/decision").hasRole("LEADER")
            .requestMatchers(HttpMethod.GET, "/casework/inquiries", "/casework/consultations", "/casework/escalations",
                "/casework/escalations/*").hasAnyRole(READERS)
            .requestMatchers(HttpMethod.POST, "/casework/inquiries", "/casework/consultations").hasAnyRole("STAFF", "HALL_MANAGER")
            .requestMatchers(HttpMethod.POST, "/casework/inquiries/*/*").hasAnyRole(READERS)
            .requestMatchers(HttpMethod.POST, "/casework/escalations").hasAnyRole(WORKERS)
            .requestMatchers(HttpMethod.GET, "/casework/applications", "/casework/applications/*",
                "/casework/applications/*/notices/*", "/casework/supervision").hasAnyRole(READERS)
            .requestMatchers(HttpMethod.GET, "/casework/matters/*", "/casework/matters/*/supplement-notice")
            .hasAnyRole(READERS)
            .requestMatchers(HttpMethod.POST, "/casework/matters/*/supplement-notices").hasAnyRole(WORKERS)
            .requestMatchers(HttpMethod.GET, "/casework/intake", "/casework/intake/matter").hasAnyRole("STAFF", "HALL_MANAGER")
            .requestMatchers(HttpMethod.POST, "/casework/intake", "/casework/intake/matter").hasAnyRole("STAFF", "HALL_MANAGER")
            .requestMatchers(HttpMethod.POST, "/casework/applications/*/*").hasAnyRole(WORKERS);
      }
    };
  }
}
