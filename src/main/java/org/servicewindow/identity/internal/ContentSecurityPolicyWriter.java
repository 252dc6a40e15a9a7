package org.servicewindow.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * No inline or foreign scripts anywhere; pages may not be framed, except display boards and kiosks,
 * which signage systems embed.
 */
class ContentSecurityPolicyWriter implements HeaderWriter {

  private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'; frame-ancestors ";

  private final RequestMatcher embeddable;
  private final String frameAncestors;

  ContentSecurityPolicyWriter(RequestMatcher embeddable, String frameAncestors) {
    this.embeddable = embeddable;
    this.frameAncestors = frameAncestors;
  }

  @Override
  public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
    boolean framable = embeddable.matches(request);
    response.setHeader("Content-Security-Policy", POLICY + (framable ? frameAncestors : "'none'"));
    if (!framable) {
      response.setHeader("X-Frame-Options", "DENY");
    }
    response.setHeader("Referrer-Policy", "same-origin");
  }
}
