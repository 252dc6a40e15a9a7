package org.servicewindow.calendar.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.servicewindow.calendar.CalendarDay;
import org.servicewindow.calendar.OpeningHours;
import org.servicewindow.calendar.WorkingDate;
import org.servicewindow.calendar.WorkingDayCount;
import org.servicewindow.calendar.WorkingInstant;
import org.servicewindow.calendar.WorkingMinutes;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;

/**
 * The working days of every date, precomputed once per set of published arrangements so that every
 * deadline of the system is answered in constant time, never by walking day by day.
 *
 * <p>Rule: Mon–Fri are working days except those listed {@code off}; weekend days listed {@code work}
 * (调休上班) are working days too. Internally, {@code W(n)} is the number of working days before epoch day
 * {@code n} (counted from a fixed Monday, so it may be negative): a prefix-sum array over the years the
 * arrangements cover, and a closed formula for the plain weekday rule before and after them. Then
 * the working days after A up to and including B are {@code W(B+1) − W(A+1)}, and "the k-th working day" is an array lookup (or
 * the formula's inverse outside the table). Immutable: a new instance is built when an arrangement is saved.
 */
public final class WorkingCalendar {

  /** 1970-01-05, a Monday: the origin of the weekday formulas. */
  private static final long MONDAY = 4;

  private static final byte NONE = 0;
  private static final byte OFF = 1;
  private static final byte WORK = 2;

  /** Schedules for opening hours: 0–4 an ordinary Monday–Friday, 5 an adjusted workday. */
  private static final int SCHEDULES = 6;
  private static final int ADJUSTED = 5;

  private static final int SECONDS_PER_DAY = 86_400;

  private final int[] publishedYears;
  private final List<DayEntry> entries;
  private final long start;
  private final int length;
  private final byte[] kinds;
  private final String[] names;
  /** {@code cumulative[i]}: working days from start until start + i. */
  private final int[] cumulative;
  /** Offsets from {@code start} of the table's working days, in order. */
  private final int[] workingDays;
  /** Per schedule, working days of that schedule from start until start + i. */
  private final int[][] cumulativeBySchedule;
  /** {@code W(start)}. */
  private final long base;

  private WorkingCalendar(int[] publishedYears, List<DayEntry> entries) {
    this.publishedYears = publishedYears;
    this.entries = entries;
    if (publishedYears.length == 0) {
      start = MONDAY;
      length = 0;
    } else {
      start = LocalDate.of(publishedYears[0] - 1, 1, 1).toEpochDay();
      length = (int) (LocalDate.of(publishedYears[publishedYears.length - 1] + 1, 1, 1).toEpochDay() - start);
    }
    kinds = new byte[length];
    names = new String[length];
    for (DayEntry e : entries) {
      int i = (int) (e.date().toEpochDay() - start);
      kinds[i] = e.kind() == DayKind.OFF ? OFF : WORK;
      names[i] = e.name();
    }
    cumulative = new int[length + 1];
    cumulativeBySchedule = new int[SCHEDULES][length + 1];
    int[] working = new int[length];
    int count = 0;
    for (int i = 0; i < length; i++) {
      int dow = dayOfWeekIndex(start + i);
      boolean isWorking = kinds[i] == WORK || (kinds[i] != OFF && dow < 5);
      cumulative[i + 1] = cumulative[i] + (isWorking ? 1 : 0);
      for (int s = 0; s < SCHEDULES; s++) {
        cumulativeBySchedule[s][i + 1] = cumulativeBySchedule[s][i];
      }
      if (isWorking) {
        working[count++] = i;
        cumulativeBySchedule[dow < 5 ? dow : ADJUSTED][i + 1]++;
      }
    }
    workingDays = Arrays.copyOf(working, count);
    base = weekdays(start);
  }

  /**
   * A calendar of the given published arrangements.
   *
   * @param publishedYears the years whose arrangement is published
   * @param entries their days; each must lie in the window of a published year, and no date twice
   */
  public static WorkingCalendar of(Collection<Integer> publishedYears, Collection<DayEntry> entries) {
    int[] years = new TreeSet<>(publishedYears).stream().mapToInt(Integer::intValue).toArray();
    List<DayEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(DayEntry::date));
    for (int i = 0; i < sorted.size(); i++) {
      DayEntry e = sorted.get(i);
      if (Arrays.binarySearch(years, e.arrangementYear()) < 0) {
        throw new IllegalArgumentException("day of an unpublished arrangement: " + e);
      }
      if (i > 0 && sorted.get(i - 1).date().equals(e.date())) {
        throw new IllegalArgumentException("day listed twice: " + e.date());
      }
    }
    return new WorkingCalendar(years, List.copyOf(sorted));
  }

  /** This calendar with the arrangement of {@code year} published (or replaced) by the given days. */
  public WorkingCalendar withArrangement(int year, Collection<DayEntry> days) {
    List<Integer> years = new ArrayList<>(publishedYears());
    years.add(year);
    List<DayEntry> kept = new ArrayList<>(entries.stream().filter(e -> e.arrangementYear() != year).toList());
    kept.addAll(days);
    return of(years, kept);
  }

  public List<Integer> publishedYears() {
    return Arrays.stream(publishedYears).boxed().toList();
  }

  public boolean isPublished(int year) {
    return Arrays.binarySearch(publishedYears, year) >= 0;
  }

  /** The listed days of every published arrangement, by date. */
  public List<DayEntry> entries() {
    return entries;
  }

  /** The listed days of one arrangement, by date. */
  public List<DayEntry> entriesOf(int year) {
    return entries.stream().filter(e -> e.arrangementYear() == year).toList();
  }

  public boolean isWorkingDay(LocalDate date) {
    return isWorking(date.toEpochDay());
  }

  public CalendarDay day(LocalDate date) {
    long n = date.toEpochDay();
    byte kind = NONE;
    String name = null;
    if (n >= start && n < start + length) {
      kind = kinds[(int) (n - start)];
      name = names[(int) (n - start)];
    }
    // a weekday listed as worked (2020-02-03, named when the Spring Festival was extended) is no exchange
    boolean adjusted = kind == WORK && dayOfWeekIndex(n) >= 5;
    return new CalendarDay(date, isWorking(n), kind == OFF ? name : null, adjusted, adjusted ? name : null,
        isProvisional(date, date));
  }

  /**
   * The {@code days}-th working day after {@code date} ({@code date} itself never counts); for
   * {@code days = 0}, {@code date} if it is a working day, else the next working day.
   */
  public WorkingDate addWorkingDays(LocalDate date, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    long n = date.toEpochDay();
    long result = days == 0 ? dayWithIndex(potential(n)) : dayWithIndex(potential(n + 1) + days - 1);
    LocalDate reached = LocalDate.ofEpochDay(result);
    return new WorkingDate(reached, isProvisional(days == 0 ? date : date.plusDays(1), reached));
  }

  /** The working days after {@code from}, up to and including {@code to}. */
  public WorkingDayCount countWorkingDays(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return new WorkingDayCount(0, false);
    }
    long days = potential(to.toEpochDay() + 1) - potential(from.toEpochDay() + 1);
    return new WorkingDayCount(Math.toIntExact(days), isProvisional(from.plusDays(1), to));
  }

  /** Open minutes of {@code hours} on working days from {@code from} until {@code to}, China time. */
  public WorkingMinutes workingMinutesBetween(Instant from, Instant to, OpeningHours hours) {
    if (!to.isAfter(from)) {
      return new WorkingMinutes(0, false);
    }
    LocalDateTime a = LocalDateTime.ofInstant(from, ChinaTime.ZONE);
    LocalDateTime b = LocalDateTime.ofInstant(to, ChinaTime.ZONE);
    long first = a.toLocalDate().toEpochDay();
    long last = b.toLocalDate().toEpochDay();
    int fromSecond = a.toLocalTime().toSecondOfDay();
    int toSecond = b.toLocalTime().toSecondOfDay();
    long seconds;
    if (first == last) {
      seconds = secondsWithin(first, fromSecond, toSecond, hours);
    } else {
      seconds = secondsWithin(first, fromSecond, SECONDS_PER_DAY, hours)
          + secondsOfDays(first, last - 1, secondsPerSchedule(hours))
          + secondsWithin(last, 0, toSecond, hours);
    }
    return new WorkingMinutes(seconds / 60, isProvisional(a.toLocalDate(), b.toLocalDate()));
  }

  /**
   * The instant at which {@code minutes} open minutes of {@code hours} on working days have passed since
   * {@code start} (China time). A count that ends with a period ends at that period's close.
   */
  public WorkingInstant addWorkingMinutes(Instant start, long minutes, OpeningHours hours) {
    if (minutes < 0) {
      throw new IllegalArgumentException("minutes must not be negative: " + minutes);
    }
    LocalDateTime a = LocalDateTime.ofInstant(start, ChinaTime.ZONE);
    long day = a.toLocalDate().toEpochDay();
    int second = a.toLocalTime().toSecondOfDay();
    long needed = Math.multiplyExact(minutes, 60L);
    if (needed == 0) {
      return new WorkingInstant(start, isProvisional(a.toLocalDate(), a.toLocalDate()));
    }
    long today = secondsWithin(day, second, SECONDS_PER_DAY, hours);
    if (needed <= today) {
      return at(day, secondAfter(periodsOn(day, hours), second, needed), a.toLocalDate());
    }
    needed -= today;
    long[] perSchedule = secondsPerSchedule(hours);
    if (Arrays.stream(perSchedule).allMatch(s -> s == 0)) {
      throw new BusinessRuleException("openingHours.neverOpen");
    }
    // the first day e after `day` by which the open time of the days in (day, e] covers what is needed:
    // double a bound, then halve the interval (each step is constant time)
    long low = day + 1;
    long span = 1;
    while (secondsOfDays(day, day + span, perSchedule) < needed) {
      low = day + span + 1;
      span *= 2;
    }
    long high = day + span;
    while (low < high) {
      long mid = low + (high - low) / 2;
      if (secondsOfDays(day, mid, perSchedule) >= needed) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    needed -= secondsOfDays(day, low - 1, perSchedule);
    return at(low, secondAfter(periodsOn(low, hours), 0, needed), a.toLocalDate());
  }

  /**
   * Whether a date from {@code from} to {@code to} (both included) is governed by an arrangement not published yet, so that
   * an answer depending on those days is a guess by the weekday rule.
   */
  public boolean isProvisional(LocalDate from, LocalDate to) {
    int first = ArrangementWindow.governingYear(from);
    int last = ArrangementWindow.governingYear(to);
    if (last < first) {
      return false;
    }
    int published = insertionPoint(last + 1) - insertionPoint(first);
    return published != last - first + 1;
  }

  // --- internals -----------------------------------------------------------------------------------

  private boolean isWorking(long n) {
    if (n >= start && n < start + length) {
      int i = (int) (n - start);
      return cumulative[i + 1] > cumulative[i];
    }
    return dayOfWeekIndex(n) < 5;
  }

  /** {@code W(n)}: working days before epoch day n, relative to the origin Monday. */
  private long potential(long n) {
    if (n <= start) {
      return weekdays(n);
    }
    if (n <= start + length) {
      return base + cumulative[(int) (n - start)];
    }
    return base + cumulative[length] + weekdays(n) - weekdays(start + length);
  }

  /** The working day d with {@code W(d) = k}, i.e. the one that {@code W} counts as number k. */
  private long dayWithIndex(long k) {
    if (k < base) {
      return weekdayWithIndex(k);
    }
    long inTable = k - base;
    if (inTable < workingDays.length) {
      return start + workingDays[(int) inTable];
    }
    return weekdayWithIndex(inTable - workingDays.length + weekdays(start + length));
  }

  /** Mon–Fri days from the origin until day n, negative before the origin. */
  private static long weekdays(long n) {
    long m = n - MONDAY;
    return Math.floorDiv(m, 7) * 5 + Math.min(Math.floorMod(m, 7), 5);
  }

  /** The inverse of {@link #weekdays}: the Mon–Fri day d with {@code weekdays(d) = k}. */
  private static long weekdayWithIndex(long k) {
    return MONDAY + Math.floorDiv(k, 5) * 7 + Math.floorMod(k, 5);
  }

  /** 0 for Monday … 6 for Sunday. */
  private static int dayOfWeekIndex(long n) {
    return (int) Math.floorMod(n - MONDAY, 7);
  }

  /** Days of one weekday (0 = Monday) from the origin until day n. */
  private static long daysOfWeek(int dow, long n) {
    return Math.floorDiv(n - MONDAY - dow + 6, 7);
  }

  /** Working days of a schedule before epoch day n. */
  private long schedulePotential(int schedule, long n) {
    long atStart = schedule == ADJUSTED ? 0 : daysOfWeek(schedule, start);
    if (n <= start) {
      return schedule == ADJUSTED ? 0 : daysOfWeek(schedule, n);
    }
    if (n <= start + length) {
      return atStart + cumulativeBySchedule[schedule][(int) (n - start)];
    }
    long after = schedule == ADJUSTED ? 0 : daysOfWeek(schedule, n) - daysOfWeek(schedule, start + length);
    return atStart + cumulativeBySchedule[schedule][length] + after;
  }

  /** Open seconds of the working days after {@code afterDay}, up to and including {@code lastDay}. */
  private long secondsOfDays(long afterDay, long lastDay, long[] perSchedule) {
    if (lastDay <= afterDay) {
      return 0;
    }
    long seconds = 0;
    for (int s = 0; s < SCHEDULES; s++) {
      if (perSchedule[s] != 0) {
        seconds += (schedulePotential(s, lastDay + 1) - schedulePotential(s, afterDay + 1)) * perSchedule[s];
      }
    }
    return seconds;
  }

  private static long[] secondsPerSchedule(OpeningHours hours) {
    long[] seconds = new long[SCHEDULES];
    for (int s = 0; s < 5; s++) {
      seconds[s] = hours.minutesOn(DayOfWeek.of(s + 1)) * 60;
    }
    seconds[ADJUSTED] = hours.onAdjustedWorkday().stream().mapToLong(OpeningHours.Period::minutes).sum() * 60;
    return seconds;
  }

  private List<OpeningHours.Period> periodsOn(long day, OpeningHours hours) {
    if (!isWorking(day)) {
      return List.of();
    }
    int dow = dayOfWeekIndex(day);
    return dow < 5 ? hours.on(DayOfWeek.of(dow + 1)) : hours.onAdjustedWorkday();
  }

  /** Open seconds of a day between two seconds of that day. */
  private long secondsWithin(long day, int fromSecond, int toSecond, OpeningHours hours) {
    long seconds = 0;
    for (OpeningHours.Period p : periodsOn(day, hours)) {
      int open = Math.max(p.start().toSecondOfDay(), fromSecond);
      int close = Math.min(p.end().toSecondOfDay(), toSecond);
      seconds += Math.max(0, close - open);
    }
    return seconds;
  }

  /** The second of the day at which {@code needed} open seconds after {@code fromSecond} have passed. */
  private static long secondAfter(List<OpeningHours.Period> periods, int fromSecond, long needed) {
    for (OpeningHours.Period p : periods) {
      int open = Math.max(p.start().toSecondOfDay(), fromSecond);
      int close = p.end().toSecondOfDay();
      if (open < close) {
        if (needed <= close - open) {
          return open + needed;
        }
        needed -= close - open;
      }
    }
    throw new IllegalStateException("the day has fewer open seconds than counted");
  }

  private WorkingInstant at(long day, long secondOfDay, LocalDate startDate) {
    LocalDate date = LocalDate.ofEpochDay(day);
    Instant instant = date.atStartOfDay().plusSeconds(secondOfDay).atZone(ChinaTime.ZONE).toInstant();
    return new WorkingInstant(instant, isProvisional(startDate, date));
  }

  /** Index of the first published year ≥ {@code year}. */
  private int insertionPoint(int year) {
    int i = Arrays.binarySearch(publishedYears, year);
    return i >= 0 ? i : -i - 1;
  }
}
