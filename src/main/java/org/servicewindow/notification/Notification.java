package org.servicewindow.notification;

import java.util.List;
import java.util.Locale;

/**
 * A message to send: its text comes from the template {@code notification.<template>.subject/.body} in
 * the recipient's language, filled with the arguments in order.
 *
 * @param reference what it is about, e.g. {@code application:2026-BJ-000123}, to find it again
 */
public record Notification(
    Channel channel, String recipient, String template, Locale locale, List<Object> args, String reference) {

  public Notification {
    args = List.copyOf(args);
    locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
  }

  public static Notification of(Channel channel, String recipient, String template, String reference, Object... args) {
    return new Notification(channel, recipient, template, Locale.SIMPLIFIED_CHINESE, List.of(args), reference);
  }
}
