package org.servicewindow.common;

/**
 * A rule of the business refused the request. The message is a bundle key so UI and API can say it in
 * the reader's language; the arguments fill its placeholders.
 */
public abstract class DomainException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] args;

  protected DomainException(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = args;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }

  /** The HTTP status the API answers with. */
  public abstract int status();
}
