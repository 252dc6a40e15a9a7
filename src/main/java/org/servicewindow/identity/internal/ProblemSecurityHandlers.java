package org.servicewindow.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.servicewindow.common.Problems;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

/** The API's answers when the URL rules refuse a request: problem documents, 401 or 403. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final Problems problems;
  private final LocaleResolver localeResolver;

  ProblemSecurityHandlers(Problems problems, LocaleResolver localeResolver) {
    this.problems = problems;
    this.localeResolver = localeResolver;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer");
    problems.write(response, problems.of(401, "problem.unauthenticated", null, locale(request)));
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    problems.write(response, problems.of(403, "problem.forbidden", null, locale(request)));
  }

  private java.util.Locale locale(HttpServletRequest request) {
    return localeResolver.resolveLocale(request);
  }
}
