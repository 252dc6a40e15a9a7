package org.servicewindow.assessment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.assessment.Indicator;
import org.servicewindow.assessment.PeriodKind;
import org.servicewindow.assessment.internal.AssessmentRuns;
import org.servicewindow.assessment.internal.AssessmentStore;
import org.servicewindow.assessment.internal.Honours;
import org.servicewindow.assessment.internal.Period;
import org.servicewindow.assessment.internal.Scheme;
import org.servicewindow.assessment.internal.Schemes;
import org.servicewindow.assessment.internal.ScoringRule;
import org.servicewindow.common.BusinessRuleException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scheme versions, periods (score now, freeze) and proposing honours — for inspectors and the system admin. */
@Controller
class AssessmentAdminController {

  private final Schemes schemes;
  private final AssessmentRuns runs;
  private final AssessmentStore store;
  private final Honours honours;
  private final java.time.Clock clock;

  AssessmentAdminController(Schemes schemes, AssessmentRuns runs, AssessmentStore store, Honours honours,
      java.time.Clock clock) {
    this.clock = clock;
    this.schemes = schemes;
    this.runs = runs;
    this.store = store;
    this.honours = honours;
  }

  @GetMapping("/assessment/periods")
  String periods(@RequestParam(required = false) PeriodKind kind, @RequestParam(required = false) Integer page,
      Model model) {
    model.addAttribute("kind", kind);
    model.addAttribute("kinds", PeriodKind.values());
    model.addAttribute("periods", runs.periods(kind, PageQuery.of(page, null)));
    return "assessment/periods";
  }

  @PostMapping("/assessment/periods/compute")
  String compute(@RequestParam(required = false) PeriodKind kind, @RequestParam(required = false) String key,
      RedirectAttributes redirect) {
    try {
      AssessmentRuns.Outcome o = runs.compute(Period.parse(kind == null ? PeriodKind.MONTH : kind, key == null ? null : key.strip()));
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("assessment.period.computed", o.period().key(), o.subjects()));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/assessment/periods";
  }

  @PostMapping("/assessment/periods/{id}/recompute")
  String recompute(@PathVariable UUID id, RedirectAttributes redirect) {
    Period p = runs.period(id).period();
    AssessmentRuns.Outcome o = runs.compute(p);
    redirect.addFlashAttribute(Flash.ATTRIBUTE, o.adjustments() > 0
        ? Flash.success("assessment.period.adjusted", p.key(), o.adjustments())
        : Flash.success("assessment.period.computed", p.key(), o.subjects()));
    return "redirect:/assessment/periods";
  }

  @PostMapping("/assessment/periods/{id}/freeze")
  String freeze(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
    Period p = runs.period(id).period();
    try {
      runs.freeze(p, actor.username());
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("assessment.period.frozen", p.key()));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/assessment/periods";
  }

  @PostMapping("/assessment/periods/{id}/honours")
  String propose(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
    try {
      int n = honours.propose(actor, id);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("assessment.honour.proposed", n));
      return "redirect:/assessment/honours";
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      return "redirect:/assessment/periods";
    }
  }

  @GetMapping("/assessment/schemes")
  String schemes(Model model) {
    List<Scheme> all = schemes.all();
    model.addAttribute("schemes", all);
    Map<String, String> values = new HashMap<>();
    Scheme latest = all.isEmpty() ? null : all.get(0);
    Schemes.Draft d = latest == null ? Schemes.demoDefault(org.servicewindow.common.ChinaTime.today(clock).withDayOfMonth(1)) : null;
    values.put("name", latest == null ? d.name() : latest.name());
    values.put("base", plain(latest == null ? d.base() : latest.base()));
    values.put("max", plain(latest == null ? d.max() : latest.max()));
    values.put("min", plain(latest == null ? d.min() : latest.min()));
    for (ScoringRule r : latest == null ? d.rules() : latest.rules()) {
      String i = r.indicator().name();
      values.put("on_" + i, "true");
      values.put("weight_" + i, plain(r.weight()));
      values.put("low_" + i, plain(r.low()));
      values.put("high_" + i, plain(r.high()));
      values.put("perItem_" + i, plain(r.perItem()));
      values.put("cap_" + i, plain(r.cap()));
      values.put("noData_" + i, plain(r.noDataPoints()));
    }
    return form(model, values);
  }

  @GetMapping("/assessment/schemes/{id}")
  String scheme(@PathVariable UUID id, Model model) {
    model.addAttribute("scheme", schemes.get(id));
    return "assessment/scheme";
  }

  @PostMapping("/assessment/schemes")
  String publish(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> values, Model model,
      RedirectAttributes redirect) {
    try {
      List<ScoringRule> rules = new ArrayList<>();
      for (Indicator i : Indicator.values()) {
        if (!"true".equals(values.get("on_" + i.name()))) {
          continue;
        }
        ScoringRule.Kind kind = ScoringRule.kindOf(i);
        rules.add(new ScoringRule(i, kind, kind == ScoringRule.Kind.SCALE ? number(values, "weight_" + i) : BigDecimal.ZERO,
            number(values, "low_" + i), number(values, "high_" + i), number(values, "perItem_" + i),
            number(values, "cap_" + i), number(values, "noData_" + i)));
      }
      LocalDate from = parseDay(values.get("effectiveFrom"));
      Scheme s = schemes.publish(actor, new Schemes.Draft(values.get("name"), from, number(values, "base"),
          number(values, "max"), number(values, "min"), values.get("note"), rules));
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("assessment.scheme.published", s.version()));
      return "redirect:/assessment/schemes/" + s.id();
    } catch (DomainException e) {
      model.addAttribute("error", e);
      model.addAttribute("schemes", schemes.all());
      return form(model, values);
    }
  }

  private String form(Model model, Map<String, String> values) {
    model.addAttribute("values", values);
    model.addAttribute("indicators", Indicator.values());
    model.addAttribute("scale", java.util.Arrays.stream(Indicator.values())
        .filter(i -> ScoringRule.kindOf(i) == ScoringRule.Kind.SCALE).toList());
    if (!model.containsAttribute("schemes")) {
      model.addAttribute("schemes", schemes.all());
    }
    return "assessment/schemes";
  }

  private static BigDecimal number(Map<String, String> values, String name) {
    String v = values.get(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(v.strip());
    } catch (NumberFormatException e) {
      throw new BusinessRuleException("assessment.scheme.numberInvalid", v);
    }
  }

  private static LocalDate parseDay(String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return v.length() == 7 ? LocalDate.parse(v + "-01") : LocalDate.parse(v);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BusinessRuleException("assessment.scheme.fromFirstOfMonth");
    }
  }

  private static String plain(BigDecimal v) {
    return v == null ? "" : v.stripTrailingZeros().toPlainString();
  }
}
