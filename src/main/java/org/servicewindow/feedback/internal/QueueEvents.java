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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Learns from the queue which services may be rated (every completed ticket, with its token) and keeps
 * each window's evaluator screen in step: called/started → serving, completed → rating, left → idle.
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

  @ApplicationModuleListener
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

  @ApplicationModuleListener
  void on(TicketCalled e) {
    if (e.windowCode() != null) {
      screens.put(e.windowCode(), e.hallCode(), Screen.SERVING, e.ticketId(), e.number(), e.serviceCode(),
          e.staffUsername(), null, e.calledAt());
    }
  }

  @ApplicationModuleListener
  void on(TicketServiceStarted e) {
    if (e.windowCode() != null) {
      screens.put(e.windowCode(), e.hallCode(), Screen.SERVING, e.ticketId(), null, null, e.staffUsername(), null,
          e.startedAt());
    }
  }

  @ApplicationModuleListener
  void on(TicketClosedUnserved e) {
    screens.idleForTicket(e.ticketId(), e.at());
  }
}
