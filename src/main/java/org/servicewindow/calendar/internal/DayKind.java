package org.servicewindow.calendar.internal;

import java.util.Locale;
import java.util.Optional;

/** How a listed day departs from the weekday rule: a day off, or a weekend day worked (调休上班). */
public enum DayKind {
  OFF("off"),
  WORK("work");

  private final String code;

  DayKind(String code) {
    this.code = code;
  }

  /** The code of the holiday table and the database: {@code off} or {@code work}. */
  public String code() {
    return code;
  }

  /** Reads {@code off}/{@code work}, or 休/班 as printed on Chinese calendars. */
  public static Optional<DayKind> parse(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "off", "休" -> Optional.of(OFF);
      case "work", "班" -> Optional.of(WORK);
      default -> Optional.empty();
    };
  }
}
