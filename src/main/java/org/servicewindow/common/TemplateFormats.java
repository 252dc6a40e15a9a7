package org.servicewindow.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Date and time formats for templates ({@code ${@fmt.dateTime(x)}}), always in China time. */
@Component("fmt")
public class TemplateFormats {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  public String dateTime(Instant instant) {
    return instant == null ? "-" : DATE_TIME.format(instant.atZone(ChinaTime.ZONE));
  }

  public String seconds(Instant instant) {
    return instant == null ? "-" : SECONDS.format(instant.atZone(ChinaTime.ZONE));
  }

  /**
   * Masks personal contact data for lists: {@code 138****5678}, {@code z***@example.org}. Evaluator and
   * complainant contacts are confidential; only the handler's detail view shows them in full.
   */
  public String mask(String contact) {
    if (contact == null || contact.isBlank()) {
      return "-";
    }
    int at = contact.indexOf('@');
    if (at > 0) {
      return contact.charAt(0) + "***" + contact.substring(at);
    }
    if (contact.length() >= 7) {
      return contact.substring(0, 3) + "****" + contact.substring(contact.length() - 4);
    }
    return contact.charAt(0) + "***";
  }

  public String date(LocalDate date) {
    return date == null ? "-" : date.toString();
  }
}
