package org.servicewindow.supervision.web;

import java.util.Map;
import java.util.UUID;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.supervision.internal.Finding;
import org.servicewindow.supervision.internal.FindingKind;
import org.servicewindow.supervision.internal.Findings;
import org.servicewindow.supervision.internal.Supervision;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Automatic findings with the records behind them, detection on demand, and orders issued from a finding. */
@Controller
class FindingController {

  private final Findings findings;
  private final Supervision supervision;
  private final OrganizationApi organization;
  private final org.servicewindow.supervision.internal.Accountability accountability;

  FindingController(Findings findings, Supervision supervision, OrganizationApi organization,
      org.servicewindow.supervision.internal.Accountability accountability) {
    this.accountability = accountability;
    this.findings = findings;
    this.supervision = supervision;
    this.organization = organization;
  }

  @GetMapping("/supervision/findings")
  String findings(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) FindingKind kind,
      @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("kind", kind);
    model.addAttribute("kinds", FindingKind.values());
    model.addAttribute("findings", findings.findings(actor, kind, PageQuery.of(page, null)));
    model.addAttribute("canDetect", actor.has(Role.INSPECTOR));
    names(model);
    return "supervision/findings";
  }

  @PostMapping("/supervision/findings/detect")
  String detect(@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    int raised = findings.detect(actor.username());
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("supervision.finding.detected", raised));
    return "redirect:/supervision/findings";
  }

  @GetMapping("/supervision/findings/{id}")
  String finding(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    Finding finding = findings.finding(actor, id);
    model.addAttribute("finding", finding);
    model.addAttribute("records", findings.records(actor, id));
    model.addAttribute("orders", supervision.ordersOfFinding(actor, id));
    model.addAttribute("canIssue", actor.has(Role.INSPECTOR));
    model.addAttribute("accountability", accountability.ofFinding(actor, id));
    model.addAttribute("measures", org.servicewindow.supervision.internal.Accountability.Measure.values());
    if (!model.containsAttribute("values")) {
      model.addAttribute("values", Map.of("unitCode", finding.unitCode() == null ? "" : finding.unitCode(),
          "hallCode", finding.hallCode() == null ? "" : finding.hallCode(),
          "windowCode", finding.windowCode() == null ? "" : finding.windowCode()));
    }
    model.addAttribute("units", organization.units());
    model.addAttribute("halls", organization.halls());
    names(model);
    return "supervision/finding";
  }

  @PostMapping("/supervision/findings/{id}/orders")
  String issue(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> values,
      RedirectAttributes redirect) {
    try {
      var order = supervision.issueFromFinding(actor, id, new Supervision.NewOrder(values.get("unitCode"),
          values.get("hallCode"), values.get("windowCode"), values.get("staffNumber"), values.get("problem")));
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("supervision.order.issued"));
      return "redirect:/supervision/orders/" + order.id();
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      redirect.addFlashAttribute("values", values);
      return "redirect:/supervision/findings/" + id;
    }
  }

  private void names(Model model) {
    Map<String, String> units = new java.util.HashMap<>();
    organization.units().forEach(u -> units.put(u.code(), u.name()));
    Map<String, String> halls = new java.util.HashMap<>();
    organization.halls().forEach(h -> halls.put(h.code(), h.name()));
    model.addAttribute("unitNames", units);
    model.addAttribute("hallNames", halls);
  }
}
