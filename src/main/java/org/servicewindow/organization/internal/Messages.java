package org.servicewindow.organization.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.servicewindow.common.ChinaTime;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Arguments of localized messages: times in China time, enum values as their own message keys. */
final class Messages {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Messages() {}

  static String time(Instant instant) {
    return TIME.format(instant.atZone(ChinaTime.ZONE));
  }

  /** An argument the message source translates itself, e.g. {@code org.absenceKind.LEAVE}. */
  static DefaultMessageSourceResolvable text(String key) {
    return new DefaultMessageSourceResolvable(new String[] {key}, key);
  }
}
