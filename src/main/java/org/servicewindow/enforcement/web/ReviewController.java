package org.servicewindow.enforcement.web;

import org.servicewindow.common.PageQuery;
import org.servicewindow.enforcement.Enforcement;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The legal reviewer's queue (法制审核): major decisions waiting for review, oldest first. */
@Controller
class ReviewController {

  private final Enforcement enforcement;
  private final OrganizationApi organization;

  ReviewController(Enforcement enforcement, OrganizationApi organization) {
    this.enforcement = enforcement;
    this.organization = organization;
  }

  @GetMapping("/enforcement/reviews")
  String queue(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page, Model model) {
    var cases = enforcement.reviewQueue(actor, PageQuery.of(page, null));
    model.addAttribute("cases", cases);
    model.addAttribute("reasons", cases.items().stream()
        .collect(java.util.stream.Collectors.toMap(c -> c.id(), enforcement::majorReasons)));
    model.addAttribute("criteria", enforcement.majorPolicy().criteria());
    model.addAttribute("unitNames", Views.unitNames(organization));
    return "enforcement/reviews";
  }
}
