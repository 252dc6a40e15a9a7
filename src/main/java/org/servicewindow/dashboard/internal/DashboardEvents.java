package org.servicewindow.dashboard.internal;

import org.servicewindow.casework.ApplicationAccepted;
import org.servicewindow.casework.ApplicationCompleted;
import org.servicewindow.casework.ApplicationOverdue;
import org.servicewindow.feedback.ComplaintAssigned;
import org.servicewindow.feedback.ComplaintClosed;
import org.servicewindow.feedback.ComplaintReceived;
import org.servicewindow.feedback.EvaluationAppealUpheld;
import org.servicewindow.feedback.EvaluationSubmitted;
import org.servicewindow.queue.TicketCalled;
import org.servicewindow.queue.TicketClosedUnserved;
import org.servicewindow.queue.TicketCompleted;
import org.servicewindow.queue.TicketIssued;
import org.servicewindow.queue.TicketServiceStarted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups in step with the queue, feedback and casework, and tells open live views of the hall
 * that something changed (they re-read their snapshot at once instead of at the next tick).
 */
@Component
class DashboardEvents {

  private final Rollups rollups;
  private final LiveHallStreams live;

  DashboardEvents(Rollups rollups, LiveHallStreams live) {
    this.rollups = rollups;
    this.live = live;
  }

  @ApplicationModuleListener
  void on(TicketIssued e) {
    rollups.apply(e);
    live.changed(e.hallCode());
  }

  @ApplicationModuleListener
  void on(TicketCalled e) {
    rollups.apply(e);
    live.changed(e.hallCode());
  }

  @ApplicationModuleListener
  void on(TicketServiceStarted e) {
    rollups.apply(e);
    live.changed(e.hallCode());
  }

  @ApplicationModuleListener
  void on(TicketCompleted e) {
    rollups.apply(e);
    live.changed(e.hallCode());
  }

  @ApplicationModuleListener
  void on(TicketClosedUnserved e) {
    rollups.apply(e);
    live.changed(e.hallCode());
  }

  @ApplicationModuleListener
  void on(EvaluationSubmitted e) {
    rollups.apply(e);
    if (e.hallCode() != null) {
      live.changed(e.hallCode());
    }
  }

  @ApplicationModuleListener
  void on(EvaluationAppealUpheld e) {
    rollups.apply(e);
  }

  @ApplicationModuleListener
  void on(ComplaintReceived e) {
    rollups.apply(e);
  }

  @ApplicationModuleListener
  void on(ComplaintAssigned e) {
    rollups.apply(e);
  }

  @ApplicationModuleListener
  void on(ComplaintClosed e) {
    rollups.apply(e);
  }

  @ApplicationModuleListener
  void on(ApplicationAccepted e) {
    rollups.apply(e);
  }

  @ApplicationModuleListener
  void on(ApplicationCompleted e) {
    rollups.apply(e);
  }

  @ApplicationModuleListener
  void on(ApplicationOverdue e) {
    rollups.apply(e);
  }
}
