package org.servicewindow.casework.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.casework.Applicant;
import org.servicewindow.casework.ApplicationStatus;
import org.servicewindow.casework.Casework;
import org.servicewindow.casework.PauseKind;
import org.servicewindow.casework.Warnings;
import org.servicewindow.casework.internal.Application;
import org.servicewindow.casework.internal.ApplicationSearch;
import org.servicewindow.casework.internal.CaseHistory;
import org.servicewindow.catalog.Catalog;
import org.servicewindow.catalog.ServiceGuide;
import org.servicewindow.catalog.ServiceItemSummary;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.QrCodes;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.UnitSummary;
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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The window's casework screens: intake with the guide's checklist, the search list, the application page
 * with its timeline and actions, and the printable notices. Every action is a post/redirect/get; a
 * refusal of a rule comes back as a flash message on the application page.
 */
@Controller
@RequestMapping("/casework")
class ApplicationPagesController {

  /** The applicant part of the intake form. */
  record IntakeForm(
      @NotBlank @Size(max = 64) String service,
      UUID ticket,
      @NotBlank(message = "{casework.applicant.nameRequired}") @Size(max = 100) String name,
      @NotBlank(message = "{casework.applicant.phoneInvalid}")
      @Pattern(regexp = "^$|1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}", message = "{casework.applicant.phoneInvalid}") String phone,
      @ValidIdNumber String idNumber,
      @Email(message = "{casework.applicant.emailInvalid}") @Size(max = 200) String email,
      @Size(max = 200) String companyName,
      @ValidCreditCode String creditCode) {}

  private final Casework casework;
  private final ApplicationSearch search;
  private final Warnings warnings;
  private final Catalog catalog;
  private final OrganizationApi organization;
  private final Clock clock;
  private final org.servicewindow.queue.WindowDesk desk;

  ApplicationPagesController(Casework casework, ApplicationSearch search, Warnings warnings, Catalog catalog,
      OrganizationApi organization, Clock clock, org.servicewindow.queue.WindowDesk desk) {
    this.desk = desk;
    this.casework = casework;
    this.search = search;
    this.warnings = warnings;
    this.catalog = catalog;
    this.organization = organization;
    this.clock = clock;
  }

  @GetMapping("/applications")
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) ApplicationStatus status,
      @RequestParam(required = false) String warning, @RequestParam(required = false) String unit,
      @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
          iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate dueFrom,
      @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
          iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate dueTo,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal Actor actor,
      Model model) {
    String level = warning == null || warning.isBlank() ? null : warning;
    String unitCode = unit == null || unit.isBlank() ? null : unit;
    var rows = search.search(new ApplicationSearch.Filter(q, status, unitCode, null, dueFrom, dueTo, level), actor,
        ChinaTime.today(clock), warnings.yellowLimit(), PageQuery.of(page, 20));
    model.addAttribute("rows", rows);
    model.addAttribute("q", q);
    model.addAttribute("status", status);
    model.addAttribute("warning", level);
    model.addAttribute("unit", unitCode);
    model.addAttribute("dueFrom", dueFrom);
    model.addAttribute("dueTo", dueTo);
    model.addAttribute("statuses", ApplicationStatus.values());
    model.addAttribute("levels", levels(rows.items()));
    model.addAttribute("unitNames", unitNames());
    model.addAttribute("canIntake", actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER));
    return htmx != null ? "casework/applications :: results" : "casework/applications";
  }

  @GetMapping("/intake")
  String intake(@RequestParam(required = false) String service, @RequestParam(required = false) UUID ticket,
      @AuthenticationPrincipal Actor actor, Model model) {
    var called = casework.ticketAtWindow(actor, desk);
    model.addAttribute("calledTicket", called.orElse(null));
    if (ticket == null && service == null && called.isPresent()) {
      // the citizen at the window: start from their ticket and the service they queued for
      ticket = called.get().id();
      service = catalog.find(called.get().serviceCode()).map(ServiceItemSummary::code).orElse(null);
    }
    model.addAttribute("form", new IntakeForm(service, ticket, null, null, null, null, null, null));
    return intakePage(service, Map.of(), actor, model);
  }

  @PostMapping("/intake")
  String receive(@Valid @ModelAttribute("form") IntakeForm form, BindingResult errors,
      @RequestParam Map<String, String> params, @AuthenticationPrincipal Actor actor, Model model,
      RedirectAttributes redirect) {
    ChecklistAnswers answers = ChecklistAnswers.read(params, errors);
    if (errors.hasErrors()) {
      answers.showOn(model);
      return intakePage(form.service(), answers.states(), actor, model);
    }
    try {
      Application app = casework.receive(new Casework.Intake(form.service(), new Applicant(form.name(), form.phone(),
          form.idNumber(), form.email(), form.companyName(), form.creditCode()), answers.received(), form.ticket(), null),
          actor);
      for (var e : answers.defective().entrySet()) {
        casework.markDefective(app.id(), e.getKey(), e.getValue(), actor);
      }
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("casework.intake.done", app.number()));
      return "redirect:/casework/applications/" + app.id();
    } catch (DomainException e) {
      errors.reject(e.messageKey(), e.args(), e.messageKey());
      answers.showOn(model);
      return intakePage(form.service(), answers.states(), actor, model);
    }
  }

  private String intakePage(String service, Map<String, String> states, Actor actor, Model model) {
    List<ServiceItemSummary> services = new ArrayList<>();
    List<String> codes = actor.windowCode() != null ? organization.servicesOf(actor.windowCode()) : List.of();
    for (String code : codes) {
      catalog.find(code).ifPresent(services::add);
    }
    model.addAttribute("services", services);
    Optional<ServiceGuide> guide = service == null || service.isBlank() ? Optional.empty() : catalog.guide(service);
    model.addAttribute("guide", guide.orElse(null));
    model.addAttribute("unitName", guide.flatMap(g -> organization.unit(g.unitCode())).map(UnitSummary::name).orElse(null));
    if (!model.containsAttribute("states")) {
      model.addAttribute("states", states);
      model.addAttribute("reasons", Map.of());
    }
    return "casework/intake";
  }

  @GetMapping("/applications/{id}")
  String application(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
    Application app = casework.get(id, actor);
    model.addAttribute("app", app);
    model.addAttribute("level", warnings.of(app).name());
    model.addAttribute("unitName", organization.unit(app.unitCode()).map(UnitSummary::name).orElse(app.unitCode()));
    model.addAttribute("events", casework.timeline(id, actor));
    model.addAttribute("notices", casework.notices(id, actor));
    model.addAttribute("pauses", casework.pauses(id, actor));
    model.addAttribute("extensions", casework.extensions(id, actor));
    model.addAttribute("dueChanges", casework.dueChanges(id, actor));
    model.addAttribute("canAct", actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER) || actor.has(Role.UNIT_ADMIN));
    model.addAttribute("isLeader", actor.has(Role.LEADER));
    model.addAttribute("pauseKinds", PauseKind.values());
    model.addAttribute("outstanding", app.outstanding().size());
    model.addAttribute("sameMatter", casework.sameMatter(app, actor));
    model.addAttribute("ticket", casework.ticketOf(app).orElse(null));
    return "casework/application";
  }

  @PostMapping("/applications/{id}/materials")
  String materials(@PathVariable UUID id, @RequestParam(name = "code", required = false) List<String> codes,
      @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    return act(id, redirect, "casework.done.materials", () -> casework.receiveMaterials(id,
        codes == null ? List.of() : codes, actor));
  }

  @PostMapping("/applications/{id}/defective")
  String defective(@PathVariable UUID id, @RequestParam String code, @RequestParam(required = false) String reason,
      @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    return act(id, redirect, "casework.done.defective", () -> casework.markDefective(id, code, reason, actor));
  }

  @PostMapping("/applications/{id}/notice")
  String notice(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    return act(id, redirect, "casework.done.notice", () -> casework.issueSupplementNotice(id, actor));
  }

  @PostMapping("/applications/{id}/accept")
  String accept(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    return act(id, redirect, "casework.done.accept", () -> casework.accept(id, actor));
  }

  @PostMapping("/applications/{id}/reject")
  String reject(@PathVariable UUID id, @RequestParam(required = false) String basis,
      @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    return act(id, redirect, "casework.done.reject", () -> casework.reject(id, limit(basis, 2000), actor));
  }

  @PostMapping("/applications/{id}/pause")
  String pause(@PathVariable UUID id, @RequestParam PauseKind kind, @RequestParam(required = false) String reason,
      @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    return act(id, redirect, "casework.done.pause", () -> casework.pause(id, kind, limit(reason, 500), actor));
  }

  @PostMapping("/applications/{id}/resume")
  String resume(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    return act(id, redirect, "casework.done.resume", () -> casework.resume(id, actor));
  }

  @PostMapping("/applications/{id}/extension")
  String extension(@PathVariable UUID id, @RequestParam(defaultValue = "0") int days,
      @RequestParam(required = false) String reason, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    return act(id, redirect, "casework.done.extension", () -> casework.requestExtension(id, days, limit(reason, 500), actor));
  }

  @PostMapping("/applications/{id}/extensions/{extensionId}/decision")
  String decide(@PathVariable UUID id, @PathVariable UUID extensionId, @RequestParam boolean approve,
      @RequestParam(required = false) String note, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    return act(id, redirect, approve ? "casework.done.extensionApproved" : "casework.done.extensionRefused",
        () -> casework.decideExtension(id, extensionId, approve, limit(note, 500), actor));
  }

  @PostMapping("/applications/{id}/complete")
  String complete(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean approved,
      @RequestParam(required = false) String basis, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    return act(id, redirect, "casework.done.complete", () -> casework.complete(id, approved, limit(basis, 2000), actor));
  }

  @PostMapping("/applications/{id}/deliver")
  String deliver(@PathVariable UUID id, @RequestParam(required = false) String how,
      @RequestParam(required = false) String address, @AuthenticationPrincipal Actor actor,
      RedirectAttributes redirect) {
    return act(id, redirect, "casework.done.deliver", () -> casework.deliver(id, how, limit(address, 300), actor));
  }

  @GetMapping("/applications/{id}/notices/{noticeId}")
  String printNotice(@PathVariable UUID id, @PathVariable UUID noticeId, @AuthenticationPrincipal Actor actor,
      Model model) {
    Application app = casework.get(id, actor);
    CaseHistory.Notice notice = casework.notice(id, noticeId, actor);
    String link = ServletUriComponentsBuilder.fromCurrentContextPath().path("/verify/" + notice.verifyCode())
        .build().toUriString();
    model.addAttribute("app", app);
    model.addAttribute("notice", notice);
    model.addAttribute("parts", notice.body().split("\\|", -1));
    model.addAttribute("link", link);
    model.addAttribute("qr", QrCodes.dataUri(link, 240));
    model.addAttribute("unit", organization.unit(app.unitCode()).orElse(null));
    return "casework/notice";
  }

  private interface Action {
    Object run();
  }

  private static String act(UUID id, RedirectAttributes redirect, String doneKey, Action action) {
    try {
      action.run();
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(doneKey));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/casework/applications/" + id;
  }

  private Map<UUID, String> levels(List<ApplicationSearch.Row> rows) {
    Map<UUID, String> levels = new LinkedHashMap<>();
    rows.forEach(r -> levels.put(r.id(), warnings.of(r.status(), r.promisedDue(), r.pausedSince()).name()));
    return levels;
  }

  private Map<String, String> unitNames() {
    Map<String, String> names = new LinkedHashMap<>();
    organization.units().forEach(u -> names.put(u.code(), u.name()));
    return names;
  }

  private static String limit(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
