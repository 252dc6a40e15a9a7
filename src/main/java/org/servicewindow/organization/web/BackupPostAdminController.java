package org.servicewindow.organization.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.internal.Access;
import org.servicewindow.organization.internal.BackupPost;
import org.servicewindow.organization.internal.BackupPostAdministration;
import org.servicewindow.organization.internal.BackupPosts;
import org.servicewindow.organization.internal.Codes;
import org.servicewindow.organization.internal.HallAdministration;
import org.servicewindow.organization.internal.WindowAdministration;
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

/** A/B posts (AB岗): list with who is away now, create, edit, remove. */
@Controller
@RequestMapping("/admin/backup-posts")
class BackupPostAdminController {

  record PostForm(
      @NotBlank @Size(max = 100) String name,
      String windowCode,
      @NotNull UUID staffA,
      @NotNull UUID staffB,
      @Size(max = 2000) String serviceCodes) {

    static PostForm of(BackupPost p) {
      return new PostForm(p.name(), p.windowCode(), p.staffA(), p.staffB(), String.join(", ", p.serviceCodes()));
    }

    BackupPostAdministration.PostDetails details() {
      return new BackupPostAdministration.PostDetails(name, windowCode, staffA, staffB, Codes.list(serviceCodes));
    }
  }

  private final BackupPostAdministration posts;
  private final HallAdministration halls;
  private final WindowAdministration windows;

  BackupPostAdminController(BackupPostAdministration posts, HallAdministration halls, WindowAdministration windows) {
    this.posts = posts;
    this.halls = halls;
    this.windows = windows;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String hall,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("hall", hall);
    model.addAttribute("halls", halls.choices(actor));
    model.addAttribute("posts", posts.search(actor, new BackupPosts.Criteria(q, hall), PageQuery.of(page, null)));
    model.addAttribute("canCreate", Access.canManage(actor));
    return htmx != null ? "organization/posts/list :: results" : "organization/posts/list";
  }

  @GetMapping("/new")
  String newForm(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("form", new PostForm("", "", null, null, ""));
    return form(actor, model, null);
  }

  @PostMapping
  String create(
      @AuthenticationPrincipal Actor actor,
      @Valid @ModelAttribute("form") PostForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return Submissions.save(errors, redirect, () -> posts.create(actor, form.details()),
        created -> Flash.success("org.post.created", created.name()), created -> "/admin/backup-posts",
        () -> form(actor, model, null));
  }

  @GetMapping("/{id}")
  String edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    BackupPost post = posts.get(actor, id);
    model.addAttribute("form", PostForm.of(post));
    return form(actor, model, post);
  }

  @PostMapping("/{id}")
  String update(
      @AuthenticationPrincipal Actor actor,
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") PostForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    BackupPost post = posts.get(actor, id);
    return Submissions.save(errors, redirect, () -> posts.update(actor, id, form.details()),
        updated -> Flash.success("org.post.updated", updated.name()), updated -> "/admin/backup-posts",
        () -> form(actor, model, post));
  }

  @PostMapping("/{id}/delete")
  String delete(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
    BackupPost post = posts.get(actor, id);
    posts.delete(actor, id);
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("org.post.deleted", post.name()));
    return "redirect:/admin/backup-posts";
  }

  private String form(Actor actor, Model model, BackupPost post) {
    model.addAttribute("post", post);
    model.addAttribute("staffChoices", posts.staffChoices(actor));
    model.addAttribute("windows", windows.choices(actor));
    model.addAttribute("readOnly", post == null ? !Access.canManage(actor) : !BackupPostAdministration.mayEdit(actor, post));
    return "organization/posts/form";
  }
}
