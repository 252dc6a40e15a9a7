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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups in step with the queue, feedback and casework: each event the rollups count goes into the
 * dashboard's inbox at once, in the publisher's thread and transaction (a plain listener, so no event publication
 * of its own), and {@link DashboardInbox} applies the inbox in batches. One method per event, so the module's
 * documentation names what it listens to.
 */
@Component
class DashboardEvents {

  private final DashboardInbox inbox;

  DashboardEvents(DashboardInbox inbox) {
    this.inbox = inbox;
  }

  @EventListener
  void on(TicketIssued e) {
    inbox.add(e);
  }

  @EventListener
  void on(TicketCalled e) {
    inbox.add(e);
  }

  @EventListener
  void on(TicketServiceStarted e) {
    inbox.add(e);
  }

  @EventListener
  void on(TicketCompleted e) {
    inbox.add(e);
  }

  @EventListener
  void on(TicketClosedUnserved e) {
    inbox.add(e);
  }

  @EventListener
  void on(EvaluationSubmitted e) {
    inbox.add(e);
  }

  @EventListener
  void on(EvaluationAppealUpheld e) {
    inbox.add(e);
  }

  @EventListener
  void on(ComplaintReceived e) {
    inbox.add(e);
  }

  @EventListener
  void on(ComplaintAssigned e) {
    inbox.add(e);
  }

  @EventListener
  void on(ComplaintClosed e) {
    inbox.add(e);
  }

  @EventListener
  void on(ApplicationAccepted e) {
    inbox.add(e);
  }

  @EventListener
  void on(ApplicationCompleted e) {
    inbox.add(e);
  }

  @EventListener
  void on(ApplicationOverdue e) {
    inbox.add(e);
  }
}
