package org.servicewindow.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL rules. Each module declares a bean with the rules for its own paths; identity applies
 * them all and denies every request that no rule names (deny by default).
 */
public interface HttpAuthorizationRules {

  /** Rules for the stateless API under {@code /api/**} (bearer tokens). */
  default void api(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {}

  /** Rules for the browser UI (session login, CSRF). */
  default void ui(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {}
}
