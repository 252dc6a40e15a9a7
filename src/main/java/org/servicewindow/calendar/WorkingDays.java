package org.servicewindow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import org.servicewindow.calendar.internal.Calendars;
import org.springframework.stereotype.Service;

/**
 * Working-day arithmetic for every deadline of the system (api.md, "Calendar"), per the official holiday
 * arrangements including 调休: Mon–Fri are working days except days off, and weekend days marked as
 * worked are working days. Dates are China dates; instants are read in China time.
 *
 * <p>A date governed by an arrangement that is not published yet — a date of a year whose notice is not
 * entered, or of 25–31 December before the next year's notice, which may start its New Year's Day
 * holiday there — follows the weekday rule, and every answer depending on it says {@code provisional}.
 * When the arrangement is saved, {@link HolidayArrangementPublished} tells holders of provisional dates to
 * recompute. Answers take constant or logarithmic time: the arrangements are precomputed per node.
 */
@Service
public class WorkingDays {

  private final Calendars calendars;

  WorkingDays(Calendars calendars) {
    this.calendars = calendars;
  }

  public boolean isWorkingDay(LocalDate date) {
    return calendars.current().isWorkingDay(date);
  }

  /** Whether the date is worked, and why: its holiday, or the holiday it is an adjusted workday for. */
  public CalendarDay day(LocalDate date) {
    return calendars.current().day(date);
  }

  /**
   * The {@code days}-th working day after {@code date}; {@code date} itself never counts. For
   * {@code days = 0}: {@code date} if it is a working day, else the next working day.
   *
   * @param days zero or more
   */
  public WorkingDate addWorkingDays(LocalDate date, int days) {
    return calendars.current().addWorkingDays(date, days);
  }

  /**
   * The working days after {@code from}, up to and including {@code to}; zero when
   * {@code to} is not after {@code from}.
   */
  public WorkingDayCount countWorkingDays(LocalDate from, LocalDate to) {
    return calendars.current().countWorkingDays(from, to);
  }

  /**
   * The open minutes of a hall between two instants, counting only working days; an adjusted workday
   * keeps the hall's weekday hours ({@link OpeningHours#onAdjustedWorkday()}).
   */
  public WorkingMinutes workingMinutesBetween(Instant from, Instant to, OpeningHours hours) {
    return calendars.current().workingMinutesBetween(from, to, hours);
  }

  /** The instant by which a hall has been open {@code minutes} minutes on working days since {@code start}. */
  public WorkingInstant addWorkingMinutes(Instant start, long minutes, OpeningHours hours) {
    return calendars.current().addWorkingMinutes(start, minutes, hours);
  }

  /** Whether the official arrangement of a year is entered (its dates are no longer provisional). */
  public boolean isPublished(int year) {
    return calendars.current().isPublished(year);
  }
}
