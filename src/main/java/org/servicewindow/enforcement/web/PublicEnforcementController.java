package org.servicewindow.enforcement.web;

import java.util.UUID;
import org.servicewindow.common.PageQuery;
import org.servicewindow.enforcement.CaseKind;
import org.servicewindow.enforcement.DisclosureCategory;
import org.servicewindow.enforcement.EnforcementPublication;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The public enforcement information (公示): published decisions with search, and each body's 事前 information. */
@Controller
class PublicEnforcementController {

  private final EnforcementPublication publication;
  private final OrganizationApi organization;

  PublicEnforcementController(EnforcementPublication publication, OrganizationApi organization) {
    this.publication = publication;
    this.organization = organization;
  }

  @GetMapping("/public/enforcement")
  String decisions(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
      @RequestParam(required = false) CaseKind kind, @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("unit", unit);
    model.addAttribute("kind", kind);
    model.addAttribute("kinds", CaseKind.values());
    model.addAttribute("units", publication.publishingUnits());
    model.addAttribute("unitNames", Views.unitNames(organization));
    model.addAttribute("decisions", publication.publicSearch(q, unit, kind, PageQuery.of(page, null)));
    return htmx != null ? "enforcement/public/decisions :: results" : "enforcement/public/decisions";
  }

  @GetMapping("/public/enforcement/decisions/{id}")
  String decision(@PathVariable UUID id, Model model) {
    var p = publication.publicDecision(id);
    model.addAttribute("p", p);
    model.addAttribute("unitName", organization.unit(p.unitCode()).map(u -> u.name()).orElse(p.unitCode()));
    return "enforcement/public/decision";
  }

  @GetMapping("/public/enforcement/units/{code}")
  String unit(@PathVariable String code, Model model) {
    model.addAttribute("unit", publication.unit(code));
    model.addAttribute("officers", publication.officers(code).stream().filter(o -> o.active()).toList());
    model.addAttribute("discretions", publication.discretionTable(code));
    var groups = new java.util.EnumMap<DisclosureCategory, java.util.List<org.servicewindow.enforcement.Disclosure>>(
        DisclosureCategory.class);
    publication.disclosures(code).forEach(d -> groups.computeIfAbsent(d.category(), k -> new java.util.ArrayList<>()).add(d));
    model.addAttribute("groups", groups);
    return "enforcement/public/unit";
  }
}
