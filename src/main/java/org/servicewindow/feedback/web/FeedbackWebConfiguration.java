package org.servicewindow.feedback.web;

import org.servicewindow.identity.HttpAuthorizationRules;
import org.servicewindow.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * URL rules of 好差评. Rating is public (the token is the credential; the facade refuses people's logins
 * with 403); the evaluator device reads its window's screen with its device token.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackWebConfiguration {

  @Bean
  HttpAuthorizationRules feedbackRules() {
    return new HttpAuthorizationRules() {
      @Override
      public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/evaluations").permitAll()
            .requestMatchers(HttpMethod.GET, "/api/v1/evaluator/screen").hasRole(Role.DEVICE_EVALUATOR.name());
      }

      @Override
      public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/e/*", "/e/*/thanks", "/evaluator").permitAll()
            .requestMatchers(HttpMethod.POST, "/e/*").permitAll();
      }
    };
  }
}
