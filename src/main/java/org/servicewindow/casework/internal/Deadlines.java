package org.servicewindow.casework.internal;

import java.time.LocalDate;
import java.util.List;
import org.servicewindow.calendar.WorkingDate;
import org.servicewindow.calendar.WorkingDayCount;

/**
 * The deadline rules of the Administrative Licensing Law, in working days (第82条): the limit runs from the
 * day after acceptance; pauses for hearing, inspection, testing or expert review do not count (第45条); an
 * approved extension adds its days (第42条); the one-time notice is due within 5 working days of receipt,
 * failing which the application counts as accepted on receipt (第32条) — the staff are warned on day 4 and
 * the acceptance is recorded on day 6.
 */
public final class Deadlines {

  /** The working day of the notice period on which staff are warned. */
  public static final int NOTICE_WARNING_DAY = 4;
  /** The working day on which an application nobody notified counts as accepted. */
  public static final int AUTO_ACCEPT_DAY = 6;

  /** A clock stop: the days from {@code startedOn} up to the day before {@code endedOn} do not count. */
  public record Pause(LocalDate startedOn, LocalDate endedOn) {}

  /** Both due dates; provisional when a counted day lies in a year whose holidays are not published. */
  public record Due(LocalDate promised, LocalDate legal, boolean provisional) {}

  private final WorkingDayArithmetic calendar;

  public Deadlines(WorkingDayArithmetic calendar) {
    this.calendar = calendar;
  }

  /**
   * The due dates of an accepted application as of {@code today}. Each pause that began on or before the
   * date then due moves it on by the working days it stopped the clock; a pause that began after it
   * cannot revive a limit that had already run out. A pause still running counts as if it ended
   * tomorrow, so the dates move on while the clock stands still.
   */
  public Due due(LocalDate acceptedOn, int promisedDays, int legalDays, int extensionDays, List<Pause> pauses,
      LocalDate today) {
    List<Pause> ordered = pauses.stream().sorted(java.util.Comparator.comparing(Pause::startedOn)).toList();
    WorkingDate promised = shifted(acceptedOn, promisedDays + extensionDays, ordered, today);
    WorkingDate legal = shifted(acceptedOn, legalDays + extensionDays, ordered, today);
    return new Due(promised.date(), legal.date(), promised.provisional() || legal.provisional());
  }

  private WorkingDate shifted(LocalDate acceptedOn, int days, List<Pause> pauses, LocalDate today) {
    WorkingDate due = calendar.add(acceptedOn, days);
    boolean provisional = due.provisional();
    for (Pause p : pauses) {
      if (p.startedOn().isAfter(due.date())) {
        break;
      }
      LocalDate lastPaused = p.endedOn() == null ? today : p.endedOn().minusDays(1);
      WorkingDayCount stopped = calendar.count(p.startedOn().minusDays(1), lastPaused);
      provisional |= stopped.provisional();
      if (stopped.days() > 0) {
        due = calendar.add(due.date(), stopped.days());
        provisional |= due.provisional();
      }
    }
    return new WorkingDate(due.date(), provisional);
  }

  /** Which working day of the notice period {@code today} is (0 on the day of receipt). */
  public int noticeDay(LocalDate receivedOn, LocalDate today) {
    return calendar.count(receivedOn, today).days();
  }

  /** Working days left until {@code due} (0 on the day itself, negative once past). */
  public int daysLeft(LocalDate today, LocalDate due) {
    if (!today.isAfter(due)) {
      return calendar.count(today, due).days();
    }
    return -calendar.count(due, today).days();
  }
}
