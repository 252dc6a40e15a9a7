package org.servicewindow.supervision.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.identity.UserDirectory;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.supervision.internal.Circulars;
import org.servicewindow.supervision.internal.Findings;
import org.servicewindow.supervision.internal.Supervision;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通报: composed by the office from orders and findings, read by the units (receipts), optionally public. */
@Controller
class CircularController {

  private final Circulars circulars;
  private final Supervision supervision;
  private final Findings findings;
  private final OrganizationApi organization;
  private final UserDirectory users;

  CircularController(Circulars circulars, Supervision supervision, Findings findings, OrganizationApi organization,
      UserDirectory users) {
    this.circulars = circulars;
    this.supervision = supervision;
    this.findings = findings;
    this.organization = organization;
    this.users = users;
  }

  @GetMapping("/supervision/circulars")
  String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) boolean unread,
      @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("unread", unread);
    model.addAttribute("circulars", circulars.circulars(actor, unread, PageQuery.of(page, null)));
    model.addAttribute("canPublish", actor.has(Role.INSPECTOR));
    return "supervision/circulars";
  }

  @GetMapping("/supervision/circulars/new")
  String compose(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("orders", supervision.orders(actor, null, false, false, PageQuery.of(0, 50)).items());
    model.addAttribute("findings", findings.findings(actor, null, PageQuery.of(0, 50)).items());
    model.addAttribute("units", organization.units());
    names(model);
    return "supervision/circular-form";
  }

  @PostMapping("/supervision/circulars")
  String publish(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String title,
      @RequestParam(required = false) String intro, @RequestParam(name = "orders", required = false) List<UUID> orders,
      @RequestParam(name = "findings", required = false) List<UUID> findingIds,
      @RequestParam(name = "units", required = false) List<String> units,
      @RequestParam(name = "isPublic", required = false) boolean isPublic, Model model, RedirectAttributes redirect) {
    try {
      var c = circulars.publish(actor, new Circulars.NewCircular(title, intro, orders, findingIds, units, isPublic));
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("supervision.circular.published", c.units()));
      return "redirect:/supervision/circulars/" + c.id();
    } catch (DomainException e) {
      model.addAttribute("error", e);
      model.addAttribute("values", Map.of("title", title == null ? "" : title, "intro", intro == null ? "" : intro));
      model.addAttribute("chosenOrders", orders == null ? List.of() : orders);
      model.addAttribute("chosenFindings", findingIds == null ? List.of() : findingIds);
      model.addAttribute("chosenUnits", units == null ? List.of() : units);
      return compose(actor, model);
    }
  }

  @GetMapping("/supervision/circulars/{id}")
  String show(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    Circulars.Circular circular = circulars.open(actor, id);
    model.addAttribute("circular", circular);
    model.addAttribute("items", circulars.items(id));
    Map<String, String> people = new java.util.HashMap<>();
    person(people, circular.publishedBy());
    if (actor.has(Role.INSPECTOR) || actor.has(Role.LEADER) || actor.has(Role.SYSADMIN)) {
      List<Circulars.Receipt> receipts = circulars.receipts(id);
      receipts.forEach(r -> person(people, r.firstReadBy()));
      model.addAttribute("receipts", receipts);
    }
    model.addAttribute("people", people);
    names(model);
    return "supervision/circular";
  }

  /** A person is shown by their display name; an account no longer there by its username. */
  private void person(Map<String, String> people, String username) {
    if (username != null && !people.containsKey(username)) {
      people.put(username, users.find(username).map(UserDirectory.UserSummary::displayName).orElse(username));
    }
  }

  @GetMapping("/public/circulars/{id}")
  String publicCircular(@PathVariable UUID id, Model model) {
    model.addAttribute("circular", circulars.publicCircular(id));
    model.addAttribute("items", circulars.items(id));
    names(model);
    return "supervision/circular-public";
  }

  private void names(Model model) {
    Map<String, String> units = new java.util.HashMap<>();
    organization.units().forEach(u -> units.put(u.code(), u.name()));
    Map<String, String> halls = new java.util.HashMap<>();
    organization.halls().forEach(h -> halls.put(h.code(), h.name()));
    model.addAttribute("unitNames", units);
    model.addAttribute("hallNames", halls);
  }
}
