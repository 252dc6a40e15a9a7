package org.servicewindow.feedback.internal;

import org.servicewindow.feedback.RateableService;
import org.servicewindow.feedback.SubjectKind;
import org.servicewindow.feedback.internal.WindowStates.Screen;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.TicketCalled;
import org.servicewindow.queue.TicketClosedUnserved;
import org.servicewindow.queue.TicketCompleted;
import org.servicewindow.queue.TicketServiceStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Learns from the queue which services may be rated (every completed ticket, with its token) and keeps
 * each window's evaluator screen in step: called/started → serving, completed → rating, left → idle.
 *
 * <p>Heard synchronously, inside the queue's transaction, not as an {@code @ApplicationModuleListener}: the work is a
 * row or two keyed by the ticket and its window, so it costs less than the publication row, the listener transaction
 * and the completion write an asynchronous listener needs (three per served ticket under load); the citizen's rating
 * token is valid the moment the ticket is completed; and, being part of the queue's commit, it is no more lost in a
 * crash than the ticket itself. The device signal goes out on that commit ({@link WindowStates}).
 */
@Component
class QueueEvents {

  private final RateableServices rateable;
  private final WindowStates screens;
  private final OrganizationApi organization;
  private final FeedbackProperties properties;

  QueueEvents(RateableServices rateable, WindowStates screens, OrganizationApi organization,
      FeedbackProperties properties) {
    this.rateable = rateable;
    this.screens = screens;
    this.organization = organization;
    this.properties = properties;
  }

  @EventListener
  void on(TicketCompleted e) {
    if (e.evaluationToken() == null) {
      return;
    }
    // the rateable service first: it is what the citizen's token needs
    String unit = e.windowCode() == null ? null
        : organization.window(e.windowCode()).map(WindowSummary::unitCode).orElse(null);
    rateable.add(new RateableService(e.evaluationToken(), SubjectKind.TICKET, e.ticketId(), null, e.hallCode(), unit,
        e.windowCode(), e.staffUsername(), e.serviceCode(), e.completedAt(),
        e.completedAt().plus(properties.ratingWindow())));
    if (e.windowCode() != null) {
      screens.put(e.windowCode(), e.hallCode(), Screen.RATING, e.ticketId(), null, e.serviceCode(), e.staffUsername(),
          e.evaluationToken(), e.completedAt());
    }
  }

  @EventListener
  void on(TicketCalled e) {
    if (e.windowCode() != null) {
      screens.put(e.windowCode(), e.hallCode(), Screen.SERVING, e.ticketId(), e.number(), e.serviceCode(),
          e.staffUsername(), null, e.calledAt());
    }
  }

  @EventListener
  void on(TicketServiceStarted e) {
    if (e.windowCode() != null) {
      screens.put(e.windowCode(), e.hallCode(), Screen.SERVING, e.ticketId(), null, null, e.staffUsername(), null,
          e.startedAt());
    }
  }

  @EventListener
  void on(TicketClosedUnserved e) {
    screens.idleForTicket(e.ticketId(), e.at());
  }
}
