package org.servicewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.servicewindow.calendar.internal.ShippedHolidays;
import org.servicewindow.calendar.internal.WorkingCalendar;
import org.servicewindow.common.BusinessRuleException;

/** Opening hours as halls post them, and working minutes over them for service levels. */
class OpeningHoursTests {

  static final WorkingCalendar CALENDAR = ShippedHolidays.calendar();
  /** Weekdays 9:00–12:00 and 13:00–17:00: 420 minutes a day. */
  static final OpeningHours STANDARD = OpeningHours.STANDARD;

  @Test
  void parsesDayRangesAndPeriodsAndFormatsThemBack() {
    OpeningHours hours = OpeningHours.parse("MON-FRI 08:30-12:00,13:30-17:30; SAT 09:00-12:00");
    assertThat(hours.on(DayOfWeek.WEDNESDAY)).extracting(OpeningHours.Period::toString)
        .containsExactly("08:30-12:00", "13:30-17:30");
    assertThat(hours.on(DayOfWeek.SUNDAY)).isEmpty();
    assertThat(hours.minutesOn(DayOfWeek.MONDAY)).isEqualTo(210 + 240);
    assertThat(hours.isOpen(DayOfWeek.SATURDAY, LocalTime.of(11, 59))).isTrue();
    assertThat(hours.isOpen(DayOfWeek.SATURDAY, LocalTime.of(12, 0))).isFalse();
    assertThat(hours.format()).startsWith("MON 08:30-12:00,13:30-17:30; TUE 08:30-12:00,13:30-17:30;")
        .endsWith("SAT 09:00-12:00");
    assertThat(OpeningHours.parse(hours.format())).isEqualTo(hours);
  }

  @Test
  void refusesMalformedOrOverlappingHours() {
    assertThatThrownBy(() -> OpeningHours.parse(" ")).isInstanceOf(BusinessRuleException.class)
        .hasMessage("openingHours.empty");
    assertThatThrownBy(() -> OpeningHours.parse("MON-FRI 9-12")).hasMessage("openingHours.syntax");
    assertThatThrownBy(() -> OpeningHours.parse("FRI-MON 09:00-12:00")).hasMessage("openingHours.syntax");
    assertThatThrownBy(() -> OpeningHours.parse("MON 12:00-09:00")).hasMessage("openingHours.periodOrder");
    assertThatThrownBy(() -> OpeningHours.parse("MON 09:00-12:00,11:00-13:00")).hasMessage("openingHours.overlap");
  }

  @Test
  void anAdjustedWorkdayKeepsTheWeekdayHours() {
    OpeningHours hours = OpeningHours.parse("TUE-FRI 09:00-17:00; SAT 09:00-12:00");
    assertThat(hours.onAdjustedWorkday()).isEqualTo(hours.on(DayOfWeek.TUESDAY));
  }

  @Test
  void countsOpenMinutesOnlyOnWorkingDays() {
    // Wed 30 Sep 2026 16:00 to Thu 8 Oct 10:00: an hour before 国庆节 and an hour after it
    assertThat(CALENDAR.workingMinutesBetween(at("2026-09-30T16:00"), at("2026-10-08T10:00"), STANDARD))
        .isEqualTo(new WorkingMinutes(120, false));
    // Fri 18 Sep 16:00 to Mon 21 Sep 10:00: Sunday 20 Sep is an adjusted workday with weekday hours
    assertThat(CALENDAR.workingMinutesBetween(at("2026-09-18T16:00"), at("2026-09-21T10:00"), STANDARD).minutes())
        .isEqualTo(60 + 420 + 60);
    // the lunch break does not count
    assertThat(CALENDAR.workingMinutesBetween(at("2026-09-21T11:30"), at("2026-09-21T13:30"), STANDARD).minutes())
        .isEqualTo(60);
    assertThat(CALENDAR.workingMinutesBetween(at("2026-09-21T13:30"), at("2026-09-21T11:30"), STANDARD).minutes())
        .isZero();
    // a week of 2027, before its arrangement is published: weekday rule, provisional
    assertThat(CALENDAR.workingMinutesBetween(at("2027-03-01T00:00"), at("2027-03-08T00:00"), STANDARD))
        .isEqualTo(new WorkingMinutes(5 * 420, true));
  }

  @Test
  void addsOpenMinutesIntoTheNextWorkingDays() {
    assertThat(CALENDAR.addWorkingMinutes(at("2026-09-30T16:30"), 90, STANDARD))
        .isEqualTo(new WorkingInstant(at("2026-10-08T10:00"), false));
    assertThat(CALENDAR.addWorkingMinutes(at("2026-10-08T11:00"), 60, STANDARD).instant())
        .as("a count ending with a period ends at its close").isEqualTo(at("2026-10-08T12:00"));
    assertThat(CALENDAR.addWorkingMinutes(at("2026-10-08T11:00"), 61, STANDARD).instant())
        .isEqualTo(at("2026-10-08T13:01"));
    assertThat(CALENDAR.addWorkingMinutes(at("2026-09-18T19:00"), 1, STANDARD).instant())
        .as("Friday evening, then Sunday 20 Sep is worked").isEqualTo(at("2026-09-20T09:01"));
    assertThat(CALENDAR.addWorkingMinutes(at("2026-02-13T16:00"), 420 * 2, STANDARD).instant())
        .as("across the Spring Festival: Sat 14 Feb is worked, then 15–23 Feb are off")
        .isEqualTo(at("2026-02-24T16:00"));
    assertThat(CALENDAR.addWorkingMinutes(at("2026-12-24T16:00"), 120, STANDARD))
        .isEqualTo(new WorkingInstant(at("2026-12-25T10:00"), true));
    assertThat(CALENDAR.addWorkingMinutes(at("2026-10-03T10:00"), 0, STANDARD).instant())
        .isEqualTo(at("2026-10-03T10:00"));
  }

  @Test
  void addingThenMeasuringWorkingMinutesRoundTrips() {
    Random random = new Random(42);
    Instant first = at("2019-06-01T00:00");
    for (int i = 0; i < 2_000; i++) {
      Instant start = first.plusSeconds(60L * random.nextInt(60 * 24 * 365 * 9));
      long minutes = 1 + random.nextInt(420 * 60);
      Instant reached = CALENDAR.addWorkingMinutes(start, minutes, STANDARD).instant();
      assertThat(CALENDAR.workingMinutesBetween(start, reached, STANDARD).minutes())
          .as("%s + %d min = %s", start, minutes, reached).isEqualTo(minutes);
      assertThat(CALENDAR.workingMinutesBetween(start, reached.minusSeconds(60), STANDARD).minutes())
          .isEqualTo(minutes - 1);
    }
  }

  @Test
  void aHallThatNeverOpensOnAWorkingDayCannotMeetADeadline() {
    OpeningHours weekendsOnly = OpeningHours.parse("SAT-SUN 09:00-12:00");
    assertThatThrownBy(() -> CALENDAR.addWorkingMinutes(at("2026-10-08T10:00"), 30, weekendsOnly))
        .isInstanceOf(BusinessRuleException.class).hasMessage("openingHours.neverOpen");
    assertThat(CALENDAR.workingMinutesBetween(at("2026-10-01T00:00"), at("2026-11-01T00:00"), weekendsOnly)
        .minutes()).isZero();
  }

  private static Instant at(String chinaTime) {
    return OffsetDateTime.parse(chinaTime + ":00+08:00").toInstant();
  }
}
