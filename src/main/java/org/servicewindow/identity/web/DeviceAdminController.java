package org.servicewindow.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.identity.internal.DeviceAdministration;
import org.servicewindow.identity.internal.DeviceKind;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Device tokens for kiosks, caller pads, boards and evaluators. The token is shown in the response to
 * the registering POST and stored nowhere in clear, so it is rendered there rather than after a
 * redirect (which would have to keep it in the session).
 */
@Controller
@RequestMapping("/admin/devices")
class DeviceAdminController {

  record DeviceForm(
      @NotBlank @Size(max = 100) String name,
      @NotNull DeviceKind kind,
      @Size(max = 32) String hallCode,
      @Size(max = 32) String windowCode) {}

  private final DeviceAdministration devices;

  DeviceAdminController(DeviceAdministration devices) {
    this.devices = devices;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(defaultValue = "false") boolean revoked,
      @RequestParam(required = false) Integer page,
      Model model) {
    model.addAttribute("revoked", revoked);
    model.addAttribute("devices", devices.list(actor, revoked, PageQuery.of(page, null)));
    return "admin/devices/list";
  }

  @GetMapping("/new")
  String newForm(@AuthenticationPrincipal Actor actor, Model model) {
    String hall = actor.has(Role.SYSADMIN) ? "" : actor.hallCode();
    model.addAttribute("form", new DeviceForm("", DeviceKind.KIOSK, hall, ""));
    return form(actor, model);
  }

  @PostMapping
  String register(
      @AuthenticationPrincipal Actor actor,
      @Valid @ModelAttribute("form") DeviceForm form,
      BindingResult errors,
      Model model) {
    if (!errors.hasErrors()) {
      try {
        var registered = devices.register(actor, form.name(), form.kind(), form.hallCode(), form.windowCode());
        model.addAttribute("device", registered.device());
        model.addAttribute("token", registered.token());
        return "admin/devices/created";
      } catch (DomainException e) {
        errors.reject(e.messageKey(), e.args(), e.messageKey());
      }
    }
    return form(actor, model);
  }

  @PostMapping("/{id}/revoke")
  String revoke(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
    devices.revoke(actor, id);
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("device.revokedDone"));
    return "redirect:/admin/devices";
  }

  private String form(Actor actor, Model model) {
    model.addAttribute("kinds", actor.has(Role.SYSADMIN)
        ? DeviceKind.values()
        : java.util.Arrays.stream(DeviceKind.values()).filter(k -> k != DeviceKind.MONITOR).toArray());
    model.addAttribute("hallFixed", !actor.has(Role.SYSADMIN));
    return "admin/devices/form";
  }
}
