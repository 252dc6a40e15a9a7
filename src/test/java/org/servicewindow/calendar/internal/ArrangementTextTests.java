package org.servicewindow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading and checking a year's arrangement as an administrator types it from the notice. */
class ArrangementTextTests {

  /** Sample input in the documented format — not official data. */
  static final String SAMPLE_2027 = """
      # sample, not official
      元旦 2027-01-01 off
      国庆节 2027-10-01..2027-10-07 off
      国庆节 2027-10-09 work
      """;

  @Test
  void readsRangesSingleDaysAndChineseKinds() {
    var parsed = ArrangementText.parse(2027, SAMPLE_2027 + "劳动节 2027-05-03~2027-05-04 休\n劳动节 2027-04-25 班\n");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.days()).hasSize(1 + 7 + 1 + 2 + 1);
    assertThat(parsed.days().get(0)).isEqualTo(new DayEntry(LocalDate.of(2027, 1, 1), "元旦", DayKind.OFF));
    assertThat(parsed.days()).contains(new DayEntry(LocalDate.of(2027, 10, 9), "国庆节", DayKind.WORK),
        new DayEntry(LocalDate.of(2027, 4, 25), "劳动节", DayKind.WORK));
  }

  @Test
  void readsTheCsvOfTheShippedTableToo() {
    var parsed = ArrangementText.parse(2027, """
        date,name,kind
        2027-10-01,国庆节,off
        2027-10-09 , 国庆节 , work
        """);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.days()).extracting(DayEntry::kind).containsExactly(DayKind.OFF, DayKind.WORK);
  }

  @Test
  void formatsDaysAsTextThatReadsBackTheSame() {
    var days = ArrangementText.parse(2027, SAMPLE_2027).days();
    String text = ArrangementText.format(days);
    assertThat(text).isEqualTo("""
        元旦 2027-01-01 off
        国庆节 2027-10-01..2027-10-07 off
        国庆节 2027-10-09 work
        """);
    assertThat(ArrangementText.parse(2027, text).days()).isEqualTo(days);
  }

  @Test
  void reportsEachProblemWithItsLine() {
    var parsed = ArrangementText.parse(2027, """
        元旦 2027-02-30 off
        国庆节 2027-10-01..2027-10-07 holiday
        国庆节 2027-10-07..2027-10-01 off
        国庆节
        国庆节 2028-10-01 off
        清明节 2027-04-03 off
        国庆节 2027-10-01..2027-10-03 off
        国庆节 2027-10-03 off
        国庆节 2027-10-08 work
        劳动节 2027-05-08 work
        """);
    assertThat(parsed.valid()).isFalse();
    assertThat(parsed.problems()).extracting(ArrangementText.Problem::line, ArrangementText.Problem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "calendar.text.badDate"),
            org.assertj.core.groups.Tuple.tuple(2, "calendar.text.badKind"),
            org.assertj.core.groups.Tuple.tuple(3, "calendar.text.badRange"),
            org.assertj.core.groups.Tuple.tuple(4, "calendar.text.syntax"),
            org.assertj.core.groups.Tuple.tuple(5, "calendar.text.wrongYear"),
            org.assertj.core.groups.Tuple.tuple(6, "calendar.text.weekendOffAlone"),
            org.assertj.core.groups.Tuple.tuple(8, "calendar.text.duplicate"),
            org.assertj.core.groups.Tuple.tuple(9, "calendar.text.workOnWeekday"),
            org.assertj.core.groups.Tuple.tuple(10, "calendar.text.workWithoutHoliday"));
    assertThat(parsed.problems().get(6).args()).containsExactly(8, LocalDate.of(2027, 10, 3), 7);
  }

  @Test
  void aWeekendDayOffIsRightInsideAHolidayThatTakesWeekdaysOff() {
    assertThat(ArrangementText.parse(2027, "国庆节 2027-10-01..2027-10-03 off").problems()).isEmpty();
    assertThat(ArrangementText.parse(2027, "国庆节 2027-10-02..2027-10-03 off").problems())
        .extracting(ArrangementText.Problem::key).containsExactly("calendar.text.weekendOffAlone");
  }

  @Test
  void theLastWeekOfDecemberBeforeBelongsToTheYearAndTheLastWeekOfTheYearDoesNot() {
    assertThat(ArrangementText.parse(2027, "元旦 2026-12-31..2027-01-01 off").problems()).isEmpty();
    assertThat(ArrangementText.parse(2027, "元旦 2027-12-31 off").problems())
        .extracting(ArrangementText.Problem::key).containsExactly("calendar.text.wrongYear");
    assertThat(ArrangementText.parse(2027, "元旦 2026-12-24 off").problems())
        .extracting(ArrangementText.Problem::key).containsExactly("calendar.text.wrongYear");
  }

  @Test
  void anEmptyTextIsAProblem() {
    assertThat(ArrangementText.parse(2027, "# only a comment\n\n").problems())
        .extracting(ArrangementText.Problem::key).containsExactly("calendar.text.empty");
    assertThat(ArrangementText.parse(2027, null).valid()).isFalse();
  }

  @Test
  void everyShippedYearPassesTheChecksSaveThe2020MondayNamedAsFirstWorkingDay() {
    Map<Integer, List<DayEntry>> byYear = ShippedHolidays.days().stream()
        .collect(Collectors.groupingBy(DayEntry::arrangementYear));
    assertThat(byYear.keySet()).containsExactlyInAnyOrderElementsOf(ShippedHolidays.years());
    byYear.forEach((year, days) -> {
      var parsed = ArrangementText.parse(year, ArrangementText.format(days));
      if (year == 2020) {
        // the extension notice named Monday 3 February as the first working day; an entry typed so is refused
        assertThat(parsed.problems()).extracting(ArrangementText.Problem::key)
            .containsExactly("calendar.text.workOnWeekday");
      } else {
        assertThat(parsed.problems()).as("problems of %d", year).isEmpty();
        assertThat(parsed.days()).isEqualTo(days);
      }
    });
  }
}
