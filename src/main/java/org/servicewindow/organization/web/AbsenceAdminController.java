package org.servicewindow.organization.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.AbsenceKind;
import org.servicewindow.organization.internal.Absence;
import org.servicewindow.organization.internal.AbsenceAdministration;
import org.servicewindow.organization.internal.Absences;
import org.servicewindow.organization.internal.Access;
import org.servicewindow.organization.internal.HallAdministration;
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

/**
 * Absences: the list, registering one (refused, with the reason, when it would leave an A/B post
 * empty), recording the handover before it starts, cancelling.
 */
@Controller
@RequestMapping("/admin/absences")
class AbsenceAdminController {

  record AbsenceForm(
      @NotNull UUID staffId,
      @NotNull AbsenceKind kind,
      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
      @Size(max = 200) String reason,
      @Size(max = 1000) String handoverNote) {

    AbsenceAdministration.AbsenceDetails details() {
      return new AbsenceAdministration.AbsenceDetails(staffId, kind, instant(startsAt), instant(endsAt), reason,
          handoverNote);
    }
  }

  private final AbsenceAdministration absences;
  private final HallAdministration halls;

  AbsenceAdminController(AbsenceAdministration absences, HallAdministration halls) {
    this.absences = absences;
    this.halls = halls;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String hall,
      @RequestParam(defaultValue = "false") boolean past,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    Instant from = past ? null : absences.today().atStartOfDay(ChinaTime.ZONE).toInstant();
    model.addAttribute("q", q);
    model.addAttribute("hall", hall);
    model.addAttribute("past", past);
    model.addAttribute("halls", halls.choices(actor));
    model.addAttribute("absences", absences.search(actor, new Absences.Criteria(q, hall, from, null, past),
        PageQuery.of(page, null)));
    model.addAttribute("canCreate", Access.canManage(actor));
    return htmx != null ? "organization/absences/list :: results" : "organization/absences/list";
  }

  @GetMapping("/new")
  String newForm(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) UUID staff,
      @RequestParam(name = "staffId", required = false) UUID chosen,
      Model model) {
    if (staff == null) {
      staff = chosen;
    }
    LocalDateTime start = absences.today().plusDays(1).atTime(LocalTime.of(9, 0));
    model.addAttribute("form", new AbsenceForm(staff, AbsenceKind.LEAVE, start, start.withHour(17), "", ""));
    return form(actor, model, staff);
  }

  @PostMapping
  String create(
      @AuthenticationPrincipal Actor actor,
      @Valid @ModelAttribute("form") AbsenceForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return Submissions.save(errors, redirect, () -> absences.record(actor, form.details()),
        recorded -> Flash.success("org.absence.recorded", absences.staffMember(recorded.staffId()).name()),
        recorded -> "/admin/absences/" + recorded.id(), () -> form(actor, model, form.staffId()));
  }

  @GetMapping("/{id}")
  String show(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    Absence absence = absences.get(actor, id);
    var member = absences.staffMember(absence.staffId());
    model.addAttribute("absence", absence);
    model.addAttribute("member", member);
    model.addAttribute("context", absences.context(actor, member.id()));
    model.addAttribute("editable", Access.canManage(actor));
    model.addAttribute("started", absences.hasStarted(absence));
    return "organization/absences/show";
  }

  @PostMapping("/{id}/handover")
  String handOver(
      @AuthenticationPrincipal Actor actor,
      @PathVariable UUID id,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute("note", note);
    return Submissions.act(redirect, () -> absences.handOver(actor, id, note), Flash.success("org.absence.handedOver"),
        "/admin/absences/" + id, "/admin/absences/" + id);
  }

  @PostMapping("/{id}/cancel")
  String cancel(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
    return Submissions.act(redirect, () -> absences.cancel(actor, id), Flash.success("org.absence.cancelled"),
        "/admin/absences/" + id, "/admin/absences/" + id);
  }

  private String form(Actor actor, Model model, UUID staffId) {
    model.addAttribute("kinds", AbsenceKind.values());
    model.addAttribute("staffChoices", absences.staffChoices(actor));
    model.addAttribute("context", absences.context(actor, staffId));
    model.addAttribute("staffChosen", staffId != null);
    return "organization/absences/form";
  }

  private static Instant instant(LocalDateTime time) {
    return time == null ? null : time.atZone(ChinaTime.ZONE).toInstant();
  }
}
