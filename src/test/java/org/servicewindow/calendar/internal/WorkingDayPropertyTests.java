package org.servicewindow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of the working-day arithmetic over seeded random dates (the seed is fixed, so a failure
 * repeats), from 2018 to 2029 so that the years around the published table are covered too.
 */
class WorkingDayPropertyTests {

  static final long SEED = 20_260_101L;
  static final int CASES = 5_000;
  static final WorkingCalendar CALENDAR = ShippedHolidays.calendar();
  static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
  static final int SPAN = (int) (LocalDate.of(2030, 1, 1).toEpochDay() - FIRST.toEpochDay());

  final Random random = new Random(SEED);

  @Test
  void countingAfterAddingGivesBackTheNumberAdded() {
    for (int i = 0; i < CASES; i++) {
      LocalDate date = randomDate();
      int days = 1 + random.nextInt(400);
      LocalDate reached = CALENDAR.addWorkingDays(date, days).date();
      assertThat(CALENDAR.isWorkingDay(reached)).as("%s + %d", date, days).isTrue();
      assertThat(CALENDAR.countWorkingDays(date, reached).days()).as("%s + %d = %s", date, days, reached)
          .isEqualTo(days);
      assertThat(CALENDAR.countWorkingDays(date, reached.minusDays(1)).days()).isEqualTo(days - 1);
    }
  }

  @Test
  void agreesWithCountingDayByDay() {
    Function<LocalDate, Boolean> rule = naiveRule();
    for (int i = 0; i < CASES; i++) {
      LocalDate date = randomDate();
      int days = random.nextInt(60);
      assertThat(CALENDAR.addWorkingDays(date, days).date()).as("%s + %d", date, days)
          .isEqualTo(naiveAdd(rule, date, days));
      LocalDate to = date.plusDays(random.nextInt(120) - 20);
      long expected = to.isAfter(date) ? date.plusDays(1).datesUntil(to.plusDays(1)).filter(rule::apply).count() : 0;
      assertThat(CALENDAR.countWorkingDays(date, to).days()).as("(%s, %s]", date, to).isEqualTo(expected);
      assertThat(CALENDAR.isWorkingDay(date)).as("%s", date).isEqualTo(rule.apply(date));
    }
  }

  @Test
  void laterStartsAndMoreDaysNeverGiveEarlierDates() {
    for (int i = 0; i < CASES; i++) {
      LocalDate a = randomDate();
      LocalDate b = a.plusDays(random.nextInt(30));
      int n = 1 + random.nextInt(100);
      int m = n + 1 + random.nextInt(20);
      // adding 0 or 1 to a day off both give the next working day: from 1 on, more days reach further
      assertThat(CALENDAR.addWorkingDays(a, n).date()).isAfterOrEqualTo(CALENDAR.addWorkingDays(a, 0).date());
      assertThat(CALENDAR.addWorkingDays(b, n).date()).isAfterOrEqualTo(CALENDAR.addWorkingDays(a, n).date());
      assertThat(CALENDAR.addWorkingDays(a, m).date()).isAfter(CALENDAR.addWorkingDays(a, n).date());
      assertThat(CALENDAR.countWorkingDays(a, b.plusDays(random.nextInt(10))).days())
          .isGreaterThanOrEqualTo(CALENDAR.countWorkingDays(a, b).days());
    }
  }

  @Test
  void countsAddUpOverAdjacentRanges() {
    for (int i = 0; i < CASES; i++) {
      LocalDate a = randomDate();
      LocalDate b = a.plusDays(random.nextInt(200));
      LocalDate c = b.plusDays(random.nextInt(200));
      assertThat(CALENDAR.countWorkingDays(a, b).days() + CALENDAR.countWorkingDays(b, c).days())
          .isEqualTo(CALENDAR.countWorkingDays(a, c).days());
    }
  }

  @Test
  void addingZeroGivesTheDateIfWorkedElseTheNextWorkingDay() {
    for (int i = 0; i < CASES; i++) {
      LocalDate date = randomDate();
      LocalDate reached = CALENDAR.addWorkingDays(date, 0).date();
      if (CALENDAR.isWorkingDay(date)) {
        assertThat(reached).isEqualTo(date);
      } else {
        assertThat(reached).isEqualTo(CALENDAR.addWorkingDays(date, 1).date());
        assertThat(CALENDAR.countWorkingDays(date, reached.minusDays(1)).days()).isZero();
      }
    }
  }

  @Test
  void addingAcrossAWholeSpringFestivalNeverLandsInsideIt() {
    Map<Integer, List<DayEntry>> springFestivals = CALENDAR.entries().stream()
        .filter(e -> e.name().equals("春节") && e.kind() == DayKind.OFF)
        .collect(Collectors.groupingBy(e -> e.date().getYear()));
    assertThat(springFestivals).hasSize(7);
    springFestivals.forEach((year, block) -> {
      LocalDate first = block.get(0).date();
      LocalDate last = block.get(block.size() - 1).date();
      int length = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
      for (int i = 0; i < 200; i++) {
        LocalDate date = first.minusDays(15 - random.nextInt(15 + length));
        int days = random.nextInt(30);
        LocalDate reached = CALENDAR.addWorkingDays(date, days).date();
        assertThat(reached.isBefore(first) || reached.isAfter(last))
            .as("%s + %d = %s inside %s..%s", date, days, reached, first, last).isTrue();
      }
      LocalDate before = first.minusDays(10);
      int upToTheBlock = CALENDAR.countWorkingDays(before, first).days();
      assertThat(CALENDAR.addWorkingDays(before, upToTheBlock + 1).date()).as("the next step jumps the block")
          .isEqualTo(CALENDAR.addWorkingDays(last, 1).date())
          .isAfter(last);
    });
  }

  @Test
  void answersBeyondThePublishedYearsFollowTheWeekdayRuleProvisionally() {
    LocalDate monday = LocalDate.of(2027, 10, 4);
    assertThat(CALENDAR.day(LocalDate.of(2027, 10, 1)).workingDay()).isTrue(); // a Friday, until 2027 is entered
    assertThat(CALENDAR.day(LocalDate.of(2027, 10, 1)).provisional()).isTrue();
    assertThat(CALENDAR.addWorkingDays(monday, 5).date()).isEqualTo(LocalDate.of(2027, 10, 11));
    assertThat(CALENDAR.addWorkingDays(monday, 5).provisional()).isTrue();
    assertThat(CALENDAR.countWorkingDays(monday, LocalDate.of(2027, 10, 31)).provisional()).isTrue();
    assertThat(CALENDAR.day(LocalDate.of(2019, 10, 1)).provisional()).isTrue();
    assertThat(CALENDAR.day(LocalDate.of(2019, 12, 30)).provisional()).as("governed by 2020's notice").isFalse();
    assertThat(CALENDAR.day(LocalDate.of(2026, 12, 24)).provisional()).isFalse();
    assertThat(CALENDAR.day(LocalDate.of(2026, 12, 25)).provisional()).as("governed by 2027's notice").isTrue();
    assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 12, 18), 4).provisional()).isFalse(); // 12-24
    assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 12, 18), 5).provisional()).isTrue(); // 12-25
    assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 12, 28), 5).date()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(CALENDAR.countWorkingDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 24)).provisional())
        .isFalse();
    assertThat(CALENDAR.countWorkingDays(LocalDate.of(2019, 12, 31), LocalDate.of(2019, 12, 1)))
        .as("an empty range counts nothing").extracting(c -> c.days(), c -> c.provisional()).containsExactly(0, false);
  }

  @Test
  void publishingAYearEndsItsProvisionalAnswers() {
    WorkingCalendar with2027 = CALENDAR.withArrangement(2027, List.of(
        new DayEntry(LocalDate.of(2027, 1, 1), "元旦", DayKind.OFF)));
    assertThat(with2027.day(LocalDate.of(2027, 1, 1))).extracting(d -> d.workingDay(), d -> d.provisional())
        .containsExactly(false, false);
    assertThat(with2027.addWorkingDays(LocalDate.of(2026, 12, 31), 1).date()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(with2027.countWorkingDays(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 12, 24)).provisional())
        .isFalse();
    assertThat(CALENDAR.isPublished(2027)).as("the original is unchanged").isFalse();
  }

  @Test
  void refusesNegativeDaysAndDaysOfUnpublishedArrangements() {
    assertThatThrownBy(() -> CALENDAR.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingCalendar.of(List.of(2026),
        List.of(new DayEntry(LocalDate.of(2027, 1, 1), "元旦", DayKind.OFF))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutAnyArrangementEveryWeekdayIsAProvisionalWorkingDay() {
    WorkingCalendar empty = WorkingCalendar.of(List.of(), List.of());
    Function<LocalDate, Boolean> weekdays = d -> d.getDayOfWeek().getValue() <= 5;
    for (int i = 0; i < 500; i++) {
      LocalDate date = randomDate();
      int days = random.nextInt(30);
      assertThat(empty.addWorkingDays(date, days).date()).isEqualTo(naiveAdd(weekdays, date, days));
      assertThat(empty.day(date).provisional()).isTrue();
    }
  }

  private LocalDate randomDate() {
    return FIRST.plusDays(random.nextInt(SPAN));
  }

  /** The rule of product.md, read straight from the CSV facts, one day at a time. */
  private static Function<LocalDate, Boolean> naiveRule() {
    Map<LocalDate, DayKind> listed = ShippedHolidays.days().stream()
        .collect(Collectors.toMap(DayEntry::date, DayEntry::kind));
    return date -> {
      DayKind kind = listed.get(date);
      boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
      return kind == DayKind.WORK || (kind == null && !weekend);
    };
  }

  private static LocalDate naiveAdd(Function<LocalDate, Boolean> working, LocalDate date, int days) {
    LocalDate d = date;
    if (days == 0) {
      while (!working.apply(d)) {
        d = d.plusDays(1);
      }
      return d;
    }
    for (int left = days; left > 0; ) {
      d = d.plusDays(1);
      if (working.apply(d)) {
        left--;
      }
    }
    return d;
  }
}
