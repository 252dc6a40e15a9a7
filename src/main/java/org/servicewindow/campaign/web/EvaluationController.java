package org.servicewindow.campaign.web;

import java.time.LocalDate;
import java.util.UUID;
import org.servicewindow.campaign.Campaigns;
import org.servicewindow.campaign.JointEvaluation;
import org.servicewindow.campaign.JointEvaluation.Grade;
import org.servicewindow.campaign.JointEvaluation.HonourKind;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 检查测评: results and publication, the team, honours, the media list, and one unit's evaluation sheet. */
@Controller
@RequestMapping("/campaigns/{id}/evaluation")
class EvaluationController {

  private final Campaigns campaigns;
  private final JointEvaluation evaluation;

  EvaluationController(Campaigns campaigns, JointEvaluation evaluation) {
    this.campaigns = campaigns;
    this.evaluation = evaluation;
  }

  @GetMapping
  String overview(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("c", campaigns.get(id));
    model.addAttribute("results", evaluation.results(actor, id));
    model.addAttribute("team", evaluation.team(id));
    model.addAttribute("honours", evaluation.honours(id));
    model.addAttribute("media", evaluation.media(id, PageQuery.of(page, 10)));
    model.addAttribute("lead", Campaigns.isLeadOffice(actor));
    model.addAttribute("honourKinds", HonourKind.values());
    return "campaign/evaluation";
  }

  @GetMapping("/{unit}")
  String sheet(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable String unit, Model model) {
    model.addAttribute("s", evaluation.sheet(actor, id, unit));
    model.addAttribute("lead", Campaigns.isLeadOffice(actor));
    model.addAttribute("grades", Grade.values());
    return "campaign/sheet";
  }

  @PostMapping("/{unit}")
  String evaluate(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable String unit,
      @RequestParam(required = false) Integer score, @RequestParam(required = false) String findings,
      @RequestParam(required = false) Grade grade, Model model, RedirectAttributes redirect) {
    try {
      evaluation.evaluate(actor, id, unit, score == null ? -1 : score, findings, grade);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("campaign.evaluation.saved"));
      return "redirect:/campaigns/" + id + "/evaluation/" + unit;
    } catch (DomainException e) {
      model.addAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      model.addAttribute("draftScore", score);
      model.addAttribute("draftFindings", findings);
      model.addAttribute("draftGrade", grade);
      return sheet(actor, id, unit, model);
    }
  }

  @PostMapping("/team")
  String addEvaluator(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String name,
      @RequestParam(required = false) String affiliation, @RequestParam(required = false) String teamRole,
      RedirectAttributes redirect) {
    return act(id, redirect, "campaign.team.added", () -> evaluation.addEvaluator(actor, id, name, affiliation, teamRole));
  }

  @PostMapping("/team/{evaluator}/delete")
  String removeEvaluator(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID evaluator,
      RedirectAttributes redirect) {
    return act(id, redirect, "campaign.team.removed", () -> evaluation.removeEvaluator(actor, id, evaluator));
  }

  @PostMapping("/honours")
  String addHonour(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(required = false) HonourKind kind, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String name, @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return act(id, redirect, "campaign.honour.added", () -> evaluation.addHonour(actor, id, kind, unit, name, reason));
  }

  @PostMapping("/honours/{honour}/delete")
  String removeHonour(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID honour,
      RedirectAttributes redirect) {
    return act(id, redirect, "campaign.honour.removed", () -> evaluation.removeHonour(actor, id, honour));
  }

  @PostMapping("/media")
  String addMedia(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String tone,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String outlet,
      @RequestParam(required = false) String title, @RequestParam(required = false) LocalDate publishedOn,
      @RequestParam(required = false) String summary, RedirectAttributes redirect) {
    return act(id, redirect, "campaign.media.added",
        () -> evaluation.addMedia(actor, id, !"NEGATIVE".equals(tone), unit, outlet, title, publishedOn, summary));
  }

  @PostMapping("/publish")
  String publish(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
    return act(id, redirect, "campaign.publish.done", () -> evaluation.publish(actor, id));
  }

  private static String act(UUID id, RedirectAttributes redirect, String success, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(success));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/campaigns/" + id + "/evaluation";
  }
}
