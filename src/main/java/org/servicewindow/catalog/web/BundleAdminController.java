package org.servicewindow.catalog.web;

import java.util.List;
import org.servicewindow.catalog.LifeEvent;
import org.servicewindow.catalog.internal.Bundle;
import org.servicewindow.catalog.internal.BundleAdministration;
import org.servicewindow.catalog.internal.BundleKind;
import org.servicewindow.catalog.internal.CatalogAccess;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
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

/** One-matter bundles for the platform operator: list, create, edit, delete; others read. */
@Controller
@RequestMapping("/admin/catalog/bundles")
class BundleAdminController {

  record BundleForm(String code, String name, BundleKind kind, String description, LifeEvent lifeEvent,
      String mandatory, String optional) {

    static BundleForm of(Bundle b) {
      return new BundleForm(b.code(), b.name(), b.kind(), b.description(), b.lifeEvent(),
          String.join("\n", b.mandatoryCodes()),
          String.join("\n", b.items().stream().filter(m -> !m.mandatory()).map(Bundle.Member::itemCode).toList()));
    }

    BundleAdministration.BundleDetails details() {
      return new BundleAdministration.BundleDetails(code, name, kind, description, lifeEvent, codes(mandatory),
          codes(optional));
    }

    /** Item codes typed one a line, or separated by commas, 、 or spaces. */
    static List<String> codes(String text) {
      if (text == null || text.isBlank()) {
        return List.of();
      }
      return java.util.Arrays.stream(text.split("[,;，；、\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
          .toList();
    }
  }

  private final BundleAdministration bundles;

  BundleAdminController(BundleAdministration bundles) {
    this.bundles = bundles;
  }

  @GetMapping
  String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("bundles", bundles.list(PageQuery.of(page, null)));
    model.addAttribute("canEdit", CatalogAccess.mayKeepBundles(actor));
    return "catalog/admin/bundles";
  }

  @GetMapping("/new")
  String newForm(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("form", new BundleForm("", "", BundleKind.FIXED, "", null, "", ""));
    return form(actor, model, null);
  }

  @PostMapping
  String create(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") BundleForm form, BindingResult errors,
      Model model, RedirectAttributes redirect) {
    return save(actor, form, errors, model, redirect, null, () -> bundles.create(actor, form.details()));
  }

  @GetMapping("/{code}")
  String edit(@AuthenticationPrincipal Actor actor, @PathVariable String code, Model model) {
    Bundle bundle = bundles.get(code);
    model.addAttribute("form", BundleForm.of(bundle));
    return form(actor, model, bundle);
  }

  @PostMapping("/{code}")
  String update(@AuthenticationPrincipal Actor actor, @PathVariable String code, @ModelAttribute("form") BundleForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    Bundle bundle = bundles.get(code);
    return save(actor, form, errors, model, redirect, bundle, () -> bundles.update(actor, code, form.details()));
  }

  @PostMapping("/{code}/delete")
  String delete(@AuthenticationPrincipal Actor actor, @PathVariable String code, RedirectAttributes redirect) {
    Bundle bundle = bundles.get(code);
    bundles.delete(actor, code);
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("catalog.bundle.deleted", bundle.name()));
    return "redirect:/admin/catalog/bundles";
  }

  private String save(Actor actor, BundleForm form, BindingResult errors, Model model, RedirectAttributes redirect,
      Bundle bundle, java.util.function.Supplier<Bundle> save) {
    if (!errors.hasErrors()) {
      try {
        Bundle saved = save.get();
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("catalog.bundle.saved", saved.name()));
        return "redirect:/admin/catalog/bundles";
      } catch (DomainException e) {
        errors.reject(e.messageKey(), e.args(), e.messageKey());
      }
    }
    FormErrors.show(model, "form", form, errors.getAllErrors());
    return form(actor, model, bundle);
  }

  private String form(Actor actor, Model model, Bundle bundle) {
    model.addAttribute("bundle", bundle);
    model.addAttribute("kinds", BundleKind.values());
    model.addAttribute("events", LifeEvent.values());
    model.addAttribute("readOnly", !CatalogAccess.mayKeepBundles(actor));
    return "catalog/admin/bundle-form";
  }
}
