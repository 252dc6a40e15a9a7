package org.servicewindow.common;

/** Well-formed input that a business rule refuses. */
public class BusinessRuleException extends DomainException {

  public BusinessRuleException(String messageKey, Object... args) {
    super(messageKey, args);
  }

  @Override
  public int status() {
    return 422;
  }
}
