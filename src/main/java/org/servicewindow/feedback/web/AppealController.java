package org.servicewindow.feedback.web;

import java.util.UUID;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.feedback.Appeals;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 申诉复核: staff file an appeal against a rating from its ledger entry; reviewers decide on this page. */
@Controller
@RequestMapping("/feedback/appeals")
class AppealController {

  private final Appeals appeals;
  private final OrganizationApi organization;

  AppealController(Appeals appeals, OrganizationApi organization) {
    this.appeals = appeals;
    this.organization = organization;
  }

  @GetMapping
  String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("appeals", appeals.page(actor, PageQuery.of(page, null)));
    model.addAttribute("reviewer", actor.has(Role.HALL_MANAGER) || actor.has(Role.INSPECTOR));
    model.addAttribute("names", new LedgerNames(organization));
    return "feedback/appeals";
  }

  @PostMapping
  String file(@AuthenticationPrincipal Actor actor, @RequestParam UUID evaluationId,
      @RequestParam(required = false) UUID entry, @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    try {
      appeals.file(actor, evaluationId, reason);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("feedback.appeal.filed"));
    } catch (NotFoundException e) {
      throw e;
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return entry == null ? "redirect:/feedback/appeals" : "redirect:/feedback/ledger/" + entry;
  }

  @PostMapping("/{id}/decide")
  String decide(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String decision,
      @RequestParam(required = false) String note, RedirectAttributes redirect) {
    try {
      appeals.decide(actor, id, "UPHELD".equals(decision), note);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("feedback.appeal.decidedOk"));
    } catch (NotFoundException e) {
      throw e;
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/feedback/appeals";
  }
}
