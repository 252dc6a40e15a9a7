package org.servicewindow.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** A user created or reset by an administrator sees nothing but the password form until they change it. */
class MustChangePasswordFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && Boolean.TRUE.equals(session.getAttribute(SecurityConfiguration.MUST_CHANGE_PASSWORD))
        && !allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
      response.sendRedirect(request.getContextPath() + "/account/password");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean allowed(String path) {
    return path.equals("/account/password") || path.equals("/logout") || path.equals("/login")
        || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
        || path.startsWith("/images/") || path.startsWith("/error");
  }
}
