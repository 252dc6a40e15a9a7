package org.servicewindow.identity.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.internal.UserAdministration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in user's own password. */
@Controller
class AccountController {

  record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String confirmPassword) {}

  private final UserAdministration administration;

  AccountController(UserAdministration administration) {
    this.administration = administration;
  }

  @GetMapping("/account/password")
  String form(Model model, HttpSession session) {
    model.addAttribute("form", new PasswordForm("", "", ""));
    model.addAttribute("forced", Boolean.TRUE.equals(session.getAttribute("sw.mustChangePassword")));
    return "account/password";
  }

  @PostMapping("/account/password")
  String change(
      @AuthenticationPrincipal Actor actor,
      @Valid @ModelAttribute("form") PasswordForm form,
      BindingResult errors,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
      errors.rejectValue("confirmPassword", "password.mismatch");
    }
    if (!errors.hasErrors()) {
      try {
        administration.changeOwnPassword(actor.username(), form.currentPassword(), form.newPassword());
        session.removeAttribute("sw.mustChangePassword");
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("password.changed"));
        return "redirect:/";
      } catch (DomainException e) {
        errors.reject(e.messageKey(), e.args(), e.messageKey());
      }
    }
    model.addAttribute("forced", Boolean.TRUE.equals(session.getAttribute("sw.mustChangePassword")));
    return "account/password";
  }
}
