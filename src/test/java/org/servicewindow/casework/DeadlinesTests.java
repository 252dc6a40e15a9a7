package org.servicewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicewindow.casework.internal.Deadlines;
import org.servicewindow.casework.internal.Deadlines.Pause;

/** The time limits of the Administrative Licensing Law in working days, on fixed dates across the 2026 holidays. */
class DeadlinesTests {

  final Deadlines deadlines = new Deadlines(new PinnedCalendar());

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void acrossNationalDayTheGoldenWeekDoesNotCountAndTheAdjustedSaturdayDoes() {
    // accepted Monday 28 Sep: 29, 30 Sep, then 1–7 Oct off, 8, 9 Oct and Saturday 10 Oct (调休上班)
    var due = deadlines.due(d("2026-09-28"), 5, 20, 0, List.of(), d("2026-09-28"));
    assertThat(due.promised()).isEqualTo(d("2026-10-10"));
    assertThat(due.legal()).isEqualTo(d("2026-10-30"));
    assertThat(due.provisional()).isFalse();
  }

  @Test
  void anAdjustedSundayBeforeNationalDayIsAWorkingDay() {
    assertThat(deadlines.due(d("2026-09-18"), 1, 1, 0, List.of(), d("2026-09-18")).promised())
        .isEqualTo(d("2026-09-20"));
  }

  @Test
  void acrossTheSpringFestival() {
    // Thu 12 Feb: Fri 13, Sat 14 (worked), 15–23 off, Tue 24, Wed 25, Thu 26
    assertThat(deadlines.due(d("2026-02-12"), 5, 5, 0, List.of(), d("2026-02-12")).promised())
        .isEqualTo(d("2026-02-26"));
  }

  @Test
  void aPauseStopsTheClockFromItsFirstDayUntilTheDayBeforeItEnds() {
    var plain = deadlines.due(d("2026-11-02"), 5, 20, 0, List.of(), d("2026-11-02"));
    assertThat(plain.promised()).isEqualTo(d("2026-11-09"));
    // paused Wed 4 Nov, resumed Fri 6 Nov: the 4th and 5th do not count
    var paused = deadlines.due(d("2026-11-02"), 5, 20, 0, List.of(new Pause(d("2026-11-04"), d("2026-11-06"))),
        d("2026-11-06"));
    assertThat(paused.promised()).isEqualTo(d("2026-11-11"));
    // still paused on Thu 5 Nov: the dates stand as if it ended the next day
    var running = deadlines.due(d("2026-11-02"), 5, 20, 0, List.of(new Pause(d("2026-11-04"), null)), d("2026-11-05"));
    assertThat(running.promised()).isEqualTo(d("2026-11-11"));
    // a pause resumed the day it began costs nothing
    assertThat(deadlines.due(d("2026-11-02"), 5, 20, 0, List.of(new Pause(d("2026-11-04"), d("2026-11-04"))),
        d("2026-11-04")).promised()).isEqualTo(d("2026-11-09"));
  }

  @Test
  void anApprovedExtensionAddsItsWorkingDaysToBothDates() {
    var due = deadlines.due(d("2026-09-28"), 5, 20, 10, List.of(), d("2026-09-28"));
    assertThat(due.legal()).isEqualTo(d("2026-11-13"));
    assertThat(due.promised()).isEqualTo(d("2026-10-23"));
  }

  @Test
  void aDueDateInAYearWithoutAPublishedArrangementIsProvisionalUntilItIsPublished() {
    var due = deadlines.due(d("2026-12-21"), 5, 20, 0, List.of(), d("2026-12-21"));
    assertThat(due.promised()).isEqualTo(d("2026-12-28"));
    assertThat(due.legal().getYear()).isEqualTo(2027);
    assertThat(due.provisional()).isTrue();
    assertThat(new Deadlines(new PinnedCalendar().publish(2027)).due(d("2026-12-21"), 5, 20, 0, List.of(), d("2026-12-21"))
        .provisional()).isFalse();
  }

  @Test
  void theNoticePeriodCountsWorkingDaysAfterReceiptWarnsOnDay4AndAcceptsOnDay6() {
    LocalDate received = d("2026-09-28");
    assertThat(deadlines.noticeDay(received, received)).isZero();
    assertThat(deadlines.noticeDay(received, d("2026-10-08"))).isEqualTo(3);
    assertThat(deadlines.noticeDay(received, d("2026-10-09"))).isEqualTo(Deadlines.NOTICE_WARNING_DAY);
    assertThat(deadlines.noticeDay(received, d("2026-10-10"))).isEqualTo(5);
    assertThat(deadlines.noticeDay(received, d("2026-10-11"))).isEqualTo(5);
    assertThat(deadlines.noticeDay(received, d("2026-10-12"))).isEqualTo(Deadlines.AUTO_ACCEPT_DAY);
  }

  @Test
  void daysLeftAreWorkingDaysAndTurnNegativeOncePast() {
    assertThat(deadlines.daysLeft(d("2026-09-30"), d("2026-10-09"))).isEqualTo(2);
    assertThat(deadlines.daysLeft(d("2026-10-09"), d("2026-10-09"))).isZero();
    assertThat(deadlines.daysLeft(d("2026-10-12"), d("2026-10-09"))).isEqualTo(-2);
  }
}
