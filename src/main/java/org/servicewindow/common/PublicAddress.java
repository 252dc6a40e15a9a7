package org.servicewindow.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where citizens reach the platform ({@code sw.public-url}), for the absolute links that leave it: QR codes,
 * SMS and e-mail. Without a setting, the address the current request came in at, or — outside a request,
 * e.g. in a scheduled job — {@code http://localhost} on the server's port.
 */
@Component
public class PublicAddress {

  private final String configured;
  private final int port;

  PublicAddress(@Value("${sw.public-url:}") String configured, @Value("${server.port:8080}") int port) {
    this.configured = configured == null ? "" : configured.trim().replaceAll("/+$", "");
    this.port = port;
  }

  /** {@code path} (starting with a slash) as an absolute address. */
  public String absolute(String path) {
    return base() + path;
  }

  /** The configured address, else the one of the request being served, without a trailing slash. */
  public String base() {
    if (!configured.isEmpty()) {
      return configured;
    }
    if (RequestContextHolder.getRequestAttributes() != null) {
      return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString().replaceAll("/+$", "");
    }
    return "http://localhost:" + port;
  }
}
