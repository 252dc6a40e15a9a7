package org.servicewindow.training.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.training.Topic;
import org.servicewindow.training.internal.Question;
import org.servicewindow.training.internal.QuestionKind;
import org.servicewindow.training.internal.Quiz;
import org.servicewindow.training.internal.QuizKind;
import org.servicewindow.training.internal.Quizzes;
import org.servicewindow.training.internal.TrainingAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organizer's question bank, quizzes and contest rounds, and each quiz's results and ranking. */
@Controller
@RequestMapping("/admin/training")
class QuizAdminController {

  record QuestionForm(
      @NotNull Topic topic,
      @NotNull QuestionKind kind,
      @NotBlank @Size(max = 1000) String body,
      @Size(max = 1000) String explanation,
      List<@Size(max = 300) String> options,
      Set<Integer> correct) {}

  record QuizForm(
      @NotNull QuizKind kind,
      @NotBlank @Size(max = 200) String title,
      UUID sessionId,
      Topic topic,
      @NotNull @Min(1) @Max(50) Integer questionCount,
      @NotNull @Min(1) @Max(180) Integer timeLimitMinutes,
      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opensAt,
      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
      Boolean openToAll) {}

  private final Quizzes quizzes;
  private final Clock clock;

  QuizAdminController(Quizzes quizzes, Clock clock) {
    this.quizzes = quizzes;
    this.clock = clock;
  }

  @GetMapping("/questions")
  String questions(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) Topic topic,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("topic", topic);
    model.addAttribute("topics", Topic.values());
    model.addAttribute("questions", quizzes.questions(actor, topic, PageQuery.of(page, null)));
    model.addAttribute("canOrganize", TrainingAccess.canOrganize(actor));
    return htmx != null ? "training/questions :: results" : "training/questions";
  }

  @GetMapping("/questions/new")
  String newQuestion(Model model) {
    model.addAttribute("form", new QuestionForm(Topic.POLICY, QuestionKind.SINGLE, "", "",
        new ArrayList<>(List.of("", "", "", "")), Set.of()));
    return questionForm(model);
  }

  @PostMapping("/questions")
  String addQuestion(
      @AuthenticationPrincipal Actor actor,
      @Valid @ModelAttribute("form") QuestionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return Forms.save(errors, redirect,
        () -> quizzes.addQuestion(actor, new Quizzes.QuestionDetails(form.topic(), form.kind(), form.body(),
            form.explanation(), form.options() == null ? List.of() : form.options(), form.correct())),
        q -> Flash.success("training.question.added"), q -> "/admin/training/questions", () -> questionForm(model));
  }

  @GetMapping("/questions/{id}/edit")
  String editQuestion(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    Question q = quizzes.question(actor, id);
    List<String> options = new ArrayList<>(q.options().stream().map(Question.Option::label).toList());
    model.addAttribute("form", new QuestionForm(q.topic(), q.kind(), q.body(), q.explanation(), options,
        q.correctOrdinals()));
    model.addAttribute("question", q);
    return questionForm(model);
  }

  @PostMapping("/questions/{id}")
  String reviseQuestion(
      @AuthenticationPrincipal Actor actor,
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") QuestionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    model.addAttribute("question", quizzes.question(actor, id));
    return Forms.save(errors, redirect,
        () -> quizzes.reviseQuestion(actor, id, new Quizzes.QuestionDetails(form.topic(), form.kind(), form.body(),
            form.explanation(), form.options() == null ? List.of() : form.options(), form.correct())),
        q -> Flash.success(q.id().equals(id) ? "training.question.revised" : "training.question.revisedAsCopy"),
        q -> "/admin/training/questions", () -> questionForm(model));
  }

  @PostMapping("/questions/{id}/active")
  String setQuestionActive(
      @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam boolean active,
      RedirectAttributes redirect) {
    return Forms.act(redirect, () -> quizzes.setQuestionActive(actor, id, active),
        Flash.success(active ? "training.question.activated" : "training.question.deactivated"),
        "/admin/training/questions");
  }

  private String questionForm(Model model) {
    model.addAttribute("topics", Topic.values());
    model.addAttribute("kinds", QuestionKind.values());
    return "training/question-form";
  }

  @GetMapping("/quizzes")
  String quizzes(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) QuizKind kind,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("kind", kind);
    model.addAttribute("kinds", QuizKind.values());
    model.addAttribute("quizzes", quizzes.quizzes(actor, kind, PageQuery.of(page, null)));
    model.addAttribute("canOrganize", TrainingAccess.canOrganize(actor));
    return htmx != null ? "training/quizzes :: results" : "training/quizzes";
  }

  @GetMapping("/quizzes/new")
  String newQuiz(@RequestParam(required = false) UUID session, Model model) {
    LocalDateTime opens = ChinaTime.today(clock).plusDays(1).atTime(LocalTime.of(9, 0));
    model.addAttribute("form", new QuizForm(session == null ? QuizKind.CONTEST : QuizKind.QUIZ, "", session, null, 10,
        15, opens, opens.plusDays(7), false));
    return quizForm(model);
  }

  @PostMapping("/quizzes")
  String createQuiz(
      @AuthenticationPrincipal Actor actor,
      @Valid @ModelAttribute("form") QuizForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return Forms.save(errors, redirect,
        () -> quizzes.createQuiz(actor, new Quizzes.QuizDetails(form.kind(), form.title(), form.sessionId(),
            form.topic(), form.questionCount(), form.timeLimitMinutes(), Forms.instant(form.opensAt()),
            Forms.instant(form.closesAt()), Boolean.TRUE.equals(form.openToAll()))),
        q -> Flash.success("training.quiz.created", q.title()), q -> "/admin/training/quizzes/" + q.id(),
        () -> quizForm(model));
  }

  private String quizForm(Model model) {
    model.addAttribute("topics", Topic.values());
    model.addAttribute("kinds", QuizKind.values());
    return "training/quiz-form";
  }

  @GetMapping("/quizzes/{id}")
  String quiz(
      @AuthenticationPrincipal Actor actor,
      @PathVariable UUID id,
      @RequestParam(required = false) Integer page,
      Model model) {
    Quiz quiz = quizzes.quiz(actor, id);
    model.addAttribute("quiz", quiz);
    model.addAttribute("questionCount", quizzes.questionCount(id));
    model.addAttribute("ranking", quizzes.ranking(quiz, PageQuery.of(page, null)));
    model.addAttribute("open", quiz.openAt(clock.instant()));
    return "training/quiz";
  }
}
