package org.servicewindow.prereview.web;

import java.time.LocalDate;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.prereview.ServiceCommitments;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 服务承诺: the public page of every unit's and hall's commitments, and the unit admin's page to publish
 * them with the signed date. A refused save shows the form again with what was typed.
 */
@Controller
class CommitmentController {

  private final ServiceCommitments commitments;
  private final java.time.Clock clock;

  CommitmentController(ServiceCommitments commitments, java.time.Clock clock) {
    this.commitments = commitments;
    this.clock = clock;
  }

  @GetMapping("/commitments")
  String published(@RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    model.addAttribute("rows", commitments.published(PageQuery.of(page, 10)));
    return htmx != null ? "prereview/commitments :: results" : "prereview/commitments";
  }

  @GetMapping("/admin/commitments")
  String owners(@AuthenticationPrincipal Actor actor, Model model) {
    var owners = commitments.ownersFor(actor);
    java.util.Map<String, Object> current = new java.util.HashMap<>();
    for (var o : owners) {
      commitments.of(o.kind(), o.code()).ifPresent(c -> current.put(o.kind() + ":" + o.code(), c));
    }
    model.addAttribute("owners", owners);
    model.addAttribute("current", current);
    return "prereview/commitment-owners";
  }

  @GetMapping("/admin/commitments/{kind}/{code}")
  String edit(@PathVariable String kind, @PathVariable String code, @AuthenticationPrincipal Actor actor, Model model) {
    var owner = owner(kind, code, actor);
    model.addAttribute("owner", owner);
    var c = commitments.of(kind, code).orElse(null);
    model.addAttribute("draft", c == null
        ? new ServiceCommitments.Draft("", "", "", "", "", ChinaTime.today(clock), "")
        : new ServiceCommitments.Draft(c.hours(), c.timeLimits(), c.attitude(), c.complaints(), c.complaintPhone(),
            c.signedOn(), c.signedBy()));
    return "prereview/commitment-form";
  }

  @PostMapping("/admin/commitments/{kind}/{code}")
  String save(@PathVariable String kind, @PathVariable String code, @RequestParam(required = false) String hours,
      @RequestParam(required = false) String timeLimits, @RequestParam(required = false) String attitude,
      @RequestParam(required = false) String complaints, @RequestParam(required = false) String complaintPhone,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
      @RequestParam(required = false) String signedBy, @AuthenticationPrincipal Actor actor, Model model,
      RedirectAttributes redirect) {
    var draft = new ServiceCommitments.Draft(hours, timeLimits, attitude, complaints, complaintPhone, signedOn, signedBy);
    try {
      commitments.publish(kind, code, draft, actor);
    } catch (DomainException e) {
      if (e instanceof NotFoundException) {
        throw e;
      }
      model.addAttribute("owner", owner(kind, code, actor));
      model.addAttribute("draft", draft);
      model.addAttribute("errorKey", e.messageKey());
      model.addAttribute("errorArgs", e.args());
      return "prereview/commitment-form";
    }
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("commitment.published"));
    return "redirect:/admin/commitments";
  }

  private ServiceCommitments.Owner owner(String kind, String code, Actor actor) {
    return commitments.ownersFor(actor).stream().filter(o -> o.kind().equals(kind) && o.code().equals(code))
        .findFirst().orElseThrow(() -> new NotFoundException("commitment.owner.notFound"));
  }
}
