package org.servicewindow.supervision.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.supervision.internal.ChecklistAdministration;
import org.servicewindow.supervision.internal.InspectionKind;
import org.servicewindow.supervision.internal.InspectionPlans;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inspection plans with their generated visits, and the checklist's administration (with revisions). */
@Controller
class InspectionPlanController {

  private final InspectionPlans plans;
  private final ChecklistAdministration checklist;
  private final org.servicewindow.supervision.internal.Supervision supervision;
  private final OrganizationApi organization;
  private final java.time.Clock clock;

  InspectionPlanController(InspectionPlans plans, ChecklistAdministration checklist,
      org.servicewindow.supervision.internal.Supervision supervision, OrganizationApi organization, java.time.Clock clock) {
    this.plans = plans;
    this.checklist = checklist;
    this.supervision = supervision;
    this.organization = organization;
    this.clock = clock;
  }

  @GetMapping("/supervision/plans")
  String plans(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("plans", plans.plans(actor, PageQuery.of(page, null)));
    model.addAttribute("canPlan", actor.has(Role.INSPECTOR) || (actor.has(Role.UNIT_ADMIN) && actor.unitCode() != null));
    return "supervision/plans";
  }

  @GetMapping("/supervision/plans/new")
  String newPlan(@AuthenticationPrincipal Actor actor, Model model) {
    LocalDate today = ChinaTime.today(clock);
    model.addAttribute("values", Map.of("from", today.toString(), "to", today.plusMonths(1).minusDays(1).toString(),
        "visitsPerUnit", "1"));
    model.addAttribute("selectedUnits", List.of());
    return planForm(actor, model);
  }

  @PostMapping("/supervision/plans")
  String create(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> values,
      @RequestParam(name = "units", required = false) List<String> units, Model model, RedirectAttributes redirect) {
    try {
      InspectionKind kind = values.get("kind") == null || values.get("kind").isBlank() ? null
          : InspectionKind.valueOf(values.get("kind"));
      var plan = plans.create(actor, new InspectionPlans.NewPlan(kind, values.get("title"), date(values.get("from")),
          date(values.get("to")), units, visits(values.get("visitsPerUnit")),
          Arrays.stream(values.getOrDefault("assignees", "").split("[,，\\s]+")).filter(s -> !s.isBlank()).toList(),
          values.get("note")));
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("supervision.plan.created", plan.visits()));
      return "redirect:/supervision/plans/" + plan.id();
    } catch (DomainException e) {
      model.addAttribute("error", e);
      model.addAttribute("values", values);
      model.addAttribute("selectedUnits", units == null ? List.of() : units);
      return planForm(actor, model);
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", new BusinessRuleException("supervision.inspection.kindRequired"));
      model.addAttribute("values", values);
      model.addAttribute("selectedUnits", units == null ? List.of() : units);
      return planForm(actor, model);
    }
  }

  private String planForm(Actor actor, Model model) {
    model.addAttribute("kinds", Arrays.stream(InspectionKind.values())
        .filter(k -> k.byInspector() ? actor.has(Role.INSPECTOR) : actor.has(Role.UNIT_ADMIN)).toList());
    model.addAttribute("units", organization.units());
    return "supervision/plan-form";
  }

  @GetMapping("/supervision/plans/{id}")
  String plan(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    var plan = plans.plan(actor, id);
    model.addAttribute("plan", plan);
    model.addAttribute("visits", plans.visits(actor, id));
    model.addAttribute("recordable", plans.visits(actor, id).stream().filter(v -> plans.mayRecord(actor, v, plan.kind()))
        .map(InspectionPlans.Visit::id).toList());
    Map<String, String> units = new java.util.HashMap<>();
    organization.units().forEach(u -> units.put(u.code(), u.name()));
    model.addAttribute("unitNames", units);
    return "supervision/plan";
  }

  @GetMapping("/supervision/checklist")
  String checklist(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String history, Model model) {
    model.addAttribute("items", supervision.checklistAll());
    model.addAttribute("dimensions", ChecklistAdministration.DIMENSIONS.stream().sorted().toList());
    if (history != null && !history.isBlank()) {
      model.addAttribute("historyOf", checklist.item(history));
      model.addAttribute("history", checklist.history(history));
    }
    return "supervision/checklist";
  }

  @PostMapping("/supervision/checklist")
  String addItem(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String label,
      @RequestParam(required = false) String dimension, @RequestParam(required = false) String maxScore,
      RedirectAttributes redirect) {
    try {
      checklist.add(actor, new ChecklistAdministration.ItemForm(label, dimension, number(maxScore), null));
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("supervision.checklist.added"));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/supervision/checklist";
  }

  @PostMapping("/supervision/checklist/{code}")
  String editItem(@AuthenticationPrincipal Actor actor, @PathVariable String code,
      @RequestParam(required = false) String label, @RequestParam(required = false) String dimension,
      @RequestParam(required = false) String maxScore, @RequestParam(required = false) String sortOrder,
      @RequestParam(required = false) String active, RedirectAttributes redirect) {
    try {
      if (active != null) {
        checklist.setActive(actor, code, Boolean.parseBoolean(active));
      } else {
        checklist.edit(actor, code,
            new ChecklistAdministration.ItemForm(label, dimension, number(maxScore), sortOrder == null || sortOrder.isBlank()
                ? null : number(sortOrder)));
      }
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("supervision.checklist.saved"));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/supervision/checklist";
  }

  private static LocalDate date(String s) {
    try {
      return s == null || s.isBlank() ? null : LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BusinessRuleException("supervision.plan.periodInvalid");
    }
  }

  private static int visits(String s) {
    try {
      return s == null || s.isBlank() ? 0 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Integer number(String s) {
    try {
      return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      throw new BusinessRuleException("supervision.checklist.maxScoreRange");
    }
  }
}
