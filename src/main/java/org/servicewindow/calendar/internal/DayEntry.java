package org.servicewindow.calendar.internal;

import java.time.LocalDate;

/** One day of a holiday arrangement: a named day off, or a weekend day worked for a named holiday. */
public record DayEntry(LocalDate date, String name, DayKind kind) {

  public DayEntry {
    if (date == null || name == null || name.isBlank() || kind == null) {
      throw new IllegalArgumentException("incomplete day entry: " + date + " " + name + " " + kind);
    }
  }

  /** The arrangement that governs this day. */
  public int arrangementYear() {
    return ArrangementWindow.governingYear(date);
  }

  @Override
  public String toString() {
    return date + " " + name + " " + kind.code();
  }
}
