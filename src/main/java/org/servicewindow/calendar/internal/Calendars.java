package org.servicewindow.calendar.internal;

import java.time.Duration;
import org.servicewindow.calendar.HolidayArrangementPublished;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this node's precomputed {@link WorkingCalendar} in step with the stored arrangements. A save on
 * this node drops it at commit; a save on another node is noticed by comparing the stored revision, at
 * most every {@link #RECHECK} — one tiny query, so the arithmetic itself never waits for the database.
 */
@Component
public class Calendars {

  static final Duration RECHECK = Duration.ofSeconds(2);

  private record Snapshot(long revision, WorkingCalendar calendar, long checkedAt) {}

  private final HolidayArrangements arrangements;
  private volatile Snapshot snapshot;

  Calendars(HolidayArrangements arrangements) {
    this.arrangements = arrangements;
  }

  /** The calendar of the arrangements published now. */
  public WorkingCalendar current() {
    Snapshot s = snapshot;
    if (s != null && System.nanoTime() - s.checkedAt() < RECHECK.toNanos()) {
      return s.calendar();
    }
    return refresh();
  }

  private synchronized WorkingCalendar refresh() {
    Snapshot s = snapshot;
    long now = System.nanoTime();
    if (s != null && now - s.checkedAt() < RECHECK.toNanos()) {
      return s.calendar();
    }
    long revision = arrangements.revision(); // read before the data: a save in between only reloads once more
    WorkingCalendar calendar = s != null && s.revision() == revision
        ? s.calendar()
        : WorkingCalendar.of(arrangements.publishedYears(), arrangements.allDays());
    snapshot = new Snapshot(revision, calendar, now);
    return calendar;
  }

  /**
   * Runs at commit, before the other modules' listeners (which run asynchronously after it), so that
   * they recompute with the new arrangement.
   */
  @TransactionalEventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void on(HolidayArrangementPublished event) {
    synchronized (this) {
      snapshot = null;
    }
  }
}
