package org.servicewindow.feedback.internal;

import org.servicewindow.casework.ApplicationCompleted;
import org.servicewindow.feedback.RateableService;
import org.servicewindow.feedback.SubjectKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Learns from casework which applications may be rated (一事一评): every decided one, with its token. */
@Component
class CaseworkEvents {

  private final RateableServices rateable;
  private final FeedbackProperties properties;

  CaseworkEvents(RateableServices rateable, FeedbackProperties properties) {
    this.rateable = rateable;
    this.properties = properties;
  }

  @ApplicationModuleListener
  void on(ApplicationCompleted e) {
    if (e.evaluationToken() == null) {
      return;
    }
    rateable.add(new RateableService(e.evaluationToken(), SubjectKind.APPLICATION, e.applicationId(), e.number(),
        e.hallCode(), e.unitCode(), e.windowCode(), e.handlerUsername(), e.serviceCode(), e.completedAt(),
        e.completedAt().plus(properties.ratingWindow())));
  }
}
