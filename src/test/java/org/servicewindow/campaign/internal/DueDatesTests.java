package org.servicewindow.campaign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.servicewindow.campaign.internal.DueDates.Due;
import org.servicewindow.campaign.internal.DueDates.Shift;

/** Monthly progress reports: the 25th of each month of the action phase, moved off days off as configured. */
class DueDatesTests {

  /** 2020 as the holiday table has it around the seed's campaign: 端午 25–27 June, 28 June worked (调休). */
  static final Set<LocalDate> OFF = Set.of(LocalDate.of(2020, 6, 25), LocalDate.of(2020, 6, 26), LocalDate.of(2020, 6, 27));
  static final Set<LocalDate> WORKED = Set.of(LocalDate.of(2020, 6, 28));
  static final Predicate<LocalDate> WORKING = d -> WORKED.contains(d)
      || !OFF.contains(d) && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;

  @Test
  void oneReportForEveryMonthTheActionPhaseTouchesDueOnThe25thOrTheWorkingDayBefore() {
    DueDates dues = new DueDates(WORKING, year -> true, 25, Shift.PREVIOUS_WORKING_DAY);

    List<Due> reports = dues.progressReports(LocalDate.of(2020, 7, 1), LocalDate.of(2020, 9, 15));

    assertThat(reports).containsExactly(
        new Due("2020-07", LocalDate.of(2020, 7, 24), false), // the 25th is a Saturday
        new Due("2020-08", LocalDate.of(2020, 8, 25), false),
        new Due("2020-09", LocalDate.of(2020, 9, 25), false));
  }

  @Test
  void aHolidayOnThe25thMovesTheDueDateBeforeTheHoliday() {
    DueDates dues = new DueDates(WORKING, year -> true, 25, Shift.PREVIOUS_WORKING_DAY);

    assertThat(dues.adjust(LocalDate.of(2020, 6, 25)).date()).isEqualTo(LocalDate.of(2020, 6, 24));
  }

  @Test
  void theShiftIsConfigurable() {
    assertThat(new DueDates(WORKING, year -> true, 25, Shift.NEXT_WORKING_DAY).adjust(LocalDate.of(2020, 6, 25)).date())
        .isEqualTo(LocalDate.of(2020, 6, 28)); // the worked Sunday
    assertThat(new DueDates(WORKING, year -> true, 25, Shift.NONE).adjust(LocalDate.of(2020, 7, 25)).date())
        .isEqualTo(LocalDate.of(2020, 7, 25));
    assertThat(new DueDates(WORKING, year -> true, 20, Shift.PREVIOUS_WORKING_DAY)
        .progressReports(LocalDate.of(2020, 7, 1), LocalDate.of(2020, 7, 31)).get(0).date())
        .isEqualTo(LocalDate.of(2020, 7, 20));
  }

  @Test
  void aDueDateInAYearWithoutPublishedArrangementIsProvisional() {
    DueDates dues = new DueDates(WORKING, year -> year <= 2026, 25, Shift.PREVIOUS_WORKING_DAY);

    assertThat(dues.adjust(LocalDate.of(2027, 3, 25)).provisional()).isTrue();
    assertThat(dues.adjust(LocalDate.of(2026, 3, 25)).provisional()).isFalse();
  }

  @Test
  void aDayOfMonthThatSomeMonthsLackIsRefused() {
    assertThatThrownBy(() -> new DueDates(WORKING, y -> true, 31, Shift.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void attachmentsAreJudgedByTheirBytes() {
    assertThat(Attachments.contentType("%PDF-1.4 x".getBytes(), "plan.pdf")).isEqualTo("application/pdf");
    assertThat(Attachments.contentType("<html><script>".getBytes(), "plan.pdf")).isNull();
    assertThat(Attachments.contentType(new byte[] {'P', 'K', 3, 4, 0}, "plan.docx")).contains("wordprocessingml");
    assertThat(Attachments.cleanName("..\\..\\etc/pass\"wd.pdf")).isEqualTo("passwd.pdf");
  }
}
