package org.servicewindow.feedback;

import org.servicewindow.common.DomainException;

/** A rating that names a reason outside its reason set, or is otherwise malformed: answered 400. */
public class InvalidRatingException extends DomainException {

  public InvalidRatingException(String messageKey, Object... args) {
    super(messageKey, args);
  }

  @Override
  public int status() {
    return 400;
  }
}
