package org.servicewindow.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.servicewindow.common.Problems;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.HttpAuthorizationRules;
import org.servicewindow.identity.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: the stateless API ({@code /api/**}, actuator) with bearer tokens and problem
 * answers, and the browser UI with form login, CSRF and sessions shared through the database. Both end
 * in {@code denyAll()}: a path no module names is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

  static final String MUST_CHANGE_PASSWORD = "sw.mustChangePassword";

  static List<GrantedAuthority> authorities(Actor actor) {
    return actor.roles().stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
  }

  /**
   * No observation of the security filters, authentication or authorization: turning them off by name
   * ({@code management.observations.enable.spring.security}) still wrapped every filter of the chain in a decorator
   * that made a no-op observation per filter and request, about a tenth of a device call's CPU under load. Request
   * metrics stay on through the web observation.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  AuthenticationManager authenticationManager(PasswordAuthenticationProvider provider) {
    return new ProviderManager(provider);
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(
      HttpSecurity http,
      TokenAuthentication tokens,
      Problems problems,
      LocaleResolver localeResolver,
      List<HttpAuthorizationRules> moduleRules)
      throws Exception {
    ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems, localeResolver);
    http.securityMatcher("/api/**", "/actuator/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .addFilterBefore(
            new BearerTokenFilter(tokens, problems, localeResolver),
            AnonymousAuthenticationFilter.class)
        .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
        .authorizeHttpRequests(rules -> {
          rules.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
              .requestMatchers(HttpMethod.DELETE, "/api/v1/auth/token").authenticated()
              .requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated()
              .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
              .requestMatchers("/actuator/prometheus")
              .hasAnyRole(Role.SYSADMIN.name(), Role.DEVICE_MONITOR.name());
          moduleRules.forEach(m -> m.api(rules));
          rules.anyRequest().denyAll();
        });
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain uiChain(
      HttpSecurity http,
      IdentityProperties properties,
      Users users,
      AuthenticationManager authenticationManager,
      List<HttpAuthorizationRules> moduleRules)
      throws Exception {
    http.authenticationManager(authenticationManager)
        .formLogin(form -> form.loginPage("/login")
            .successHandler(successHandler(users))
            .failureHandler(failureHandler())
            .permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .headers(headers -> headers
            .frameOptions(frame -> frame.disable())
            .addHeaderWriter(new ContentSecurityPolicyWriter(embeddable(properties), properties.security().frameAncestors())))
        .addFilterAfter(new MustChangePasswordFilter(), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(rules -> {
          rules.requestMatchers("/css/**", "/js/**", "/images/**", "/fonts/**", "/webjars/**", "/favicon.ico").permitAll()
              .requestMatchers("/", "/error", "/error/**").permitAll()
              .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**").permitAll()
              .requestMatchers("/account/**").authenticated()
              .requestMatchers("/admin/users/**").hasRole(Role.SYSADMIN.name())
              .requestMatchers("/admin/devices/**").hasAnyRole(Role.SYSADMIN.name(), Role.HALL_MANAGER.name())
              .requestMatchers("/admin/audit/**").hasAnyRole(Role.SYSADMIN.name(), Role.INSPECTOR.name(),
                  Role.UNIT_ADMIN.name(), Role.HALL_MANAGER.name());
          moduleRules.forEach(m -> m.ui(rules));
          rules.anyRequest().denyAll();
        });
    return http.build();
  }

  private static RequestMatcher embeddable(IdentityProperties properties) {
    List<RequestMatcher> matchers = properties.security().embeddablePaths().stream()
        .<RequestMatcher>map(p -> PathPatternRequestMatcher.withDefaults().matcher(p))
        .toList();
    return matchers.isEmpty() ? request -> false : new OrRequestMatcher(matchers);
  }

  private static SavedRequestAwareAuthenticationSuccessHandler successHandler(Users users) {
    return new SavedRequestAwareAuthenticationSuccessHandler() {
      @Override
      public void onAuthenticationSuccess(
          HttpServletRequest request, HttpServletResponse response, org.springframework.security.core.Authentication auth)
          throws java.io.IOException, jakarta.servlet.ServletException {
        boolean mustChange = users.findByUsername(auth.getName())
            .map(UserAccount::mustChangePassword)
            .orElse(false);
        if (mustChange) {
          request.getSession().setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
          getRedirectStrategy().sendRedirect(request, response, "/account/password");
          return;
        }
        super.onAuthenticationSuccess(request, response, auth);
      }
    };
  }

  private static AuthenticationFailureHandler failureHandler() {
    return (request, response, exception) -> response.sendRedirect(request.getContextPath()
        + (exception instanceof LoginLockedException ? "/login?locked" : "/login?error"));
  }
}
