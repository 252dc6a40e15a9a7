package org.servicewindow.identity.internal;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account or address; the lock ends at {@link #until()}. */
public class LoginLockedException extends AuthenticationException {

  private final transient Instant until;

  public LoginLockedException(Instant until) {
    super("login locked");
    this.until = until;
  }

  public Instant until() {
    return until;
  }
}
