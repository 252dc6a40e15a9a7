package org.servicewindow.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.servicewindow.assessment.Indicator;
import org.servicewindow.assessment.PeriodKind;
import org.servicewindow.casework.CompletedApplications;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.feedback.FeedbackRecords;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.queue.DeskAttendance;
import org.servicewindow.queue.QueueHistory;
import org.servicewindow.supervision.SupervisionFigures;
import org.servicewindow.training.TrainingApi;
import org.springframework.stereotype.Component;

/**
 * Reads the records behind the indicators from the other modules' published APIs only (feedback, casework,
 * queue, supervision, training) and turns them into {@link Fact}s. Attendance (空岗) comes from queue's
 * {@link DeskAttendance}: every stretch of at least {@code sw.queue.desk.unmanned-minutes} (15, the same threshold as
 * supervision's finding) with an open window unmanned during opening hours is one record, attributed to the window,
 * its hall and unit, and to the staff member the window is assigned to (the person expected at the desk).
 */
@Component
class FactSources {

  private static final BigDecimal ONE = BigDecimal.ONE;
  private static final BigDecimal ZERO = BigDecimal.ZERO;

  private final FeedbackRecords feedback;
  private final CompletedApplications casework;
  private final QueueHistory queue;
  private final SupervisionFigures supervision;
  private final TrainingApi training;
  private final DeskAttendance attendance;

  FactSources(FeedbackRecords feedback, CompletedApplications casework, QueueHistory queue,
      SupervisionFigures supervision, TrainingApi training, DeskAttendance attendance) {
    this.attendance = attendance;
    this.feedback = feedback;
    this.casework = casework;
    this.queue = queue;
    this.supervision = supervision;
    this.training = training;
  }

  /** Every fact of a period, as of {@code today} (a rectification still open is late once its deadline passed). */
  void collect(Period period, LocalDate today, Directory dir, Consumer<Fact> out) {
    LocalDate from = period.from();
    LocalDate to = period.to();
    feedback.ratings(from, to, r -> out.accept(new Fact(Indicator.SATISFACTION, "EVALUATION", r.id().toString(),
        String.valueOf(r.level()), r.level() >= 3 ? ONE : ZERO, r.ratedAt(), dir.unitOf(r.unitCode(), r.hallCode(),
        r.windowCode()), r.hallCode(), r.windowCode(), r.staffUsername())));
    feedback.verified(from, to, e -> out.accept(new Fact(
        "COMPLAINT".equals(e.source()) ? Indicator.COMPLAINT : Indicator.NEGATIVE, "LEDGER", e.id().toString(),
        e.number(), ONE, e.openedAt(), dir.unitOf(e.unitCode(), e.hallCode(), e.windowCode()), e.hallCode(),
        e.windowCode(), e.handlerUsername())));
    casework.completed(from, to, a -> out.accept(new Fact(Indicator.CASES_ON_TIME, "APPLICATION", a.id().toString(),
        a.number(), a.onTime() ? ONE : ZERO, a.completedOn().atStartOfDay(ChinaTime.ZONE)
        .toInstant(), a.unitCode(), a.hallCode(), a.windowCode(), a.handlerUsername())));
    queue.served(null, from, to, t -> {
      if (t.calledAt() == null || t.issuedAt() == null) {
        return;
      }
      BigDecimal minutes = BigDecimal.valueOf(Duration.between(t.issuedAt(), t.calledAt()).getSeconds())
          .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
      out.accept(new Fact(Indicator.WAITING, "TICKET", t.ticketId().toString(), t.displayNumber(), minutes,
          t.calledAt(), dir.unitOf(null, t.hallCode(), t.windowCode()), t.hallCode(), t.windowCode(),
          t.staffUsername()));
    });
    supervision.inspections(from, to, i -> {
      StaffSummary s = i.staffId() == null ? null : dir.staffById.get(i.staffId());
      out.accept(new Fact(Indicator.INSPECTION, "INSPECTION", i.id().toString(), i.score() + "/" + i.maxScore(),
          BigDecimal.valueOf(i.percent()), i.visitedAt(), i.unitCode(), i.hallCode(), i.windowCode(),
          s == null ? null : s.username()));
    });
    supervision.rectifications(from, to, r -> {
      if (r.lateOn(today)) {
        out.accept(new Fact(Indicator.RECTIFICATION_LATE, "RECTIFICATION", r.id().toString(), r.itemCode(), ONE,
            r.deadline().atStartOfDay(ChinaTime.ZONE).toInstant(), r.unitCode(),
            r.hallCode(), r.windowCode(), null));
      }
    });
    unmanned(from, to, dir, out);
    if (period.kind() == PeriodKind.YEAR) {
      List<StaffSummary> staff = new ArrayList<>(dir.staffById.values());
      for (StaffSummary s : staff) {
        if (s.username() == null) {
          continue;
        }
        int titles = training.indicatorsOfStaff(s.id(), period.from().getYear()).titles();
        for (int n = 1; n <= titles; n++) {
          out.accept(new Fact(Indicator.AWARDS, "TITLE", s.id() + ":" + period.from().getYear() + ":" + n,
              String.valueOf(period.from().getYear()), ONE, null, s.unitCode(), s.hallCode(),
              s.windowCodes().isEmpty() ? null : s.windowCodes().get(0), s.username()));
        }
      }
    }
  }

  /** The 空岗 stretches of every hall in [from, to] (days inclusive), one fact each, deducted per stretch. */
  private void unmanned(LocalDate from, LocalDate to, Directory dir, Consumer<Fact> out) {
    Map<String, String> assigned = new HashMap<>();
    for (StaffSummary s : dir.staffById.values()) {
      if (s.active() && s.username() != null) {
        s.windowCodes().forEach(w -> assigned.putIfAbsent(w, s.username()));
      }
    }
    Instant start = from.atStartOfDay(ChinaTime.ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
    for (String hall : new TreeSet<>(dir.halls.keySet())) {
      for (DeskAttendance.Interval gap : attendance.unmanned(hall, start, end)) {
        out.accept(new Fact(Indicator.UNMANNED, "UNMANNED", gap.windowCode() + "@" + gap.from().getEpochSecond(),
            gap.label(), BigDecimal.valueOf(gap.minutes()), gap.from(), dir.unitOf(null, hall, gap.windowCode()), hall,
            gap.windowCode(), assigned.get(gap.windowCode())));
      }
    }
  }
}
