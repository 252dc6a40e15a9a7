package org.servicewindow.feedback.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.feedback.EvaluationChannel;
import org.servicewindow.feedback.Reason;
import org.servicewindow.feedback.SubjectKind;
import org.servicewindow.feedback.internal.FeedbackProperties;
import org.servicewindow.feedback.internal.WindowStates;
import org.servicewindow.feedback.internal.WindowStates.Screen;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.queue.QueueManagement;
import org.springframework.stereotype.Component;

/** Builds what an evaluator device shows, for the polled screen and the live stream alike. */
@Component
class EvaluatorScreens {

  record StaffJson(String name, String staffNumber, String post, String photoUrl) {}

  record ScreenJson(String windowCode, String windowName, String screen, long version, OffsetDateTime since,
      String ticketNumber, String serviceName, StaffJson staff, String token, List<Reason> reasons,
      long minimumGapMillis) {}

  private final WindowStates screens;
  private final OrganizationApi organization;
  private final QueueManagement queue;
  private final FeedbackProperties properties;

  EvaluatorScreens(WindowStates screens, OrganizationApi organization, QueueManagement queue,
      FeedbackProperties properties) {
    this.screens = screens;
    this.organization = organization;
    this.queue = queue;
    this.properties = properties;
  }

  ScreenJson of(String window) {
    String windowName = window == null ? null : organization.window(window).map(w -> w.name()).orElse(window);
    List<Reason> reasons = Reason.setFor(SubjectKind.TICKET, EvaluationChannel.EVALUATOR);
    long gap = properties.evaluatorGap().toMillis();
    Optional<WindowStates.WindowState> state = window == null ? Optional.empty() : screens.find(window);
    if (state.isEmpty() || state.get().screen() == Screen.IDLE) {
      return new ScreenJson(window, windowName, Screen.IDLE.name(), state.map(WindowStates.WindowState::version).orElse(0L),
          state.map(s -> ChinaTime.toOffset(s.changedAt())).orElse(null), null, null, staff(state.map(
              WindowStates.WindowState::staffUsername).orElse(null)), null, reasons, gap);
    }
    var s = state.get();
    String serviceName = s.serviceCode() == null ? null : queue.lines(s.hallCode()).stream()
        .filter(l -> l.code().equals(s.serviceCode())).map(QueueManagement.ServiceLine::name).findFirst()
        .orElse(s.serviceCode());
    return new ScreenJson(window, windowName, s.screen().name(), s.version(), ChinaTime.toOffset(s.changedAt()),
        s.ticketNumber(), serviceName, staff(s.staffUsername()), s.screen() == Screen.RATING ? s.token() : null,
        reasons, gap);
  }

  private StaffJson staff(String username) {
    if (username == null) {
      return null;
    }
    return organization.staffOfUser(username).map(EvaluatorScreens::json).orElse(null);
  }

  private static StaffJson json(StaffSummary s) {
    return new StaffJson(s.name(), s.staffNumber(), s.post(), "/public/staff/" + s.staffNumber() + "/photo");
  }
}
