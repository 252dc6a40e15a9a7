package org.servicewindow.assessment.web;

import java.util.UUID;
import org.servicewindow.assessment.internal.Honours;
import org.servicewindow.assessment.internal.Rankings;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.training.TrainingApi;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 示范窗口 / 服务标兵: candidates with their evidence pack, the leader's decision, the public honour list. */
@Controller
class HonourController {

  private final Honours honours;
  private final Rankings rankings;
  private final TrainingApi training;
  private final org.servicewindow.organization.OrganizationApi organization;

  HonourController(Honours honours, Rankings rankings, TrainingApi training,
      org.servicewindow.organization.OrganizationApi organization) {
    this.honours = honours;
    this.rankings = rankings;
    this.training = training;
    this.organization = organization;
  }

  @GetMapping("/assessment/honours")
  String candidates(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("honours", honours.page(actor, PageQuery.of(page, null)));
    model.addAttribute("leader", actor.has(org.servicewindow.identity.Role.LEADER));
    return "assessment/honours";
  }

  @GetMapping("/assessment/honours/{id}")
  String evidence(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    Honours.Honour h = honours.get(actor, id);
    model.addAttribute("honour", h);
    model.addAttribute("period", rankings.period(h.periodId()));
    model.addAttribute("lines", rankings.lines(actor, h.scoreId()));
    model.addAttribute("leader", actor.has(org.servicewindow.identity.Role.LEADER));
    if (h.type() == org.servicewindow.assessment.SubjectType.STAFF) {
      organization.staffOfUser(h.code()).ifPresent(s -> model.addAttribute("training",
          training.indicatorsOfStaff(s.id(), rankings.period(h.periodId()).from().getYear())));
    }
    return "assessment/honour";
  }

  @PostMapping("/assessment/honours/{id}/decision")
  String decide(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String decision,
      @RequestParam(required = false) String note, RedirectAttributes redirect) {
    try {
      honours.decide(actor, id, "APPROVE".equals(decision), note);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("assessment.honour.decidedOk"));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/assessment/honours/" + id;
  }

  @GetMapping("/honours")
  String published(@RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("honours", honours.published(PageQuery.of(page, null)));
    java.util.Map<String, String> units = new java.util.HashMap<>();
    organization.units().forEach(u -> units.put(u.code(), u.name()));
    model.addAttribute("unitNames", units);
    return "assessment/public-honours";
  }
}
