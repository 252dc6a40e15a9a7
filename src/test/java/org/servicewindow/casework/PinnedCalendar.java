package org.servicewindow.casework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.servicewindow.calendar.WorkingDate;
import org.servicewindow.calendar.WorkingDayCount;
import org.servicewindow.casework.internal.WorkingDayArithmetic;

/**
 * A small working-day calendar for the plain deadline tests, walking day by day: weekdays work, except
 * the days off below; weekend days listed as worked are working days (调休). The dates are the 2026
 * arrangement from /work/shared/reference/holidays-cn.csv (State Council notice, 国办发明电〔2025〕7号):
 * 春节 and 国庆/中秋. Years other than the published ones follow the weekday rule provisionally.
 */
final class PinnedCalendar implements WorkingDayArithmetic {

  private final Set<LocalDate> off = new HashSet<>();
  private final Set<LocalDate> worked = new HashSet<>();
  private final Set<Integer> published = new HashSet<>(Set.of(2026));

  PinnedCalendar() {
    range("2026-01-01", "2026-01-03");
    worked.add(LocalDate.parse("2026-01-04"));
    worked.add(LocalDate.parse("2026-02-14"));
    range("2026-02-15", "2026-02-23");
    worked.add(LocalDate.parse("2026-02-28"));
    range("2026-04-04", "2026-04-06");
    range("2026-05-01", "2026-05-05");
    worked.add(LocalDate.parse("2026-05-09"));
    range("2026-06-19", "2026-06-21");
    worked.add(LocalDate.parse("2026-09-20"));
    range("2026-09-25", "2026-09-27");
    range("2026-10-01", "2026-10-07");
    worked.add(LocalDate.parse("2026-10-10"));
  }

  /** Publishes a year's arrangement (no holidays needed for the tests: its dates stop being provisional). */
  PinnedCalendar publish(int year) {
    published.add(year);
    return this;
  }

  private void range(String from, String to) {
    for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
      off.add(d);
    }
  }

  boolean isWorkingDay(LocalDate d) {
    if (worked.contains(d)) {
      return true;
    }
    return !off.contains(d) && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  @Override
  public WorkingDate add(LocalDate date, int days) {
    boolean provisional = false;
    LocalDate d = date;
    if (days == 0) {
      while (!isWorkingDay(d)) {
        provisional |= !published.contains(d.getYear());
        d = d.plusDays(1);
      }
      return new WorkingDate(d, provisional || !published.contains(d.getYear()));
    }
    int counted = 0;
    while (counted < days) {
      d = d.plusDays(1);
      provisional |= !published.contains(d.getYear());
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return new WorkingDate(d, provisional);
  }

  @Override
  public WorkingDayCount count(LocalDate from, LocalDate to) {
    int n = 0;
    boolean provisional = false;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      provisional |= !published.contains(d.getYear());
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return new WorkingDayCount(n, provisional);
  }
}
