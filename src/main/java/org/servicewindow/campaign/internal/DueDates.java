package org.servicewindow.campaign.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Due dates of the monthly progress reports: one report for every calendar month that overlaps the action
 * phase (行动实施), due on a fixed day of that month (the plan's "每月25日前"). When that day is not a
 * working day the due date moves — by default to the previous working day, so the report still reaches the
 * office before the 25th; {@code sw.campaign.progress-due-shift} may choose the next working day or no
 * move. A date in a year whose holiday arrangement is not published yet is provisional.
 */
public final class DueDates {

  /** How a due date on a day off moves. */
  public enum Shift {
    PREVIOUS_WORKING_DAY,
    NEXT_WORKING_DAY,
    NONE
  }

  /** A computed due date; period is the report month as {@code yyyy-MM}. */
  public record Due(String period, LocalDate date, boolean provisional) {}

  private final Predicate<LocalDate> workingDay;
  private final IntPredicate published;
  private final int dayOfMonth;
  private final Shift shift;

  public DueDates(Predicate<LocalDate> workingDay, IntPredicate published, int dayOfMonth, Shift shift) {
    if (dayOfMonth < 1 || dayOfMonth > 28) {
      throw new IllegalArgumentException("sw.campaign.progress-due-day must be 1..28, was " + dayOfMonth);
    }
    this.workingDay = workingDay;
    this.published = published;
    this.dayOfMonth = dayOfMonth;
    this.shift = shift;
  }

  public int dayOfMonth() {
    return dayOfMonth;
  }

  public List<Due> progressReports(LocalDate actionStart, LocalDate actionEnd) {
    List<Due> dues = new ArrayList<>();
    for (YearMonth m = YearMonth.from(actionStart); !m.isAfter(YearMonth.from(actionEnd)); m = m.plusMonths(1)) {
      Due due = adjust(m.atDay(dayOfMonth));
      dues.add(new Due(m.toString(), due.date(), due.provisional()));
    }
    return dues;
  }

  /** A nominal due date moved off days off per the configured shift. */
  public Due adjust(LocalDate nominal) {
    LocalDate d = nominal;
    boolean provisional = !published.test(d.getYear());
    if (shift != Shift.NONE) {
      int step = shift == Shift.PREVIOUS_WORKING_DAY ? -1 : 1;
      int guard = 0;
      while (!workingDay.test(d) && guard++ < 40) {
        d = d.plusDays(step);
        provisional |= !published.test(d.getYear());
      }
    }
    return new Due(YearMonth.from(nominal).toString(), d, provisional);
  }
}
