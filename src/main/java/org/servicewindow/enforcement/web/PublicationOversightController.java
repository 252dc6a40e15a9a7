package org.servicewindow.enforcement.web;

import org.servicewindow.common.PageQuery;
import org.servicewindow.enforcement.EnforcementPublication;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** For supervision: decisions not published although due, or published late, across the city. */
@Controller
class PublicationOversightController {

  private final EnforcementPublication publication;
  private final OrganizationApi organization;

  PublicationOversightController(EnforcementPublication publication, OrganizationApi organization) {
    this.publication = publication;
    this.organization = organization;
  }

  @GetMapping("/enforcement/supervision")
  String overdue(@RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("publications", publication.overdue(PageQuery.of(page, null)));
    model.addAttribute("today", publication.today());
    model.addAttribute("unitNames", Views.unitNames(organization));
    return "enforcement/supervision";
  }
}
