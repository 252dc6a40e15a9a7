package org.servicewindow.dashboard.web;

import org.servicewindow.common.Flash;
import org.servicewindow.dashboard.internal.DashboardInbox;
import org.servicewindow.dashboard.internal.Jobs;
import org.servicewindow.dashboard.internal.RollupRebuild;
import org.servicewindow.identity.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform operator rebuilds the rollups from the modules' history and watches the progress. */
@Controller
class RollupController {

  private final RollupRebuild rebuild;
  private final Jobs jobs;
  private final DashboardInbox inbox;

  RollupController(RollupRebuild rebuild, Jobs jobs, DashboardInbox inbox) {
    this.rebuild = rebuild;
    this.jobs = jobs;
    this.inbox = inbox;
  }

  @GetMapping("/dashboard/rollups")
  String page(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    model.addAttribute("jobs", jobs.latest(Jobs.Kind.REBUILD, null, 10));
    model.addAttribute("inboxFailed", inbox.failed());
    return htmx != null ? "dashboard/rollups :: jobs" : "dashboard/rollups";
  }

  @PostMapping("/dashboard/rollups/rebuild")
  String rebuild(@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    boolean running = jobs.latest(Jobs.Kind.REBUILD, null, 1).stream().anyMatch(j -> !j.finished());
    if (running) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("dashboard.rebuild.running"));
    } else {
      rebuild.start(actor.username());
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("dashboard.rebuild.started"));
    }
    return "redirect:/dashboard/rollups";
  }
}
