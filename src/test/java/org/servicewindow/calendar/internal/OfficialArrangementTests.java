package org.servicewindow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicewindow.calendar.CalendarDay;

/**
 * The official arrangements 2020–2026 as the calendar answers them: every holiday block and every
 * adjusted workday of {@code holidays-cn.csv}, with the expected dates written out and checked by hand
 * against the CSV (the day before and after each block, the weekday of each adjusted workday).
 */
class OfficialArrangementTests {

  static final WorkingCalendar CALENDAR = ShippedHolidays.calendar();

  @ParameterizedTest(name = "{0} {1}..{2}")
  @CsvSource(textBlock = """
      # name, first day off, last day off, last working day before, first working day after, days off
      元旦, 2020-01-01, 2020-01-01, 2019-12-31, 2020-01-02, 1
      春节, 2020-01-24, 2020-02-02, 2020-01-23, 2020-02-03, 10
      清明节, 2020-04-04, 2020-04-06, 2020-04-03, 2020-04-07, 3
      劳动节, 2020-05-01, 2020-05-05, 2020-04-30, 2020-05-06, 5
      端午节, 2020-06-25, 2020-06-27, 2020-06-24, 2020-06-28, 3
      国庆节、中秋节, 2020-10-01, 2020-10-08, 2020-09-30, 2020-10-09, 8
      元旦, 2021-01-01, 2021-01-03, 2020-12-31, 2021-01-04, 3
      春节, 2021-02-11, 2021-02-17, 2021-02-10, 2021-02-18, 7
      清明节, 2021-04-03, 2021-04-05, 2021-04-02, 2021-04-06, 3
      劳动节, 2021-05-01, 2021-05-05, 2021-04-30, 2021-05-06, 5
      端午节, 2021-06-12, 2021-06-14, 2021-06-11, 2021-06-15, 3
      中秋节, 2021-09-19, 2021-09-21, 2021-09-18, 2021-09-22, 3
      国庆节, 2021-10-01, 2021-10-07, 2021-09-30, 2021-10-08, 7
      元旦, 2022-01-01, 2022-01-03, 2021-12-31, 2022-01-04, 3
      春节, 2022-01-31, 2022-02-06, 2022-01-30, 2022-02-07, 7
      清明节, 2022-04-03, 2022-04-05, 2022-04-02, 2022-04-06, 3
      劳动节, 2022-04-30, 2022-05-04, 2022-04-29, 2022-05-05, 5
      端午节, 2022-06-03, 2022-06-05, 2022-06-02, 2022-06-06, 3
      中秋节, 2022-09-10, 2022-09-12, 2022-09-09, 2022-09-13, 3
      国庆节, 2022-10-01, 2022-10-07, 2022-09-30, 2022-10-08, 7
      元旦, 2022-12-31, 2023-01-02, 2022-12-30, 2023-01-03, 3
      春节, 2023-01-21, 2023-01-27, 2023-01-20, 2023-01-28, 7
      清明节, 2023-04-05, 2023-04-05, 2023-04-04, 2023-04-06, 1
      劳动节, 2023-04-29, 2023-05-03, 2023-04-28, 2023-05-04, 5
      端午节, 2023-06-22, 2023-06-24, 2023-06-21, 2023-06-25, 3
      中秋节、国庆节, 2023-09-29, 2023-10-06, 2023-09-28, 2023-10-07, 8
      元旦, 2024-01-01, 2024-01-01, 2023-12-29, 2024-01-02, 1
      春节, 2024-02-10, 2024-02-17, 2024-02-09, 2024-02-18, 8
      清明节, 2024-04-04, 2024-04-06, 2024-04-03, 2024-04-07, 3
      劳动节, 2024-05-01, 2024-05-05, 2024-04-30, 2024-05-06, 5
      端午节, 2024-06-10, 2024-06-10, 2024-06-07, 2024-06-11, 1
      中秋节, 2024-09-15, 2024-09-17, 2024-09-14, 2024-09-18, 3
      国庆节, 2024-10-01, 2024-10-07, 2024-09-30, 2024-10-08, 7
      元旦, 2025-01-01, 2025-01-01, 2024-12-31, 2025-01-02, 1
      春节, 2025-01-28, 2025-02-04, 2025-01-27, 2025-02-05, 8
      清明节, 2025-04-04, 2025-04-06, 2025-04-03, 2025-04-07, 3
      劳动节, 2025-05-01, 2025-05-05, 2025-04-30, 2025-05-06, 5
      端午节, 2025-05-31, 2025-06-02, 2025-05-30, 2025-06-03, 3
      国庆节、中秋节, 2025-10-01, 2025-10-08, 2025-09-30, 2025-10-09, 8
      元旦, 2026-01-01, 2026-01-03, 2025-12-31, 2026-01-04, 3
      春节, 2026-02-15, 2026-02-23, 2026-02-14, 2026-02-24, 9
      清明节, 2026-04-04, 2026-04-06, 2026-04-03, 2026-04-07, 3
      劳动节, 2026-05-01, 2026-05-05, 2026-04-30, 2026-05-06, 5
      端午节, 2026-06-19, 2026-06-21, 2026-06-18, 2026-06-22, 3
      中秋节, 2026-09-25, 2026-09-27, 2026-09-24, 2026-09-28, 3
      国庆节, 2026-10-01, 2026-10-07, 2026-09-30, 2026-10-08, 7
      """)
  void everyHolidayBlockIsSkipped(String name, LocalDate first, LocalDate last, LocalDate before, LocalDate after,
      int daysOff) {
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      CalendarDay day = CALENDAR.day(d);
      assertThat(day.workingDay()).as("%s is off", d).isFalse();
      assertThat(day.holiday()).as("holiday of %s", d).isEqualTo(name);
      assertThat(day.provisional()).isFalse();
    }
    assertThat(first.datesUntil(last.plusDays(1)).count()).isEqualTo(daysOff);
    assertThat(CALENDAR.addWorkingDays(before, 1).date()).isEqualTo(after);
    assertThat(CALENDAR.addWorkingDays(first, 0).date()).isEqualTo(after);
    assertThat(CALENDAR.countWorkingDays(before, after).days()).isEqualTo(1);
    assertThat(CALENDAR.countWorkingDays(before, last).days()).isZero();
    assertThat(CALENDAR.isWorkingDay(before)).isTrue();
    assertThat(CALENDAR.isWorkingDay(after)).isTrue();
  }

  @ParameterizedTest(name = "{0} {1} ({2})")
  @CsvSource(textBlock = """
      # name, adjusted workday, its weekday, the working day before it
      春节, 2020-01-19, Sun, 2020-01-17
      春节, 2020-02-03, Mon, 2020-01-23
      劳动节, 2020-04-26, Sun, 2020-04-24
      劳动节, 2020-05-09, Sat, 2020-05-08
      端午节, 2020-06-28, Sun, 2020-06-24
      国庆节、中秋节, 2020-09-27, Sun, 2020-09-25
      国庆节、中秋节, 2020-10-10, Sat, 2020-10-09
      春节, 2021-02-07, Sun, 2021-02-05
      春节, 2021-02-20, Sat, 2021-02-19
      劳动节, 2021-04-25, Sun, 2021-04-23
      劳动节, 2021-05-08, Sat, 2021-05-07
      中秋节, 2021-09-18, Sat, 2021-09-17
      国庆节, 2021-09-26, Sun, 2021-09-24
      国庆节, 2021-10-09, Sat, 2021-10-08
      春节, 2022-01-29, Sat, 2022-01-28
      春节, 2022-01-30, Sun, 2022-01-29
      清明节, 2022-04-02, Sat, 2022-04-01
      劳动节, 2022-04-24, Sun, 2022-04-22
      劳动节, 2022-05-07, Sat, 2022-05-06
      国庆节, 2022-10-08, Sat, 2022-09-30
      国庆节, 2022-10-09, Sun, 2022-10-08
      春节, 2023-01-28, Sat, 2023-01-20
      春节, 2023-01-29, Sun, 2023-01-28
      劳动节, 2023-04-23, Sun, 2023-04-21
      劳动节, 2023-05-06, Sat, 2023-05-05
      端午节, 2023-06-25, Sun, 2023-06-21
      中秋节、国庆节, 2023-10-07, Sat, 2023-09-28
      中秋节、国庆节, 2023-10-08, Sun, 2023-10-07
      春节, 2024-02-04, Sun, 2024-02-02
      春节, 2024-02-18, Sun, 2024-02-09
      清明节, 2024-04-07, Sun, 2024-04-03
      劳动节, 2024-04-28, Sun, 2024-04-26
      劳动节, 2024-05-11, Sat, 2024-05-10
      中秋节, 2024-09-14, Sat, 2024-09-13
      国庆节, 2024-09-29, Sun, 2024-09-27
      国庆节, 2024-10-12, Sat, 2024-10-11
      春节, 2025-01-26, Sun, 2025-01-24
      春节, 2025-02-08, Sat, 2025-02-07
      劳动节, 2025-04-27, Sun, 2025-04-25
      国庆节、中秋节, 2025-09-28, Sun, 2025-09-26
      国庆节、中秋节, 2025-10-11, Sat, 2025-10-10
      元旦, 2026-01-04, Sun, 2025-12-31
      春节, 2026-02-14, Sat, 2026-02-13
      春节, 2026-02-28, Sat, 2026-02-27
      劳动节, 2026-05-09, Sat, 2026-05-08
      国庆节, 2026-09-20, Sun, 2026-09-18
      国庆节, 2026-10-10, Sat, 2026-10-09
      """)
  void everyAdjustedWorkdayIsWorked(String name, LocalDate date, String weekday, LocalDate previous) {
    CalendarDay day = CALENDAR.day(date);
    assertThat(date.getDayOfWeek().name()).startsWith(weekday.toUpperCase());
    assertThat(day.workingDay()).isTrue();
    assertThat(day.holiday()).isNull();
    boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    assertThat(day.adjustedWorkday()).isEqualTo(weekend);
    assertThat(day.adjustedFor()).isEqualTo(weekend ? name : null);
    assertThat(CALENDAR.addWorkingDays(previous, 1).date()).isEqualTo(date);
    assertThat(CALENDAR.addWorkingDays(date, 0).date()).isEqualTo(date);
    assertThat(CALENDAR.countWorkingDays(previous, date).days()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(textBlock = """
      # D, N, the N-th working day after D (worked out by hand from the CSV)
      2026-09-30,  1, 2026-10-08
      2026-09-28, 20, 2026-10-30
      2026-02-13,  3, 2026-02-25
      2026-02-10, 20, 2026-03-16
      2025-01-20, 10, 2025-02-08
      2020-01-20,  5, 2020-02-04
      2026-10-03,  0, 2026-10-08
      2026-10-10,  0, 2026-10-10
      2026-10-09,  1, 2026-10-10
      2026-09-18,  1, 2026-09-20
      2022-12-30,  1, 2023-01-03
      """)
  void addsWorkingDaysAcrossHolidaysAndAdjustedWorkdays(LocalDate date, int days, LocalDate expected) {
    assertThat(CALENDAR.addWorkingDays(date, days).date()).isEqualTo(expected);
    assertThat(CALENDAR.addWorkingDays(date, days).provisional()).isFalse();
  }

  @ParameterizedTest(name = "working days of {0}: {1}")
  @CsvSource(textBlock = """
      # year, working days (weekdays − weekdays off + adjusted weekend workdays; 2026: 261 − 19 + 6)
      2020, 249
      2021, 250
      2022, 249
      2023, 249
      2024, 251
      2025, 248
      2026, 248
      """)
  void countsTheWorkingDaysOfEachOfficialYear(int year, int workingDays) {
    var count = CALENDAR.countWorkingDays(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
    assertThat(count.days()).isEqualTo(workingDays);
    assertThat(count.provisional()).as("31 December %d is governed by %d's notice", year, year + 1)
        .isEqualTo(year == 2026);
  }

  @Test
  void theFirstWorkingDayAfterTheExtendedSpringFestivalOf2020IsAnOrdinaryMonday() {
    CalendarDay day = CALENDAR.day(LocalDate.of(2020, 2, 3));
    assertThat(day.workingDay()).isTrue();
    assertThat(day.adjustedWorkday()).isFalse();
  }

  @Test
  void theNewYearHolidayOf2023StartsIn2022AndBelongsToThe2023Arrangement() {
    assertThat(CALENDAR.day(LocalDate.of(2022, 12, 31)).holiday()).isEqualTo("元旦");
    assertThat(CALENDAR.entriesOf(2023)).extracting(DayEntry::date).contains(LocalDate.of(2022, 12, 31));
    assertThat(CALENDAR.entriesOf(2022)).extracting(DayEntry::date).doesNotContain(LocalDate.of(2022, 12, 31));
  }
}
