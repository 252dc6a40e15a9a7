package org.servicewindow.dashboard.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.servicewindow.casework.ApplicationAccepted;
import org.servicewindow.casework.ApplicationCompleted;
import org.servicewindow.casework.ApplicationOverdue;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.dashboard.internal.Tally.DayCol;
import org.servicewindow.dashboard.internal.Tally.DayKey;
import org.servicewindow.dashboard.internal.Tally.HourCol;
import org.servicewindow.dashboard.internal.Tally.HourKey;
import org.servicewindow.feedback.ComplaintAssigned;
import org.servicewindow.feedback.ComplaintClosed;
import org.servicewindow.feedback.ComplaintReceived;
import org.servicewindow.feedback.EvaluationAppealUpheld;
import org.servicewindow.feedback.EvaluationSubmitted;
import org.servicewindow.queue.QueueStatistics;
import org.servicewindow.queue.TicketCalled;
import org.servicewindow.queue.TicketClosedUnserved;
import org.servicewindow.queue.TicketCompleted;
import org.servicewindow.queue.TicketIssued;
import org.servicewindow.queue.TicketServiceStarted;
import org.servicewindow.queue.TicketStatus;

/**
 * What each event adds to the rollups. The definitions follow the queue's statistics: a ticket is counted
 * as issued on its issue day (tickets created by a transfer are not new visits), its wait (issue to first
 * call) on the day it is called, at the window that called it, its service (start to completion) on the day
 * it is completed; no-shows on the day they are marked. Ratings on the day they are given, applications on
 * the day they are completed, or — when overdue — on their promised date. Whether an event was applied
 * before is decided by the caller (processed-event keys), not here.
 */
final class RollupRules {

  /** What the dashboard remembers of a ticket between its events. */
  interface Tickets {
    /** The ticket's issue time, null when its issue is unknown (a transfer, or before the dashboard existed). */
    Instant issuedAt(UUID ticket);

    Instant startedAt(UUID ticket);

    /** The ticket's first call as remembered, null when none was applied yet. */
    Call call(UUID ticket);

    void issued(UUID ticket, String hall, String service, Instant at);

    void called(UUID ticket, String hall, Call call);

    void started(UUID ticket, String hall, Instant at);

    /** Done when the ticket will not come back (completed, cancelled, transferred). */
    void forget(UUID ticket);
  }

  /** A first call: when, where (unit, window), by whom, for which service. */
  record Call(Instant at, String unit, String window, String staff, String service) {}

  /** The unit a window or hall belongs to. */
  interface Units {
    String ofWindow(String window);

    String ofHall(String hall);

    default String of(String window, String hall) {
      String unit = window == null ? null : ofWindow(window);
      return unit != null ? unit : hall == null ? null : ofHall(hall);
    }
  }

  private RollupRules() {}

  static void issued(TicketIssued e, Tally t, Tickets tickets, Units units) {
    Call early = tickets.call(e.ticketId());
    tickets.issued(e.ticketId(), e.hallCode(), e.serviceCode(), e.issuedAt());
    String unit = units.ofHall(e.hallCode());
    t.add(new DayKey(ChinaTime.toOffset(e.issuedAt()).toLocalDate(), unit, e.hallCode(), null, e.serviceCode(), null),
        DayCol.ISSUED, 1);
    t.add(HourKey.of(e.issuedAt(), unit, e.hallCode()), HourCol.ISSUED, 1);
    if (early != null) {
      // the first call was applied before the issue (events arrive on several threads): its wait is added now
      waited(t, e.issuedAt(), early, e.hallCode());
    }
  }

  /** The first call of a ticket (recalls are not new calls). */
  static void called(TicketCalled e, Tally t, Tickets tickets, Units units) {
    Instant issued = tickets.issuedAt(e.ticketId());
    String unit = units.of(e.windowCode(), e.hallCode());
    Call call = new Call(e.calledAt(), unit, e.windowCode(), e.staffUsername(), e.serviceCode());
    tickets.called(e.ticketId(), e.hallCode(), call);
    t.add(HourKey.of(e.calledAt(), unit, e.hallCode()), HourCol.CALLED, 1);
    if (issued != null) {
      waited(t, issued, call, e.hallCode());
    }
  }

  /** A wait from issue to first call, on the call's day and hour at the calling window and staff. */
  private static void waited(Tally t, Instant issued, Call call, String hall) {
    long seconds = Math.max(0, Duration.between(issued, call.at()).toSeconds());
    DayKey day = new DayKey(ChinaTime.toOffset(call.at()).toLocalDate(), call.unit(), hall, call.window(),
        call.service(), call.staff());
    HourKey hour = HourKey.of(call.at(), call.unit(), hall);
    t.add(day, DayCol.WAIT_COUNT, 1);
    t.add(day, DayCol.WAIT_SECONDS, seconds);
    t.add(day, DayCol.waitBucket(waitBucket(seconds)), 1);
    t.add(hour, HourCol.WAIT_COUNT, 1);
    t.add(hour, HourCol.WAIT_SECONDS, seconds);
  }

  static void started(TicketServiceStarted e, Tickets tickets) {
    tickets.started(e.ticketId(), e.hallCode(), e.startedAt());
  }

  /**
   * A completion. A ticket completed straight from its call counts as started when called, as the queue
   * records it; so does one whose start event has not been applied yet (events arrive on several threads).
   */
  static void completed(TicketCompleted e, Tally t, Tickets tickets, Units units) {
    Instant started = tickets.startedAt(e.ticketId());
    if (started == null) {
      Call call = tickets.call(e.ticketId());
      started = call == null ? null : call.at();
    }
    tickets.forget(e.ticketId());
    String unit = units.of(e.windowCode(), e.hallCode());
    DayKey day = new DayKey(ChinaTime.toOffset(e.completedAt()).toLocalDate(), unit, e.hallCode(), e.windowCode(),
        e.serviceCode(), e.staffUsername());
    t.add(day, DayCol.SERVED, 1);
    t.add(HourKey.of(e.completedAt(), unit, e.hallCode()), HourCol.SERVED, 1);
    if (started != null) {
      t.add(day, DayCol.SERVICE_COUNT, 1);
      t.add(day, DayCol.SERVICE_SECONDS, Math.max(0, Duration.between(started, e.completedAt()).toSeconds()));
    }
  }

  static void closedUnserved(TicketClosedUnserved e, Tally t, Tickets tickets, Units units) {
    if (e.status() != TicketStatus.NO_SHOW) {
      tickets.forget(e.ticketId());
      return;
    }
    String unit = units.ofHall(e.hallCode());
    t.add(new DayKey(ChinaTime.toOffset(e.at()).toLocalDate(), unit, e.hallCode(), null, e.serviceCode(), null),
        DayCol.NO_SHOW, 1);
    t.add(HourKey.of(e.at(), unit, e.hallCode()), HourCol.NO_SHOW, 1);
  }

  static void evaluated(EvaluationSubmitted e, Tally t, Units units) {
    String unit = e.unitCode() != null ? e.unitCode() : units.of(e.windowCode(), e.hallCode());
    t.add(new DayKey(ChinaTime.toOffset(e.ratedAt()).toLocalDate(), unit, e.hallCode(), e.windowCode(),
        e.serviceCode(), e.staffUsername()), DayCol.evaluation(e.level()), 1);
    HourKey hour = HourKey.of(e.ratedAt(), unit, e.hallCode());
    t.add(hour, HourCol.EVAL_TOTAL, 1);
    t.add(hour, HourCol.EVAL_NEGATIVE, e.level() <= 2 ? 1 : 0);
  }

  /** An upheld appeal takes its rating back out of the day, hour and row it was counted in. */
  static void appealUpheld(EvaluationAppealUpheld e, Tally t, Units units) {
    String unit = e.unitCode() != null ? e.unitCode() : units.of(e.windowCode(), e.hallCode());
    t.add(new DayKey(ChinaTime.toOffset(e.ratedAt()).toLocalDate(), unit, e.hallCode(), e.windowCode(),
        e.serviceCode(), e.staffUsername()), DayCol.evaluation(e.level()), -1);
    HourKey hour = HourKey.of(e.ratedAt(), unit, e.hallCode());
    t.add(hour, HourCol.EVAL_TOTAL, -1);
    t.add(hour, HourCol.EVAL_NEGATIVE, e.level() <= 2 ? -1 : 0);
  }

  /**
   * A complaint on the day it was received, under where it counts (the handler as staff, no service); it
   * stays open there until closed. A complaint from the inbox counts under '-' until it is assigned.
   */
  static void complaintReceived(ComplaintReceived e, Tally t) {
    complaint(t, e.receivedAt(), e.unitCode(), e.hallCode(), e.windowCode(), e.handlerUsername(), 1, 1);
  }

  /** An assignment moves a complaint from the inbox ('-') to its unit, on the day it was received. */
  static void complaintAssigned(ComplaintAssigned e, Tally t) {
    complaint(t, e.receivedAt(), null, null, null, null, -1, -1);
    complaint(t, e.receivedAt(), e.unitCode(), e.hallCode(), e.windowCode(), e.handlerUsername(), 1, 1);
  }

  static void complaintClosed(ComplaintClosed e, Tally t) {
    complaint(t, e.receivedAt(), e.unitCode(), e.hallCode(), e.windowCode(), e.handlerUsername(), 0, -1);
  }

  static void complaint(Tally t, Instant receivedAt, String unit, String hall, String window, String handler,
      long received, long open) {
    DayKey day = new DayKey(ChinaTime.toOffset(receivedAt).toLocalDate(), unit, hall, window, null, handler);
    t.add(day, DayCol.COMPLAINTS_RECEIVED, received);
    t.add(day, DayCol.COMPLAINTS_OPEN, open);
  }

  /** An acceptance on its acceptance date. */
  static void applicationAccepted(ApplicationAccepted e, Tally t) {
    if (e.acceptedOn() == null) {
      return;
    }
    t.add(new DayKey(e.acceptedOn(), e.unitCode(), e.hallCode(), e.windowCode(), e.serviceCode(),
        e.handlerUsername()), DayCol.APPS_ACCEPTED, 1);
  }

  static void applicationCompleted(ApplicationCompleted e, Tally t) {
    DayKey day = new DayKey(ChinaTime.toOffset(e.completedAt()).toLocalDate(), e.unitCode(), e.hallCode(),
        e.windowCode(), e.serviceCode(), e.handlerUsername());
    t.add(day, DayCol.APPS_COMPLETED, 1);
    t.add(day, DayCol.APPS_ON_TIME, e.onTime() ? 1 : 0);
  }

  static void applicationOverdue(ApplicationOverdue e, Tally t) {
    t.add(new DayKey(e.promisedDueDate(), e.unitCode(), e.hallCode(), e.windowCode(), e.serviceCode(),
        e.handlerUsername()), DayCol.APPS_OVERDUE, 1);
  }

  /** The bucket of {@link QueueStatistics#WAIT_BUCKETS} a wait falls in (the last one is open). */
  static int waitBucket(long seconds) {
    double minutes = seconds / 60.0;
    int[] bounds = QueueStatistics.WAIT_BUCKETS;
    int i = 0;
    while (i < bounds.length && minutes >= bounds[i]) {
      i++;
    }
    return i;
  }
}
