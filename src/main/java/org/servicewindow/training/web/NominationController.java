package org.servicewindow.training.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.training.TitleKind;
import org.servicewindow.training.internal.Nomination;
import org.servicewindow.training.internal.Nominations;
import org.servicewindow.training.internal.Participants;
import org.servicewindow.training.internal.TrainingAccess;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Nominations for 文明柜台, 党员先锋岗, 岗位明星 and 服务标兵: nominate, approve or reject, publish; the public roll. */
@Controller
class NominationController {

  record NominationForm(@NotNull UUID staffId, @NotNull TitleKind kind, @NotBlank @Size(max = 2000) String reasons) {}

  private final Nominations nominations;
  private final Participants participants;

  NominationController(Nominations nominations, Participants participants) {
    this.nominations = nominations;
    this.participants = participants;
  }

  @GetMapping("/admin/training/nominations")
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) Nomination.Status status,
      @RequestParam(required = false) Integer page,
      Model model) {
    model.addAttribute("status", status);
    model.addAttribute("statuses", Nomination.Status.values());
    model.addAttribute("nominations", nominations.search(actor, status, PageQuery.of(page, null)));
    model.addAttribute("canOrganize", TrainingAccess.canOrganize(actor));
    model.addAttribute("canDecide", TrainingAccess.canDecide(actor));
    return "training/nominations";
  }

  @GetMapping("/admin/training/nominations/new")
  String newForm(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("form", new NominationForm(null, TitleKind.POST_STAR, ""));
    return form(actor, model);
  }

  @PostMapping("/admin/training/nominations")
  String nominate(
      @AuthenticationPrincipal Actor actor,
      @Valid @ModelAttribute("form") NominationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return Forms.save(errors, redirect, () -> nominations.nominate(actor, form.staffId(), form.kind(), form.reasons()),
        n -> Flash.success("training.nomination.created", n.staffName()), n -> "/admin/training/nominations",
        () -> form(actor, model));
  }

  private String form(Actor actor, Model model) {
    model.addAttribute("kinds", TitleKind.values());
    model.addAttribute("staffChoices", participants.ofUnit(actor.unitCode()));
    return "training/nomination-form";
  }

  @PostMapping("/admin/training/nominations/{id}/approve")
  String approve(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(required = false) String note, RedirectAttributes redirect) {
    return Forms.act(redirect, () -> nominations.decide(actor, id, true, note),
        Flash.success("training.nomination.approved"), "/admin/training/nominations");
  }

  @PostMapping("/admin/training/nominations/{id}/reject")
  String reject(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(required = false) String note, RedirectAttributes redirect) {
    return Forms.act(redirect, () -> nominations.decide(actor, id, false, note),
        Flash.success("training.nomination.rejected"), "/admin/training/nominations");
  }

  @PostMapping("/admin/training/nominations/{id}/publish")
  String publish(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
    return Forms.act(redirect, () -> nominations.publish(actor, id),
        Flash.success("training.nomination.published"), "/admin/training/nominations");
  }

  @GetMapping("/public/honours")
  String honours(@RequestParam(required = false) TitleKind kind, @RequestParam(required = false) Integer page,
      Model model) {
    model.addAttribute("kind", kind);
    model.addAttribute("kinds", TitleKind.values());
    model.addAttribute("honours", nominations.published(kind, PageQuery.of(page, null)));
    return "training/honours";
  }
}
