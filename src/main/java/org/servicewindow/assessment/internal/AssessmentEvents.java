package org.servicewindow.assessment.internal;

import java.time.Clock;
import org.servicewindow.casework.ApplicationCompleted;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.feedback.EvaluationSubmitted;
import org.servicewindow.queue.TicketCompleted;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps scores current: a new rating, a completed application or a served ticket marks its month, quarter
 * and year dirty; the job scores dirty periods every few minutes (each period claimed by one node with a
 * compare-and-set on its dirty mark — the project has no ShedLock), and at night marks every open period
 * dirty for the sources that publish no events (ledger verdicts, appeals, inspections, rectifications).
 *
 * <p>The marks are made synchronously, in the publisher's transaction: a mark is an update that finds nothing to
 * change on all but the first event after a scoring run, far cheaper than an asynchronous listener's publication
 * row, transaction and completion write on every served ticket; and it commits or rolls back with its cause.
 */
@Component
class AssessmentEvents {

  private final AssessmentRuns runs;
  private final AssessmentStore store;
  private final Clock clock;
  private final boolean enabled;

  AssessmentEvents(AssessmentRuns runs, AssessmentStore store, Clock clock,
      @Value("${sw.assessment.jobs-enabled:true}") boolean enabled) {
    this.runs = runs;
    this.store = store;
    this.clock = clock;
    this.enabled = enabled;
  }

  @EventListener
  void on(EvaluationSubmitted e) {
    runs.touched(e.ratedAt().atZone(ChinaTime.ZONE).toLocalDate());
  }

  @EventListener
  void on(ApplicationCompleted e) {
    runs.touched(e.completedAt().atZone(ChinaTime.ZONE).toLocalDate());
  }

  @EventListener
  void on(TicketCompleted e) {
    runs.touched(e.completedAt().atZone(ChinaTime.ZONE).toLocalDate());
  }

  @Scheduled(fixedDelayString = "${sw.assessment.recompute-interval:PT5M}", initialDelayString = "PT3M")
  void recompute() {
    if (enabled) {
      runs.recomputeDirty();
    }
  }

  @Scheduled(cron = "0 30 1 * * *", zone = "Asia/Shanghai")
  void nightly() {
    if (enabled) {
      store.markOpenDirty(clock.instant());
    }
  }
}
