package org.servicewindow.training.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.QrCodes;
import org.servicewindow.identity.Actor;
import org.servicewindow.training.Topic;
import org.servicewindow.training.internal.AttendanceStatus;
import org.servicewindow.training.internal.LearningRecords;
import org.servicewindow.training.internal.Plan;
import org.servicewindow.training.internal.PlanAdministration;
import org.servicewindow.training.internal.SignInPolicy;
import org.servicewindow.training.internal.TrainingAccess;
import org.servicewindow.training.internal.TrainingSession;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The organizer's screens: plans with each staff member's hours, sessions with their QR code, attendance
 * and materials, and a staff member's learning record.
 */
@Controller
@RequestMapping("/admin/training")
class TrainingAdminController {

  record PlanForm(
      @NotNull @Min(2000) @Max(2100) Integer year,
      @NotBlank @Size(max = 200) String title,
      @NotNull @Min(0) @Max(500) Integer requiredHours,
      @Size(max = 2000) String description) {}

  record SessionForm(
      @NotNull Topic topic,
      @NotBlank @Size(max = 200) String title,
      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
      Boolean online,
      @Size(max = 200) String place,
      @NotBlank @Size(max = 100) String trainer) {}

  private final PlanAdministration plans;
  private final LearningRecords records;
  private final Clock clock;

  TrainingAdminController(PlanAdministration plans, LearningRecords records, Clock clock) {
    this.plans = plans;
    this.records = records;
    this.clock = clock;
  }

  @GetMapping("/plans")
  String plans(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("year", year);
    model.addAttribute("plans", plans.plans(actor, year, PageQuery.of(page, null)));
    model.addAttribute("canOrganize", TrainingAccess.canOrganize(actor));
    return htmx != null ? "training/plans :: results" : "training/plans";
  }

  @GetMapping("/plans/new")
  String newPlan(Model model) {
    int year = ChinaTime.today(clock).getYear();
    model.addAttribute("form", new PlanForm(year, year + "年度窗口人员学习培训计划", 40, ""));
    return "training/plan-form";
  }

  @PostMapping("/plans")
  String createPlan(
      @AuthenticationPrincipal Actor actor,
      @Valid @ModelAttribute("form") PlanForm form,
      BindingResult errors,
      RedirectAttributes redirect) {
    return Forms.save(errors, redirect,
        () -> plans.createPlan(actor, new PlanAdministration.PlanDetails(form.year(), form.title(),
            form.requiredHours(), form.description())),
        plan -> Flash.success("training.plan.created", plan.title()),
        plan -> "/admin/training/plans/" + plan.id(), () -> "training/plan-form");
  }

  @GetMapping("/plans/{id}")
  String plan(
      @AuthenticationPrincipal Actor actor,
      @PathVariable UUID id,
      @RequestParam(required = false) Integer page,
      Model model) {
    Plan plan = plans.plan(actor, id);
    model.addAttribute("plan", plan);
    model.addAttribute("unitName", plans.unitName(plan.unitCode()));
    model.addAttribute("sessions", plans.sessionsOf(plan, PageQuery.of(page, null)));
    model.addAttribute("progress", plans.progress(plan));
    model.addAttribute("canOrganize", TrainingAccess.canOrganize(actor));
    return "training/plan";
  }

  @GetMapping("/plans/{id}/sessions/new")
  String newSession(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    Plan plan = plans.plan(actor, id);
    LocalDateTime start = ChinaTime.today(clock).plusDays(7).atTime(LocalTime.of(14, 30));
    model.addAttribute("form", new SessionForm(Topic.POLICY, "", start, start.plusHours(2), false, "", ""));
    return sessionForm(plan, model);
  }

  @PostMapping("/plans/{id}/sessions")
  String createSession(
      @AuthenticationPrincipal Actor actor,
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") SessionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Plan plan = plans.plan(actor, id);
    return Forms.save(errors, redirect,
        () -> plans.createSession(actor, id, new PlanAdministration.SessionDetails(form.topic(), form.title(),
            Forms.instant(form.startsAt()), Forms.instant(form.endsAt()), Boolean.TRUE.equals(form.online()), form.place(), form.trainer())),
        s -> Flash.success("training.session.created", s.title()),
        s -> "/admin/training/sessions/" + s.id(), () -> sessionForm(plan, model));
  }

  private String sessionForm(Plan plan, Model model) {
    model.addAttribute("plan", plan);
    model.addAttribute("topics", Topic.values());
    return "training/session-form";
  }

  @GetMapping("/sessions/{id}")
  String session(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    TrainingSession session = plans.session(actor, id);
    boolean organizer = TrainingAccess.canOrganize(actor);
    model.addAttribute("ts", session);
    model.addAttribute("plan", plans.plan(actor, session.planId()));
    model.addAttribute("roster", plans.roster(session));
    model.addAttribute("materials", plans.materials(id));
    model.addAttribute("statuses", AttendanceStatus.values());
    model.addAttribute("canOrganize", organizer);
    model.addAttribute("signInOpen", new SignInPolicy(clock).open(session));
    model.addAttribute("ended", session.endedBy(clock.instant()));
    model.addAttribute("signInUrl", organizer ? signInUrl(session) : null);
    return "training/session";
  }

  @GetMapping(value = "/sessions/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> qr(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
    TrainingSession session = plans.session(actor, id);
    return ResponseEntity.ok().header("Cache-Control", "no-store").contentType(MediaType.IMAGE_PNG)
        .body(QrCodes.png(signInUrl(session), 360));
  }

  private static String signInUrl(TrainingSession session) {
    return ServletUriComponentsBuilder.fromCurrentContextPath().path("/training/sign-in/{id}")
        .queryParam("t", SignInPolicy.token(session)).buildAndExpand(session.id()).toUriString();
  }

  @PostMapping("/sessions/{id}/attendance")
  String mark(
      @AuthenticationPrincipal Actor actor,
      @PathVariable UUID id,
      @RequestParam UUID staffId,
      @RequestParam AttendanceStatus status,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    return Forms.act(redirect, () -> plans.mark(actor, id, staffId, status, note),
        Flash.success("training.attendance.saved"), "/admin/training/sessions/" + id + "#roster");
  }

  @PostMapping("/sessions/{id}/materials")
  String upload(
      @AuthenticationPrincipal Actor actor,
      @PathVariable UUID id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      RedirectAttributes redirect) throws IOException {
    byte[] bytes = file == null ? new byte[0] : file.getBytes();
    String name = file == null ? null : file.getOriginalFilename();
    return Forms.act(redirect, () -> plans.addMaterial(actor, id, name, bytes),
        Flash.success("training.material.added"), "/admin/training/sessions/" + id + "#materials");
  }

  @GetMapping("/staff")
  String staff(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer page,
      Model model) {
    int y = year == null ? ChinaTime.today(clock).getYear() : year;
    model.addAttribute("year", y);
    model.addAttribute("unit", unit);
    model.addAttribute("staff", records.overview(actor, unit, y, PageQuery.of(page, null)));
    return "training/staff";
  }

  @GetMapping("/staff/{staffId}")
  String record(
      @AuthenticationPrincipal Actor actor,
      @PathVariable UUID staffId,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer qpage,
      Model model) {
    int y = year == null ? ChinaTime.today(clock).getYear() : year;
    model.addAttribute("record", records.recordFor(actor, staffId, y, PageQuery.of(page, 10), PageQuery.of(qpage, 10)));
    model.addAttribute("self", false);
    model.addAttribute("topics", org.servicewindow.training.Topic.values());
    model.addAttribute("base", "/admin/training/staff/" + staffId);
    return "training/record";
  }
}
