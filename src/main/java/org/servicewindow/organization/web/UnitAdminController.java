package org.servicewindow.organization.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.UnitSummary;
import org.servicewindow.organization.UnitType;
import org.servicewindow.organization.internal.Access;
import org.servicewindow.organization.internal.Codes;
import org.servicewindow.organization.internal.Unit;
import org.servicewindow.organization.internal.UnitAdministration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Units: list with search, create, edit, delete — each reader within their scope. */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

  record UnitForm(
      @NotBlank @Pattern(regexp = Codes.CODE_REGEX, message = "{org.validation.code}") String code,
      @NotBlank @Size(max = 100) String name,
      @NotNull UnitType type,
      String parentCode,
      @Size(max = 50) String contactPerson,
      @Pattern(regexp = "^$|" + Codes.PHONE_REGEX, message = "{org.validation.phone}") String contactPhone,
      @Pattern(regexp = "^$|" + Codes.PHONE_REGEX, message = "{org.validation.phone}") String complaintPhone) {

    static UnitForm empty(String parentCode) {
      return new UnitForm("", "", UnitType.GOVERNMENT, parentCode, "", "", "");
    }

    static UnitForm of(Unit u) {
      return new UnitForm(u.code(), u.name(), u.type(), u.parentCode(), u.contactPerson(), u.contactPhone(),
          u.complaintPhone());
    }

    UnitSummary details() {
      return new UnitSummary(code, name, type, parentCode, contactPerson, contactPhone,
          complaintPhone);
    }
  }

  private final UnitAdministration units;

  UnitAdminController(UnitAdministration units) {
    this.units = units;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) UnitType type,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("type", type);
    model.addAttribute("types", UnitType.values());
    model.addAttribute("units", units.search(actor, q, type, PageQuery.of(page, null)));
    model.addAttribute("canCreate", Access.canManageUnits(actor));
    return htmx != null ? "organization/units/list :: results" : "organization/units/list";
  }

  @GetMapping("/new")
  String newForm(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("form", UnitForm.empty(actor.scope().unitCode()));
    return form(actor, model, null);
  }

  @PostMapping
  String create(
      @AuthenticationPrincipal Actor actor,
      @Valid @ModelAttribute("form") UnitForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return Submissions.save(errors, redirect, () -> units.create(actor, form.details()),
        created -> Flash.success("org.unit.created", created.name()), created -> "/admin/units",
        () -> form(actor, model, null));
  }

  @GetMapping("/{code}")
  String edit(@AuthenticationPrincipal Actor actor, @PathVariable String code, Model model) {
    Unit unit = units.get(actor, code);
    model.addAttribute("form", UnitForm.of(unit));
    return form(actor, model, unit);
  }

  @PostMapping("/{code}")
  String update(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String code,
      @Valid @ModelAttribute("form") UnitForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Unit unit = units.get(actor, code);
    return Submissions.save(errors, redirect, () -> units.update(actor, code, form.details()),
        updated -> Flash.success("org.unit.updated", updated.name()), updated -> "/admin/units",
        () -> form(actor, model, unit));
  }

  @PostMapping("/{code}/delete")
  String delete(@AuthenticationPrincipal Actor actor, @PathVariable String code, RedirectAttributes redirect) {
    Unit unit = units.get(actor, code);
    return Submissions.act(redirect, () -> units.delete(actor, code), Flash.success("org.unit.deleted", unit.name()),
        "/admin/units", "/admin/units/" + code);
  }

  private String form(Actor actor, Model model, Unit unit) {
    model.addAttribute("unit", unit);
    model.addAttribute("types", UnitType.values());
    model.addAttribute("parents", units.choices(actor).stream()
        .filter(u -> unit == null || !u.code().equals(unit.code()))
        .toList());
    model.addAttribute("readOnly", !Access.canManageUnits(actor));
    return "organization/units/form";
  }
}
