package org.servicewindow.organization.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.servicewindow.calendar.OpeningHours;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.internal.Access;
import org.servicewindow.organization.internal.Codes;
import org.servicewindow.organization.internal.Hall;
import org.servicewindow.organization.internal.HallAdministration;
import org.servicewindow.organization.internal.OpeningHoursText;
import org.servicewindow.organization.internal.RosterAdministration;
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

/** Halls and branch halls: list, a hall's page with its windows and who is on them today, create, edit. */
@Controller
@RequestMapping("/admin/halls")
class HallAdminController {

  record HallForm(
      @NotBlank @Pattern(regexp = Codes.CODE_REGEX, message = "{org.validation.code}") String code,
      @NotBlank @Size(max = 100) String name,
      @Size(max = 200) String address,
      @NotNull @Min(1) @Max(60) Integer floors,
      String parentCode,
      @NotBlank @Size(max = 500) String openingHours,
      boolean onlineTicketing,
      @NotBlank String unitCode) {

    static HallForm empty(String unitCode) {
      return new HallForm("", "", "", 1, "", OpeningHoursText.compact(OpeningHours.STANDARD), false,
          unitCode == null ? "" : unitCode);
    }

    static HallForm of(Hall h) {
      return new HallForm(h.code(), h.name(), h.address(), h.floors(), h.parentCode(),
          OpeningHoursText.compact(h.openingHours()), h.onlineTicketing(), h.unitCode());
    }

    HallAdministration.HallDetails details() {
      return new HallAdministration.HallDetails(code, name, address, floors, parentCode, openingHours,
          onlineTicketing, unitCode);
    }
  }

  private final HallAdministration halls;
  private final UnitAdministration units;
  private final RosterAdministration roster;

  HallAdminController(HallAdministration halls, UnitAdministration units, RosterAdministration roster) {
    this.halls = halls;
    this.units = units;
    this.roster = roster;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("halls", halls.search(actor, q, PageQuery.of(page, null)));
    model.addAttribute("canCreate", Access.canManageUnits(actor));
    return htmx != null ? "organization/halls/list :: results" : "organization/halls/list";
  }

  @GetMapping("/new")
  String newForm(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("form", HallForm.empty(actor.scope().unitCode()));
    return form(actor, model, null);
  }

  @PostMapping
  String create(
      @AuthenticationPrincipal Actor actor,
      @Valid @ModelAttribute("form") HallForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return Submissions.save(errors, redirect, () -> halls.create(actor, form.details()),
        created -> Flash.success("org.hall.created", created.name()), created -> "/admin/halls/" + created.code(),
        () -> form(actor, model, null), HallAdminController::reject);
  }

  /** The hall's page: its details and its windows with who is on duty today. */
  @GetMapping("/{code}")
  String show(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String code,
      @RequestParam(required = false) Integer floor,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    Hall hall = halls.get(actor, code);
    model.addAttribute("hall", hall);
    model.addAttribute("floor", floor);
    model.addAttribute("hours", OpeningHoursText.lines(hall.openingHours()));
    model.addAttribute("unitName", halls.managingUnitName(hall));
    model.addAttribute("day", roster.day(actor, code, roster.today(), floor, PageQuery.of(page, null)));
    model.addAttribute("canEdit", HallAdministration.mayEdit(actor, hall));
    model.addAttribute("canAddWindow", Access.canManage(actor));
    return htmx != null ? "organization/halls/show :: results" : "organization/halls/show";
  }

  @GetMapping("/{code}/edit")
  String edit(@AuthenticationPrincipal Actor actor, @PathVariable String code, Model model) {
    Hall hall = halls.get(actor, code);
    model.addAttribute("form", HallForm.of(hall));
    return form(actor, model, hall);
  }

  @PostMapping("/{code}")
  String update(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String code,
      @Valid @ModelAttribute("form") HallForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Hall hall = halls.get(actor, code);
    return Submissions.save(errors, redirect, () -> halls.update(actor, code, form.details()),
        updated -> Flash.success("org.hall.updated", updated.name()), updated -> "/admin/halls/" + code,
        () -> form(actor, model, hall), HallAdminController::reject);
  }

  @PostMapping("/{code}/delete")
  String delete(@AuthenticationPrincipal Actor actor, @PathVariable String code, RedirectAttributes redirect) {
    Hall hall = halls.get(actor, code);
    return Submissions.act(redirect, () -> halls.delete(actor, code), Flash.success("org.hall.deleted", hall.name()),
        "/admin/halls", "/admin/halls/" + code + "/edit");
  }

  /** Opening-hours syntax errors belong to that field; the rest to the form. */
  private static void reject(BindingResult errors, DomainException e) {
    if (e.messageKey().startsWith("openingHours.")) {
      errors.rejectValue("openingHours", e.messageKey(), e.args(), e.messageKey());
    } else {
      Submissions.reject(errors, e);
    }
  }

  private String form(Actor actor, Model model, Hall hall) {
    model.addAttribute("hall", hall);
    model.addAttribute("units", units.choices(actor));
    model.addAttribute("mainHalls", halls.choices(actor).stream()
        .filter(h -> !h.isBranch() && (hall == null || !h.code().equals(hall.code())))
        .toList());
    model.addAttribute("readOnly", hall != null && !HallAdministration.mayEdit(actor, hall));
    model.addAttribute("canDelete", hall != null && Access.canManageUnits(actor) && HallAdministration.mayEdit(actor, hall));
    return "organization/halls/form";
  }
}
