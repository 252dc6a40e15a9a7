package org.servicewindow.casework.web;

import java.util.UUID;
import org.servicewindow.casework.FrontDesk;
import org.servicewindow.catalog.Catalog;
import org.servicewindow.catalog.ServiceItemSummary;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's screens: first-contact inquiries with their handovers, the consultation log, and escalations
 * with the leader's decision. Forms post and redirect; a refused rule keeps what was typed in the flash.
 */
@Controller
@RequestMapping("/casework")
class DeskPagesController {

  private final FrontDesk desk;
  private final Catalog catalog;
  private final OrganizationApi organization;
  private final java.time.Clock clock;

  DeskPagesController(FrontDesk desk, Catalog catalog, OrganizationApi organization, java.time.Clock clock) {
    this.clock = clock;
    this.desk = desk;
    this.catalog = catalog;
    this.organization = organization;
  }

  @GetMapping("/inquiries")
  String inquiries(@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal Actor actor,
      Model model) {
    model.addAttribute("rows", desk.inquiries(actor, overdue, PageQuery.of(page, 20)));
    model.addAttribute("overdue", overdue);
    model.addAttribute("overdueBefore", desk.inquiryOverdueBefore());
    model.addAttribute("me", actor.username());
    model.addAttribute("canLog", actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER));
    return htmx != null ? "casework/inquiries :: results" : "casework/inquiries";
  }

  @PostMapping("/inquiries")
  String logInquiry(@RequestParam(required = false) String subject, @RequestParam(required = false) String question,
      @RequestParam(required = false) String citizenName, @RequestParam(required = false) String citizenPhone,
      @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    try {
      desk.logInquiry(limit(subject, 200), limit(question, 2000), limit(citizenName, 100), limit(citizenPhone, 32), actor);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("casework.inquiry.logged"));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      redirect.addFlashAttribute("subject", subject);
      redirect.addFlashAttribute("question", question);
    }
    return "redirect:/casework/inquiries";
  }

  @PostMapping("/inquiries/{id}/handover")
  String handover(@PathVariable UUID id, @RequestParam(required = false) String to,
      @RequestParam(required = false) String note, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    return act(redirect, "/casework/inquiries", "casework.inquiry.offered",
        () -> desk.offerHandover(id, limit(to, 64), limit(note, 500), actor));
  }

  @PostMapping("/inquiries/{id}/accept")
  String acceptHandover(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    return act(redirect, "/casework/inquiries", "casework.inquiry.accepted", () -> desk.acceptHandover(id, actor));
  }

  @PostMapping("/inquiries/{id}/resolve")
  String resolve(@PathVariable UUID id, @RequestParam(required = false) String resolution,
      @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    return act(redirect, "/casework/inquiries", "casework.inquiry.resolvedDone",
        () -> desk.resolve(id, limit(resolution, 2000), actor));
  }

  @GetMapping("/consultations")
  String consultations(@RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal Actor actor,
      Model model) {
    model.addAttribute("rows", desk.consultations(actor, PageQuery.of(page, 20)));
    model.addAttribute("canLog", actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER));
    model.addAttribute("services", actor.windowCode() == null ? java.util.List.<ServiceItemSummary>of()
        : organization.servicesOf(actor.windowCode()).stream().map(catalog::find).flatMap(java.util.Optional::stream).toList());
    return htmx != null ? "casework/consultations :: results" : "casework/consultations";
  }

  @PostMapping("/consultations")
  String logConsultation(@RequestParam(required = false) String service, @RequestParam(required = false) String question,
      @RequestParam(required = false) String answer, @RequestParam(required = false) String phone,
      @RequestParam(defaultValue = "false") boolean sendGuide, @RequestParam(defaultValue = "5") int minutes,
      @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    try {
      desk.logConsultation(limit(service, 64), limit(question, 2000), limit(answer, 4000), limit(phone, 32), sendGuide,
          minutes, actor);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("casework.consultation.logged"));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      redirect.addFlashAttribute("question", question);
      redirect.addFlashAttribute("answer", answer);
    }
    return "redirect:/casework/consultations";
  }

  @GetMapping("/escalations")
  String escalations(@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) UUID application,
      @RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal Actor actor,
      Model model) {
    model.addAttribute("rows", desk.escalations(actor, open, PageQuery.of(page, 20)));
    model.addAttribute("open", open);
    model.addAttribute("linkedApplication", application);
    model.addAttribute("canRaise", actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER) || actor.has(Role.UNIT_ADMIN));
    model.addAttribute("today", org.servicewindow.common.ChinaTime.today(clock));
    return htmx != null ? "casework/escalations :: results" : "casework/escalations";
  }

  @PostMapping("/escalations")
  String escalate(@RequestParam(required = false) String problem, @RequestParam(required = false) String solution,
      @RequestParam(required = false) UUID application, @AuthenticationPrincipal Actor actor,
      RedirectAttributes redirect) {
    try {
      var e = desk.escalate(limit(problem, 2000), limit(solution, 2000), application, actor);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("casework.escalation.raised"));
      return "redirect:/casework/escalations/" + e.id();
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      redirect.addFlashAttribute("problem", problem);
      redirect.addFlashAttribute("solution", solution);
      return "redirect:/casework/escalations" + (application == null ? "" : "?application=" + application);
    }
  }

  @GetMapping("/escalations/{id}")
  String escalation(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("e", desk.escalation(id, actor));
    model.addAttribute("isLeader", actor.has(Role.LEADER));
    return "casework/escalation";
  }

  @PostMapping("/escalations/{id}/decision")
  String decide(@PathVariable UUID id, @RequestParam(required = false) String decision,
      @RequestParam(required = false) String instruction, @AuthenticationPrincipal Actor actor,
      RedirectAttributes redirect) {
    return act(redirect, "/casework/escalations/" + id, "casework.escalation.decidedDone",
        () -> desk.decide(id, decision, limit(instruction, 2000), actor));
  }

  private interface Action {
    Object run();
  }

  private static String act(RedirectAttributes redirect, String target, String doneKey, Action action) {
    try {
      action.run();
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(doneKey));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:" + target;
  }

  private static String limit(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
