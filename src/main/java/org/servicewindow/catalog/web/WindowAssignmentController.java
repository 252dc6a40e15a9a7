package org.servicewindow.catalog.web;

import java.util.List;
import org.servicewindow.catalog.internal.PublicGuides;
import org.servicewindow.catalog.internal.WindowAssignment;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.WindowSummary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Which items each window handles, for hall managers (their hall's windows), unit admins (their unit's
 * windows) and the platform operator: the list of a hall's windows, and one window's choice of items.
 */
@Controller
@RequestMapping("/admin/catalog/windows")
class WindowAssignmentController {

  private final WindowAssignment assignment;
  private final PublicGuides guides;

  WindowAssignmentController(WindowAssignment assignment, PublicGuides guides) {
    this.assignment = assignment;
    this.guides = guides;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String hall,
      @RequestParam(required = false) Integer page,
      Model model) {
    List<HallSummary> halls = assignment.halls(actor);
    String chosen = hall != null && halls.stream().anyMatch(h -> h.code().equals(hall)) ? hall
        : halls.isEmpty() ? null : halls.get(0).code();
    model.addAttribute("halls", halls);
    model.addAttribute("hall", chosen);
    model.addAttribute("windows", chosen == null ? PageQuery.of(0, null).result(List.of(), 0)
        : assignment.windows(actor, chosen, PageQuery.of(page, 50)));
    return "catalog/admin/windows";
  }

  @GetMapping("/{code}")
  String edit(@AuthenticationPrincipal Actor actor, @PathVariable String code, Model model) {
    return form(actor, assignment.window(actor, code), assignment.assigned(code), model);
  }

  @PostMapping("/{code}")
  String save(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String code,
      @RequestParam(name = "items", required = false) List<String> items,
      Model model,
      RedirectAttributes redirect) {
    WindowSummary window = assignment.window(actor, code);
    List<String> chosen = items == null ? List.of() : items;
    try {
      List<String> saved = assignment.assign(actor, code, chosen);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("catalog.window.saved", window.name(), saved.size()));
      return "redirect:/admin/catalog/windows?hall=" + window.hallCode();
    } catch (DomainException e) {
      model.addAttribute("error", e);
      return form(actor, window, chosen, model);
    }
  }

  private String form(Actor actor, WindowSummary window, List<String> assigned, Model model) {
    model.addAttribute("window", window);
    model.addAttribute("hallName", assignment.halls(actor).stream().filter(h -> h.code().equals(window.hallCode()))
        .map(HallSummary::name).findFirst().orElse(window.hallCode()));
    model.addAttribute("assigned", assigned);
    model.addAttribute("choices", assignment.choices());
    model.addAttribute("unitNames", guides.units().stream()
        .collect(java.util.stream.Collectors.toMap(PublicGuides.UnitEntry::code, PublicGuides.UnitEntry::name)));
    return "catalog/admin/window-form";
  }
}
