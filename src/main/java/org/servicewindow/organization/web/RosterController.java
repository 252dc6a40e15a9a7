package org.servicewindow.organization.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.internal.Access;
import org.servicewindow.organization.internal.RosterAdministration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The duty roster of a hall, a day at a time: who is on which window, who is away and who stands in.
 * A refused save shows the page again with the choices made, so nothing typed is lost.
 */
@Controller
@RequestMapping("/admin/roster")
class RosterController {

  private final RosterAdministration roster;

  RosterController(RosterAdministration roster) {
    this.roster = roster;
  }

  @GetMapping
  String day(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String hall,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) Integer page,
      Model model) {
    return show(actor, roster.defaultHall(actor, hall), date == null ? roster.today() : date, page, Map.of(), model);
  }

  @PostMapping
  String save(
      @AuthenticationPrincipal Actor actor,
      @RequestParam String hall,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) Integer page,
      @RequestParam(name = "window", required = false) List<String> windows,
      @RequestParam(name = "staff", required = false) List<String> staff,
      Model model,
      RedirectAttributes redirect) {
    Map<String, UUID> assignments = new LinkedHashMap<>();
    List<String> codes = windows == null ? List.of() : windows;
    for (int i = 0; i < codes.size(); i++) {
      String chosen = staff == null || i >= staff.size() ? "" : staff.get(i);
      assignments.put(codes.get(i), chosen.isBlank() ? null : staffId(chosen));
    }
    try {
      roster.save(actor, hall, date, assignments);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("org.roster.saved", date.toString()));
      return "redirect:/admin/roster?hall=" + hall + "&date=" + date + (page == null ? "" : "&page=" + page);
    } catch (DomainException e) {
      model.addAttribute("error", e);
      return show(actor, hall, date, page, assignments, model);
    }
  }

  @PostMapping("/fill")
  String fill(
      @AuthenticationPrincipal Actor actor,
      @RequestParam String hall,
      @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
      RedirectAttributes redirect) {
    int written = roster.fillMonth(actor, hall, month);
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("org.roster.filled", month.toString(), written));
    return "redirect:/admin/roster?hall=" + hall + "&date=" + month.atDay(1);
  }

  private static UUID staffId(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new org.servicewindow.common.NotFoundException("org.staff.notFound");
    }
  }

  private String show(
      Actor actor, String hall, LocalDate date, Integer page, Map<String, UUID> submitted, Model model) {
    var day = roster.day(actor, hall, date, null, PageQuery.of(page, null));
    Map<String, String> chosen = new HashMap<>();
    day.lines().items().forEach(l -> {
      if (submitted.containsKey(l.window().code())) {
        UUID id = submitted.get(l.window().code());
        chosen.put(l.window().code(), id == null ? "" : id.toString());
      } else if (l.rostered() && l.onDuty() != null) {
        chosen.put(l.window().code(), l.onDuty().id().toString());
      } else {
        chosen.put(l.window().code(), "");
      }
    });
    model.addAttribute("day", day);
    model.addAttribute("chosen", chosen);
    model.addAttribute("halls", roster.hallChoices(actor));
    model.addAttribute("canEdit", Access.canManage(actor) && day.editable());
    model.addAttribute("month", YearMonth.from(date).toString());
    model.addAttribute("page", page == null ? 0 : page);
    return "organization/roster/day";
  }
}
