package org.servicewindow.common;

/** The caller is known (or anonymous by design) but this is not theirs to do, for a reason worth saying. */
public class ForbiddenException extends DomainException {

  public ForbiddenException(String messageKey, Object... args) {
    super(messageKey, args);
  }

  @Override
  public int status() {
    return 403;
  }
}
