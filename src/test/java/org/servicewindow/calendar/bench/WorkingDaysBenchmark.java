package org.servicewindow.calendar.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.servicewindow.calendar.WorkingDate;
import org.servicewindow.calendar.WorkingDayCount;
import org.servicewindow.calendar.internal.ShippedHolidays;
import org.servicewindow.calendar.internal.WorkingCalendar;

/**
 * The arithmetic every deadline uses, on the shipped 2020–2026 arrangements: the 20th working day after
 * a date, and the working days of a whole year. Dates cycle through 2020–2027 (2027 provisional) so the
 * JIT cannot fold a constant. Run with {@code perf/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDaysBenchmark {

  private static final int DATES = 1024;

  private WorkingCalendar calendar;
  private LocalDate[] dates;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    calendar = ShippedHolidays.calendar();
    dates = new LocalDate[DATES];
    LocalDate first = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < DATES; i++) {
      dates[i] = first.plusDays((i * 7919L) % (8 * 365));
    }
  }

  private LocalDate nextDate() {
    next = (next + 1) & (DATES - 1);
    return dates[next];
  }

  @Benchmark
  public WorkingDate addTwentyWorkingDays() {
    return calendar.addWorkingDays(nextDate(), 20);
  }

  @Benchmark
  public WorkingDayCount countWorkingDaysOverAYear() {
    LocalDate from = nextDate();
    return calendar.countWorkingDays(from, from.plusYears(1));
  }
}
