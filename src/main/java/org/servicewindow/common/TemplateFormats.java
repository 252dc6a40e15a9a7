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

  public String date(LocalDate date) {
    return date == null ? "-" : date.toString();
  }
}
