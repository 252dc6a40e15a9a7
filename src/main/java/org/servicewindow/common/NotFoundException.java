package org.servicewindow.common;

/** The thing asked for does not exist (or is outside the caller's scope, which must look the same). */
public class NotFoundException extends DomainException {

  public NotFoundException(String messageKey, Object... args) {
    super(messageKey, args);
  }

  @Override
  public int status() {
    return 404;
  }
}
