package org.servicewindow.training.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.training.internal.Attempt;
import org.servicewindow.training.internal.LearningRecords;
import org.servicewindow.training.internal.Material;
import org.servicewindow.training.internal.Participants;
import org.servicewindow.training.internal.PlanAdministration;
import org.servicewindow.training.internal.Quiz;
import org.servicewindow.training.internal.Quizzes;
import org.servicewindow.training.internal.SignInPolicy;
import org.servicewindow.training.internal.TrainingSession;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a staff member does in training, on a phone as well as a PC: their sessions and quizzes, QR sign-in,
 * taking a quiz against the server's clock, and their own learning record.
 */
@Controller
class StaffTrainingController {

  private static final String ANSWER = "a_";

  private final Participants participants;
  private final PlanAdministration plans;
  private final Quizzes quizzes;
  private final LearningRecords records;
  private final Clock clock;

  StaffTrainingController(Participants participants, PlanAdministration plans, Quizzes quizzes, LearningRecords records,
      Clock clock) {
    this.participants = participants;
    this.plans = plans;
    this.quizzes = quizzes;
    this.records = records;
    this.clock = clock;
  }

  @GetMapping("/training/mine")
  String mine(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer qpage, Model model) {
    StaffSummary me = participants.of(actor);
    model.addAttribute("me", me);
    model.addAttribute("sessions", plans.sessionsFor(me, PageQuery.of(page, 10)));
    model.addAttribute("quizzes", quizzes.quizzesFor(me, PageQuery.of(qpage, 10)));
    model.addAttribute("now", clock.instant());
    return "training/mine";
  }

  @GetMapping("/training/sign-in/{id}")
  String signInPage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(name = "t", required = false) String token, Model model) {
    TrainingSession session = plans.sessionFor(participants.of(actor), id);
    model.addAttribute("ts", session);
    model.addAttribute("token", token);
    model.addAttribute("open", new SignInPolicy(clock).open(session));
    return "training/sign-in";
  }

  @PostMapping("/training/sign-in/{id}")
  String signIn(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(name = "t", required = false) String token, RedirectAttributes redirect) {
    try {
      plans.signIn(actor, id, token);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("training.signIn.done"));
      return "redirect:/training/mine";
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      return "redirect:/training/mine";
    }
  }

  @GetMapping("/training/quizzes/{id}")
  String quiz(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    StaffSummary me = participants.of(actor);
    Quiz quiz = quizzes.quizFor(me, id);
    model.addAttribute("quiz", quiz);
    model.addAttribute("questionCount", quizzes.questionCount(id));
    model.addAttribute("attempt", quizzes.attemptOf(id, me.id()).orElse(null));
    model.addAttribute("open", quiz.openAt(clock.instant()));
    model.addAttribute("notYet", clock.instant().isBefore(quiz.opensAt()));
    return "training/quiz-start";
  }

  @PostMapping("/training/quizzes/{id}/start")
  String start(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
    try {
      Attempt attempt = quizzes.start(actor, id);
      return "redirect:/training/attempts/" + attempt.id();
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      return "redirect:/training/quizzes/" + id;
    }
  }

  @GetMapping("/training/attempts/{id}")
  String attempt(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    Attempt attempt = quizzes.attemptFor(actor, id);
    Quiz quiz = quizzes.quizFor(participants.of(actor), attempt.quizId());
    model.addAttribute("attempt", attempt);
    model.addAttribute("quiz", quiz);
    model.addAttribute("questions", quizzes.questionsOf(attempt));
    model.addAttribute("expired", attempt.expiredAt(clock.instant()));
    long remaining = Math.max(0, java.time.Duration.between(clock.instant(), attempt.deadlineAt()).toSeconds());
    model.addAttribute("remainingSeconds", remaining);
    model.addAttribute("remainingText", String.format("%02d:%02d", remaining / 60, remaining % 60));
    model.addAttribute("rank", attempt.submitted() ? quizzes.rankOf(attempt) : null);
    return attempt.submitted() ? "training/attempt-result" : "training/attempt";
  }

  @PostMapping("/training/attempts/{id}")
  String submit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
    Map<UUID, Set<Integer>> answers = new HashMap<>();
    form.forEach((key, values) -> {
      if (key.startsWith(ANSWER)) {
        try {
          UUID question = UUID.fromString(key.substring(ANSWER.length()));
          Set<Integer> chosen = new HashSet<>();
          for (String v : values) {
            chosen.add(Integer.parseInt(v));
          }
          answers.put(question, chosen);
        } catch (IllegalArgumentException ignored) {
          // a tampered field name or value counts as no answer
        }
      }
    });
    try {
      Attempt done = quizzes.submit(actor, id, answers);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("training.attempt.submitted", done.score(),
          done.maxScore()));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/training/attempts/" + id;
  }

  @GetMapping("/training/record")
  String record(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer qpage, Model model) {
    int y = year == null ? ChinaTime.today(clock).getYear() : year;
    model.addAttribute("record", records.record(participants.of(actor), y, PageQuery.of(page, 10),
        PageQuery.of(qpage, 10)));
    model.addAttribute("self", true);
    model.addAttribute("topics", org.servicewindow.training.Topic.values());
    model.addAttribute("base", "/training/record");
    return "training/record";
  }

  @GetMapping("/training/sessions/{sessionId}/materials/{id}")
  ResponseEntity<byte[]> material(@AuthenticationPrincipal Actor actor, @PathVariable UUID sessionId,
      @PathVariable UUID id) {
    Material m = plans.material(actor, sessionId, id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(m.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(m.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(m.content());
  }

}
