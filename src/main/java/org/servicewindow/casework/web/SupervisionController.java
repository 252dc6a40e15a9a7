package org.servicewindow.casework.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.casework.ApplicationStatus;
import org.servicewindow.casework.Warnings;
import org.servicewindow.casework.internal.ApplicationSearch;
import org.servicewindow.casework.internal.Deadlines;
import org.servicewindow.casework.internal.SupervisionPrompts;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 督办 list: accepted applications near or past their promised date, per unit and hall, with the
 * prompts already raised — what a hall manager, unit admin or leader chases every morning.
 */
@Controller
class SupervisionController {

  private final ApplicationSearch search;
  private final SupervisionPrompts prompts;
  private final Warnings warnings;
  private final Deadlines deadlines;
  private final OrganizationApi organization;
  private final Clock clock;

  SupervisionController(ApplicationSearch search, SupervisionPrompts prompts, Warnings warnings, Deadlines deadlines,
      OrganizationApi organization, Clock clock) {
    this.search = search;
    this.prompts = prompts;
    this.warnings = warnings;
    this.deadlines = deadlines;
    this.organization = organization;
    this.clock = clock;
  }

  @GetMapping("/casework/supervision")
  String list(@RequestParam(required = false) String level, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String hall, @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal Actor actor,
      Model model) {
    String warning = "YELLOW".equals(level) || "RED".equals(level) ? level : "ANY";
    var today = ChinaTime.today(clock);
    var rows = search.search(new ApplicationSearch.Filter(null, ApplicationStatus.ACCEPTED, unit, hall, null, null,
        warning), actor, today, warnings.yellowLimit(), PageQuery.of(page, 20));
    Map<UUID, Integer> daysLeft = new LinkedHashMap<>();
    Map<UUID, String> levels = new LinkedHashMap<>();
    rows.items().forEach(r -> {
      daysLeft.put(r.id(), deadlines.daysLeft(today, r.promisedDue()));
      levels.put(r.id(), warnings.of(r.status(), r.promisedDue(), r.pausedSince()).name());
    });
    Map<String, String> unitNames = new LinkedHashMap<>();
    organization.units().forEach(u -> unitNames.put(u.code(), u.name()));
    Map<String, String> hallNames = new LinkedHashMap<>();
    organization.halls().forEach(h -> hallNames.put(h.code(), h.name()));
    model.addAttribute("rows", rows);
    model.addAttribute("daysLeft", daysLeft);
    model.addAttribute("levels", levels);
    model.addAttribute("prompts", prompts.latestOf(daysLeft.keySet()));
    model.addAttribute("level", "ANY".equals(warning) ? null : warning);
    model.addAttribute("unit", unit);
    model.addAttribute("hall", hall);
    model.addAttribute("unitNames", unitNames);
    model.addAttribute("hallNames", hallNames);
    model.addAttribute("yellowDays", warnings.yellowDays());
    return htmx != null ? "casework/supervision :: results" : "casework/supervision";
  }
}
