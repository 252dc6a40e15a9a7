package org.servicewindow.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.identity.internal.UserAccount;
import org.servicewindow.identity.internal.UserAdministration;
import org.servicewindow.identity.internal.Users;
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

/** User accounts for the platform operator: list, create, edit, lock, unlock, reset password. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

  record UserForm(
      @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9_.-]{2,63}", message = "{user.username.pattern}") String username,
      @NotBlank @Size(max = 100) String displayName,
      @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "{user.phone.pattern}") String phone,
      @Email @Size(max = 200) String email,
      @Size(max = 32) String unitCode,
      @Size(max = 32) String hallCode,
      @Size(max = 32) String windowCode,
      Set<Role> roles,
      String initialPassword) {

    static UserForm empty() {
      return new UserForm("", "", "", "", "", "", "", EnumSet.noneOf(Role.class), "");
    }

    static UserForm of(UserAccount u) {
      return new UserForm(u.username(), u.displayName(), u.phone(), u.email(), u.unitCode(), u.hallCode(),
          u.windowCode(), u.roles(), "");
    }

    UserAdministration.AccountDetails details() {
      return new UserAdministration.AccountDetails(username, displayName, phone, email, unitCode, hallCode,
          windowCode, roles == null ? Set.of() : roles);
    }
  }

  private final Users users;
  private final UserAdministration administration;

  UserAdminController(Users users, UserAdministration administration) {
    this.users = users;
    this.administration = administration;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("users", users.search(q, actor.scope(), PageQuery.of(page, null)));
    return htmx != null ? "admin/users/list :: results" : "admin/users/list";
  }

  @GetMapping("/new")
  String newForm(Model model) {
    model.addAttribute("form", UserForm.empty());
    return form(model, null);
  }

  @PostMapping
  String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
    if (form.initialPassword() == null || form.initialPassword().isBlank()) {
      errors.rejectValue("initialPassword", "password.required");
    }
    requireRoles(form, errors);
    if (!errors.hasErrors()) {
      try {
        UserAccount created = administration.create(form.details(), form.initialPassword());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("user.created", created.username()));
        return "redirect:/admin/users";
      } catch (DomainException e) {
        errors.reject(e.messageKey(), e.args(), e.messageKey());
      }
    }
    return form(model, null);
  }

  @GetMapping("/{id}")
  String edit(@PathVariable UUID id, Model model) {
    UserAccount user = administration.get(id);
    model.addAttribute("form", UserForm.of(user));
    return form(model, user);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") UserForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UserAccount user = administration.get(id);
    requireRoles(form, errors);
    if (!errors.hasErrors()) {
      try {
        administration.update(id, form.details());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("user.updated", user.username()));
        return "redirect:/admin/users";
      } catch (DomainException e) {
        errors.reject(e.messageKey(), e.args(), e.messageKey());
      }
    }
    return form(model, user);
  }

  @PostMapping("/{id}/lock")
  String lock(@PathVariable UUID id, RedirectAttributes redirect) {
    return act(redirect, id, () -> administration.lock(id), "user.lockedDone");
  }

  @PostMapping("/{id}/unlock")
  String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
    return act(redirect, id, () -> administration.unlock(id), "user.unlockedDone");
  }

  @PostMapping("/{id}/reset-password")
  String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
    String username = administration.get(id).username();
    String temporary = administration.resetPassword(id);
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("user.passwordResetDone", username, temporary));
    return "redirect:/admin/users/" + id;
  }

  private String act(RedirectAttributes redirect, UUID id, Runnable action, String doneKey) {
    String username = administration.get(id).username();
    try {
      action.run();
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(doneKey, username));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/admin/users/" + id;
  }

  private static void requireRoles(UserForm form, BindingResult errors) {
    if (form.roles() == null || form.roles().isEmpty()) {
      errors.rejectValue("roles", "user.rolesRequired");
    }
  }

  private String form(Model model, UserAccount user) {
    model.addAttribute("user", user);
    model.addAttribute("allRoles", Role.people());
    return "admin/users/form";
  }
}
