package org.servicewindow.enforcement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.enforcement.DisclosureCategory;
import org.servicewindow.enforcement.DiscretionLevel;
import org.servicewindow.enforcement.EnforcementPublication;
import org.servicewindow.enforcement.Publication;
import org.servicewindow.identity.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publication administration of a unit: decisions waiting for publication with their due dates, the
 * published and the withdrawn; and the unit's pre-publication (officers, discretion table, powers…).
 */
@Controller
class PublicationAdminController {

  record OfficerForm(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 40) String certificateNumber,
      @Size(max = 64) String username) {}

  record DiscretionForm(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String violation,
      @NotBlank @Size(max = 500) String legalBasis, @NotNull DiscretionLevel level,
      @NotBlank @Size(max = 500) String circumstances, @NotBlank @Size(max = 500) String sanction) {}

  record DisclosureForm(@NotNull DisclosureCategory category, @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = 4000) String content) {}

  private final EnforcementPublication publication;

  PublicationAdminController(EnforcementPublication publication) {
    this.publication = publication;
  }

  @GetMapping("/enforcement/publications")
  String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String filter,
      @RequestParam(required = false) Integer page, Model model) {
    String f = filter == null ? "pending" : filter;
    model.addAttribute("filter", f);
    model.addAttribute("publications", publication.publications(actor, f, PageQuery.of(page, null)));
    model.addAttribute("today", publication.today());
    return "enforcement/publications";
  }

  @PostMapping("/enforcement/publications/{id}/publish")
  String publish(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
    try {
      Publication p = publication.publish(actor, id);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("enf.publication.published", p.caseNumber()));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/enforcement/publications";
  }

  @GetMapping("/enforcement/disclosures")
  String disclosures(@AuthenticationPrincipal Actor actor, Model model) {
    return page(actor, model);
  }

  @PostMapping("/enforcement/disclosures/officers")
  String addOfficer(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("officerForm") OfficerForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    return save(actor, errors, model, redirect, () -> publication.addOfficer(actor, actor.unitCode(), form.name(),
        form.certificateNumber(), form.username()));
  }

  @PostMapping("/enforcement/disclosures/discretion")
  String addDiscretion(@AuthenticationPrincipal Actor actor,
      @Valid @ModelAttribute("discretionForm") DiscretionForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    return save(actor, errors, model, redirect, () -> publication.addDiscretion(actor, actor.unitCode(), form.code(),
        form.violation(), form.legalBasis(), form.level(), form.circumstances(), form.sanction()));
  }

  @PostMapping("/enforcement/disclosures/items")
  String addDisclosure(@AuthenticationPrincipal Actor actor,
      @Valid @ModelAttribute("disclosureForm") DisclosureForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    return save(actor, errors, model, redirect, () -> publication.addDisclosure(actor, actor.unitCode(),
        form.category(), form.title(), form.content()));
  }

  private String save(Actor actor, BindingResult errors, Model model, RedirectAttributes redirect, Runnable action) {
    if (!errors.hasErrors()) {
      try {
        action.run();
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("enf.disclosure.saved"));
        return "redirect:/enforcement/disclosures";
      } catch (DomainException e) {
        errors.reject(e.messageKey(), e.args(), e.messageKey());
      }
    }
    return page(actor, model);
  }

  private String page(Actor actor, Model model) {
    String unit = actor.unitCode();
    model.addAttribute("unit", unit == null ? null : publication.unit(unit));
    model.addAttribute("officers", unit == null ? java.util.List.of() : publication.officers(unit));
    model.addAttribute("discretions", unit == null ? java.util.List.of() : publication.discretionTable(unit));
    model.addAttribute("disclosures", unit == null ? java.util.List.of() : publication.disclosures(unit));
    model.addAttribute("levels", DiscretionLevel.values());
    model.addAttribute("categories", DisclosureCategory.values());
    if (!model.containsAttribute("officerForm")) {
      model.addAttribute("officerForm", new OfficerForm("", "", ""));
    }
    if (!model.containsAttribute("discretionForm")) {
      model.addAttribute("discretionForm", new DiscretionForm("", "", "", DiscretionLevel.GENERAL, "", ""));
    }
    if (!model.containsAttribute("disclosureForm")) {
      model.addAttribute("disclosureForm", new DisclosureForm(DisclosureCategory.POWER, "", ""));
    }
    return "enforcement/disclosures";
  }
}
