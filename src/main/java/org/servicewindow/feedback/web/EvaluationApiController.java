package org.servicewindow.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.servicewindow.feedback.EvaluationChannel;
import org.servicewindow.feedback.EvaluationReceipt;
import org.servicewindow.feedback.Evaluations;
import org.servicewindow.feedback.Reason;
import org.servicewindow.identity.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** api.md "Evaluation (好差评)": a citizen (or the window's evaluator device) rates a completed service. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Evaluation")
class EvaluationApiController {

  record EvaluationBody(
      @NotBlank @Size(max = 64) String token,
      @NotNull @Min(1) @Max(5) Integer level,
      EvaluationChannel channel,
      @Size(max = 7) List<Reason> reasons,
      @Size(max = 1000) String comment,
      @Size(max = 100) String contactName,
      @Pattern(regexp = "^$|^1[3-9][0-9]{9}$", message = "{feedback.phone.invalid}") String contactPhone) {}

  record EvaluationJson(UUID id, int level, boolean negative) {}

  private final Evaluations evaluations;
  private final Validator validator;
  private final org.servicewindow.feedback.EvaluationExport export;
  private final java.time.Clock clock;

  EvaluationApiController(Evaluations evaluations, Validator validator,
      org.servicewindow.feedback.EvaluationExport export, java.time.Clock clock) {
    this.evaluations = evaluations;
    this.validator = validator;
    this.export = export;
    this.clock = clock;
  }

  /** The provincial platform's batch (format sw-evaluation-batch/1, docs/feedback.md); no contact data. */
  @org.springframework.web.bind.annotation.GetMapping("/evaluations/export")
  @Operation(summary = "Ratings of a period (at most 93 days) as a sw-evaluation-batch/1 JSON batch")
  ResponseEntity<org.servicewindow.feedback.EvaluationExport.Batch> export(
      @org.springframework.web.bind.annotation.RequestParam(required = false) java.time.LocalDate from,
      @org.springframework.web.bind.annotation.RequestParam(required = false) java.time.LocalDate to) {
    java.time.LocalDate end = to == null ? org.servicewindow.common.ChinaTime.today(clock).minusDays(1) : to;
    java.time.LocalDate start = from == null ? end.withDayOfMonth(1) : from;
    if (start.isAfter(end)) {
      throw new org.servicewindow.feedback.InvalidRatingException("feedback.export.period");
    }
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"evaluations-" + start + "-" + end + ".json\"")
        .body(export.batch(start, end));
  }

  @PostMapping(path = "/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Rate a completed ticket or application with its evaluation token (one rating per service)")
  ResponseEntity<EvaluationJson> evaluate(@RequestBody EvaluationBody body,
      @AuthenticationPrincipal Actor actor, HttpServletRequest request) throws Exception {
    // Who asks is decided before what is asked: a staff login is refused (403) whatever its body says.
    evaluations.checkRater(actor);
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(body, "evaluationBody");
    validator.validate(body, errors);
    if (errors.hasErrors()) {
      throw new MethodArgumentNotValidException(new MethodParameter(
          EvaluationApiController.class.getDeclaredMethod("evaluate", EvaluationBody.class, Actor.class,
              HttpServletRequest.class), 0), errors);
    }
    EvaluationReceipt r = evaluations.submit(new Evaluations.Submission(body.token(), body.level(), body.channel(),
        body.reasons(), body.comment(), body.contactName(), body.contactPhone()), actor, request.getRemoteAddr());
    return ResponseEntity.created(URI.create("/api/v1/evaluations/" + r.id()))
        .body(new EvaluationJson(r.id(), r.level(), r.negative()));
  }
}
