package org.servicewindow.common;

/** The request does not fit the current state, e.g. a ticket that was already called. */
public class ConflictException extends DomainException {

  public ConflictException(String messageKey, Object... args) {
    super(messageKey, args);
  }

  @Override
  public int status() {
    return 409;
  }
}
