package org.servicewindow.casework;

import org.servicewindow.common.DomainException;

/** Input the casework rules cannot take as it is (answered with 400, like a failed field check). */
public class InvalidInputException extends DomainException {

  public InvalidInputException(String messageKey, Object... args) {
    super(messageKey, args);
  }

  @Override
  public int status() {
    return 400;
  }
}
