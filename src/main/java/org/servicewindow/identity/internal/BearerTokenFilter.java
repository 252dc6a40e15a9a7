package org.servicewindow.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.servicewindow.common.Problems;
import org.servicewindow.identity.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}. A token that is
 * malformed, forged, expired, revoked, or whose user or device is gone is answered 401 at once; a
 * request without a token goes on anonymously and meets the URL rules.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private final TokenAuthentication authentication;
  private final Problems problems;
  private final LocaleResolver localeResolver;

  BearerTokenFilter(TokenAuthentication authentication, Problems problems, LocaleResolver localeResolver) {
    this.authentication = authentication;
    this.problems = problems;
    this.localeResolver = localeResolver;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Actor> actor = authentication.authenticate(header.substring(7).trim()).map(found -> {
      request.setAttribute(Tokens.REQUEST_ATTRIBUTE, found.getValue());
      return found.getKey();
    });
    if (actor.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      problems.write(response,
          problems.of(401, "problem.invalidToken", null, localeResolver.resolveLocale(request)));
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        actor.get(), null, SecurityConfiguration.authorities(actor.get())));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
