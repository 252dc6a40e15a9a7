package org.servicewindow.identity.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings ({@code sw.security.*}) and the first administrator ({@code sw.admin.*}, from
 * {@code SW_ADMIN_USERNAME}/{@code SW_ADMIN_PASSWORD} in production).
 */
@ConfigurationProperties("sw")
public record IdentityProperties(Security security, Admin admin) {

  public IdentityProperties {
    security = security == null ? new Security(null, null, null, null, null) : security;
    admin = admin == null ? new Admin(null, null) : admin;
  }

  /**
   * @param apiTokenTtl lifetime of a bearer token from {@code POST /api/v1/auth/token}
   * @param loginMaxFailures failed logins per account or address before it is locked
   * @param loginLockDuration how long such a lock lasts
   * @param embeddablePaths pages other sites may frame (display boards, kiosks)
   * @param frameAncestors who may frame them (CSP {@code frame-ancestors} sources)
   */
  public record Security(
      Duration apiTokenTtl,
      Integer loginMaxFailures,
      Duration loginLockDuration,
      List<String> embeddablePaths,
      String frameAncestors) {

    public Security {
      apiTokenTtl = apiTokenTtl == null ? Duration.ofHours(8) : apiTokenTtl;
      loginMaxFailures = loginMaxFailures == null ? 5 : loginMaxFailures;
      loginLockDuration = loginLockDuration == null ? Duration.ofMinutes(15) : loginLockDuration;
      embeddablePaths = embeddablePaths == null ? List.of("/board/**", "/kiosk/**") : embeddablePaths;
      frameAncestors = frameAncestors == null ? "'self'" : frameAncestors;
    }
  }

  public record Admin(String username, String password) {
    public Admin {
      username = username == null || username.isBlank() ? "admin" : username;
    }
  }
}
