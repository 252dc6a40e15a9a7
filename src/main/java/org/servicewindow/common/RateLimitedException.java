package org.servicewindow.common;

/** Too many attempts; the caller must wait. */
public class RateLimitedException extends DomainException {

  public RateLimitedException(String messageKey, Object... args) {
    super(messageKey, args);
  }

  @Override
  public int status() {
    return 429;
  }
}
