package org.servicewindow.calendar.internal;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Which year's notice governs a date. The State Council's notice for year Y sets Y's holidays and also the
 * start of its New Year's Day holiday, which may fall in the last week of December Y-1 (the 2023 notice
 * made 2022-12-31 a day off; the 2012 notice made 2011-12-31 a working Saturday). So the arrangement of
 * Y governs 25 December Y-1 to 24 December Y, and until Y is published those days are provisional.
 */
public final class ArrangementWindow {

  /** The first day of December that the next year's notice governs. */
  public static final MonthDay NEXT_YEAR_FROM = MonthDay.of(12, 25);

  private ArrangementWindow() {}

  public static int governingYear(LocalDate date) {
    return MonthDay.from(date).isBefore(NEXT_YEAR_FROM) ? date.getYear() : date.getYear() + 1;
  }

  public static LocalDate firstDay(int year) {
    return NEXT_YEAR_FROM.atYear(year - 1);
  }

  public static LocalDate lastDay(int year) {
    return NEXT_YEAR_FROM.atYear(year).minusDays(1);
  }
}
