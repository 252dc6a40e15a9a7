package org.servicewindow.prereview.web;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.prereview.PublicAppraisals;
import org.servicewindow.prereview.internal.PhoneVerification;
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
 * 群众评议: the public questionnaire (phone verified, one answer per person and campaign), and the pages
 * where the supervision office opens campaigns and everyone concerned reads the results per unit.
 */
@Controller
class AppraisalController {

  static final String PURPOSE = "APPRAISAL";
  static final String PHONE = "appraisal.phone";

  private final PublicAppraisals appraisals;
  private final PhoneVerification phones;
  private final java.time.Clock clock;

  AppraisalController(PublicAppraisals appraisals, PhoneVerification phones, java.time.Clock clock) {
    this.clock = clock;
    this.appraisals = appraisals;
    this.phones = phones;
  }

  @GetMapping("/appraisal/{token}")
  String questionnaire(@PathVariable String token, @RequestParam(required = false) String phone, HttpSession session,
      Model model) {
    return form(token, phone, null, session, model);
  }

  @PostMapping("/appraisal/{token}/code")
  String code(@PathVariable String token, @RequestParam(required = false) String phone, HttpSession session,
      Model model, RedirectAttributes redirect) {
    appraisals.byToken(token);
    try {
      phones.send(phone == null ? null : phone.strip(), PURPOSE);
    } catch (DomainException e) {
      model.addAttribute("errorKey", e.messageKey());
      model.addAttribute("errorArgs", e.args());
      return form(token, phone, null, session, model);
    }
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("prereview.code.sent"));
    return "redirect:/appraisal/" + token + "?phone=" + phone.strip();
  }

  @PostMapping("/appraisal/{token}")
  String respond(@PathVariable String token, @RequestParam(required = false) String phone,
      @RequestParam(required = false) String code, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int attitude,
      @RequestParam(defaultValue = "0") int efficiency, @RequestParam(defaultValue = "0") int results,
      @RequestParam(defaultValue = "0") int environment, @RequestParam(defaultValue = "0") int discipline,
      @RequestParam(required = false) String comment, HttpSession session, Model model, RedirectAttributes redirect) {
    var answer = new PublicAppraisals.Answer(kind, unit, attitude, efficiency, results, environment, discipline, comment);
    String p = phone == null ? null : phone.strip();
    try {
      if (p == null || !p.equals(session.getAttribute(PHONE))) {
        phones.verify(p, PURPOSE, code);
        session.setAttribute(PHONE, p);
      }
      appraisals.respond(token, p, answer);
    } catch (DomainException e) {
      model.addAttribute("errorKey", e.messageKey());
      model.addAttribute("errorArgs", e.args());
      return form(token, phone, answer, session, model);
    }
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("appraisal.thanks"));
    return "redirect:/appraisal/" + token + "/thanks";
  }

  @GetMapping("/appraisal/{token}/thanks")
  String thanks(@PathVariable String token, Model model) {
    model.addAttribute("campaign", appraisals.byToken(token));
    return "prereview/appraisal-thanks";
  }

  @GetMapping("/admin/appraisals")
  String campaigns(@RequestParam(required = false) Integer page, @AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("rows", appraisals.campaigns(PageQuery.of(page, 20)));
    model.addAttribute("canOpen", actor.has(Role.INSPECTOR) || actor.has(Role.SYSADMIN));
    return "prereview/appraisals";
  }

  @PostMapping("/admin/appraisals")
  String open(@RequestParam(required = false) String title,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
      @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    try {
      var c = appraisals.open(title, opensOn, closesOn, List.of(), actor);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("appraisal.opened", c.title()));
      return "redirect:/admin/appraisals/" + c.id();
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      return "redirect:/admin/appraisals";
    }
  }

  @GetMapping("/admin/appraisals/{id}")
  String results(@PathVariable UUID id, @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer page, @RequestHeader(name = "HX-Request", required = false) String htmx,
      @AuthenticationPrincipal Actor actor, Model model) {
    var campaign = appraisals.campaign(id);
    var results = appraisals.results(id);
    if (actor.scope().level() != org.servicewindow.identity.DataScope.Level.ALL) {
      results = results.stream().filter(r -> r.unitCode().equals(actor.unitCode())).toList();
    }
    String chosen = unit != null && results.stream().anyMatch(r -> r.unitCode().equals(unit)) ? unit
        : results.isEmpty() ? null : results.get(0).unitCode();
    model.addAttribute("campaign", campaign);
    model.addAttribute("results", results);
    model.addAttribute("unit", chosen);
    model.addAttribute("comments", chosen == null ? null : appraisals.comments(id, chosen, PageQuery.of(page, 10)));
    return htmx != null ? "prereview/appraisal-results :: results" : "prereview/appraisal-results";
  }

  private String form(String token, String phone, PublicAppraisals.Answer answer, HttpSession session, Model model) {
    var campaign = appraisals.byToken(token);
    model.addAttribute("campaign", campaign);
    model.addAttribute("units", appraisals.units(campaign.id()));
    model.addAttribute("open", campaign.openOn(org.servicewindow.common.ChinaTime.today(clock)));
    model.addAttribute("phone", phone);
    model.addAttribute("answer", answer);
    java.util.Map<String, Integer> scores = new java.util.HashMap<>();
    if (answer != null) {
      scores.put("attitude", answer.attitude());
      scores.put("efficiency", answer.efficiency());
      scores.put("results", answer.results());
      scores.put("environment", answer.environment());
      scores.put("discipline", answer.discipline());
    }
    model.addAttribute("scores", scores);
    model.addAttribute("verified", phone != null && phone.equals(session.getAttribute(PHONE)));
    model.addAttribute("dimensions", List.of("attitude", "efficiency", "results", "environment", "discipline"));
    return "prereview/appraisal";
  }
}
