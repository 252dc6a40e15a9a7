package org.servicewindow.organization.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.internal.Access;
import org.servicewindow.organization.internal.Codes;
import org.servicewindow.organization.internal.Hall;
import org.servicewindow.organization.internal.HallAdministration;
import org.servicewindow.organization.internal.UnitAdministration;
import org.servicewindow.organization.internal.Window;
import org.servicewindow.organization.internal.WindowAdministration;
import org.servicewindow.organization.internal.Windows;
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

/** Windows: list across halls with filters, create, edit (including the services handled), delete. */
@Controller
@RequestMapping("/admin/windows")
class WindowAdminController {

  record WindowForm(
      @NotBlank @Pattern(regexp = Codes.CODE_REGEX, message = "{org.validation.code}") String code,
      @NotBlank String hallCode,
      @NotNull @Min(1) @Max(999) Integer number,
      @Size(max = 50) String name,
      @NotNull @Min(1) @Max(60) Integer floor,
      @Size(max = 50) String zone,
      @NotBlank String unitCode,
      boolean open,
      @Size(max = 2000) String serviceCodes) {

    static WindowForm of(Window w, List<String> services) {
      return new WindowForm(w.code(), w.hallCode(), w.number(), w.name(), w.floor(), w.zone(), w.unitCode(), w.open(),
          String.join(", ", services));
    }

    WindowAdministration.WindowDetails details() {
      return new WindowAdministration.WindowDetails(code, hallCode, number, name, floor, zone, unitCode, open,
          Codes.list(serviceCodes));
    }
  }

  private final WindowAdministration windows;
  private final Windows stored;
  private final HallAdministration halls;
  private final UnitAdministration units;

  WindowAdminController(WindowAdministration windows, Windows stored, HallAdministration halls, UnitAdministration units) {
    this.windows = windows;
    this.stored = stored;
    this.halls = halls;
    this.units = units;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String hall,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("hall", hall);
    model.addAttribute("unit", unit);
    model.addAttribute("halls", halls.choices(actor));
    model.addAttribute("units", units.choices(actor));
    model.addAttribute("windows", windows.search(actor, new Windows.Criteria(q, hall, unit, null), PageQuery.of(page, null)));
    model.addAttribute("canCreate", Access.canManage(actor));
    return htmx != null ? "organization/windows/list :: results" : "organization/windows/list";
  }

  @GetMapping("/new")
  String newForm(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String hall, Model model) {
    String hallCode = hall != null ? hall : actor.scope().hallCode();
    int next = hallCode == null ? 1 : stored.ofHall(hallCode).stream().mapToInt(Window::number).max().orElse(0) + 1;
    String code = hallCode == null ? "" : hallCode + "-" + String.format("%02d", next);
    String unit = actor.scope().unitCode() == null ? "" : actor.scope().unitCode();
    model.addAttribute("form", new WindowForm(code, hallCode == null ? "" : hallCode, next, "", 1, "", unit, true, ""));
    return form(actor, model, null);
  }

  @PostMapping
  String create(
      @AuthenticationPrincipal Actor actor,
      @Valid @ModelAttribute("form") WindowForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return Submissions.save(errors, redirect, () -> windows.create(actor, form.details()),
        created -> Flash.success("org.window.created", created.name(), created.code()),
        created -> "/admin/halls/" + created.hallCode(), () -> form(actor, model, null));
  }

  @GetMapping("/{code}")
  String edit(@AuthenticationPrincipal Actor actor, @PathVariable String code, Model model) {
    Window window = windows.get(actor, code);
    model.addAttribute("form", WindowForm.of(window, stored.servicesOf(code)));
    return form(actor, model, window);
  }

  @PostMapping("/{code}")
  String update(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String code,
      @Valid @ModelAttribute("form") WindowForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Window window = windows.get(actor, code);
    return Submissions.save(errors, redirect, () -> windows.update(actor, code, form.details()),
        updated -> Flash.success("org.window.updated", updated.name(), updated.code()), updated -> "/admin/windows",
        () -> form(actor, model, window));
  }

  @PostMapping("/{code}/delete")
  String delete(@AuthenticationPrincipal Actor actor, @PathVariable String code, RedirectAttributes redirect) {
    Window window = windows.get(actor, code);
    return Submissions.act(redirect, () -> windows.delete(actor, code),
        Flash.success("org.window.deleted", window.name(), window.code()), "/admin/windows", "/admin/windows/" + code);
  }

  private String form(Actor actor, Model model, Window window) {
    model.addAttribute("window", window);
    List<Hall> hallChoices = halls.choices(actor);
    model.addAttribute("halls", hallChoices);
    model.addAttribute("hallName", window == null ? null : hallChoices.stream()
        .filter(h -> h.code().equals(window.hallCode())).map(Hall::name).findFirst().orElse(window.hallCode()));
    model.addAttribute("units", units.choices(actor));
    model.addAttribute("readOnly", window != null && !WindowAdministration.mayEdit(actor, window));
    return "organization/windows/form";
  }
}
