package org.servicewindow.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.feedback.EvaluationChannel;
import org.servicewindow.feedback.Reason;
import org.servicewindow.feedback.SubjectKind;
import org.servicewindow.feedback.internal.FeedbackProperties;
import org.servicewindow.feedback.internal.WindowStates;
import org.servicewindow.feedback.internal.WindowStates.Screen;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.queue.QueueManagement;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the evaluator device of the caller's window shows now. The device polls it (a second apart): the
 * state is fed by the queue's events and kept per window in the database, so any node answers alike.
 */
@RestController
@RequestMapping(path = "/api/v1/evaluator", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Evaluation")
class EvaluatorApiController {

  record StaffJson(String name, String staffNumber, String post, String photoUrl) {}

  record ScreenJson(String windowCode, String windowName, String screen, long version, OffsetDateTime since,
      String ticketNumber, String serviceName, StaffJson staff, String token, List<Reason> reasons,
      long minimumGapMillis) {}

  private final WindowStates screens;
  private final OrganizationApi organization;
  private final QueueManagement queue;
  private final FeedbackProperties properties;

  EvaluatorApiController(WindowStates screens, OrganizationApi organization, QueueManagement queue,
      FeedbackProperties properties) {
    this.screens = screens;
    this.organization = organization;
    this.queue = queue;
    this.properties = properties;
  }

  @GetMapping("/screen")
  @Operation(summary = "The evaluator device's screen: IDLE, SERVING (staff, ticket, service) or RATING (token)")
  ScreenJson screen(@AuthenticationPrincipal Actor device) {
    String window = device.windowCode();
    String windowName = window == null ? null : organization.window(window).map(w -> w.name()).orElse(window);
    List<Reason> reasons = Reason.setFor(SubjectKind.TICKET, EvaluationChannel.EVALUATOR);
    long gap = properties.evaluatorGap().toMillis();
    var state = window == null ? java.util.Optional.<WindowStates.WindowState>empty() : screens.find(window);
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
    return organization.staffOfUser(username).map(EvaluatorApiController::json).orElse(null);
  }

  private static StaffJson json(StaffSummary s) {
    return new StaffJson(s.name(), s.staffNumber(), s.post(), "/public/staff/" + s.staffNumber() + "/photo");
  }
}
