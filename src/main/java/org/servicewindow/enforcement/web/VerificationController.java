package org.servicewindow.enforcement.web;

import java.util.List;
import org.servicewindow.common.PageQuery;
import org.servicewindow.enforcement.Enforcement;
import org.servicewindow.enforcement.EnforcementPublication;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.DataScope;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A sweep over the case records of the reader's scope, a page at a time, each chain recomputed. */
@Controller
class VerificationController {

  private final Enforcement enforcement;
  private final EnforcementPublication publication;

  VerificationController(Enforcement enforcement, EnforcementPublication publication) {
    this.enforcement = enforcement;
    this.publication = publication;
  }

  @GetMapping("/enforcement/verification")
  String sweep(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("unit", unit);
    model.addAttribute("units", actor.scope().level() == DataScope.Level.ALL ? publication.publishingUnits() : List.of());
    model.addAttribute("results", enforcement.verifyAll(actor, unit, PageQuery.of(page, null)));
    return "enforcement/verification";
  }
}
