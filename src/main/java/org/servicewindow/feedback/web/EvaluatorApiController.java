package org.servicewindow.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.servicewindow.feedback.web.EvaluatorScreens.ScreenJson;
import org.servicewindow.identity.Actor;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * What the evaluator device of the caller's window shows. The device follows its screen live ({@code
 * /events}, pushed by whichever node it is connected to when the state changes on any node) and reads
 * {@code /screen} only while that stream is down.
 */
@RestController
@RequestMapping(path = "/api/v1/evaluator")
@Tag(name = "Evaluation")
class EvaluatorApiController {

  private final EvaluatorScreens screens;
  private final EvaluatorStreams streams;

  EvaluatorApiController(EvaluatorScreens screens, EvaluatorStreams streams) {
    this.screens = screens;
    this.streams = streams;
  }

  @GetMapping(path = "/screen", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The evaluator device's screen: IDLE, SERVING (staff, ticket, service) or RATING (token)")
  ScreenJson screen(@AuthenticationPrincipal Actor device) {
    return screens.of(device.windowCode());
  }

  @GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(summary = "The evaluator device's screen, live: event `screen` (same JSON as /screen) now and on every change")
  SseEmitter events(@AuthenticationPrincipal Actor device) {
    return streams.subscribe(device.windowCode());
  }
}
