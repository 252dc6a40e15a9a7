package org.servicewindow.catalog.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.servicewindow.catalog.Audience;
import org.servicewindow.catalog.FieldType;
import org.servicewindow.catalog.ItemType;
import org.servicewindow.catalog.LifeEvent;
import org.servicewindow.catalog.Medium;
import org.servicewindow.catalog.ServiceGuide;
import org.servicewindow.catalog.internal.CatalogAccess;
import org.servicewindow.catalog.internal.CatalogFile;
import org.servicewindow.catalog.internal.FileUpload;
import org.servicewindow.catalog.internal.GuideAdministration;
import org.servicewindow.catalog.internal.GuideAdministration.Attachment;
import org.servicewindow.catalog.internal.GuideProblem;
import org.servicewindow.catalog.internal.GuideStatus;
import org.servicewindow.catalog.internal.GuideVersion;
import org.servicewindow.catalog.internal.InvalidGuideException;
import org.servicewindow.catalog.internal.Merging;
import org.servicewindow.catalog.internal.ServiceItems;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.UnitSummary;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Service items and their guides for unit admins and the platform operator: list, create, the item's
 * versions with their way from draft to publication, the draft editor with its files, a version as it
 * was, and the difference between two versions.
 */
@Controller
@RequestMapping("/admin/catalog/items")
class ItemAdminController {

  record NewItemForm(String code, String unitCode, String name, ItemType type, Audience audience) {}

  private final GuideAdministration guides;
  private final OrganizationApi organization;

  ItemAdminController(GuideAdministration guides, OrganizationApi organization) {
    this.guides = guides;
    this.organization = organization;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("unit", unit);
    model.addAttribute("state", state);
    model.addAttribute("units", units(actor, false));
    model.addAttribute("unitNames", unitNames());
    model.addAttribute("items", guides.search(actor, new ServiceItems.Criteria(q, unit, state), PageQuery.of(page, null)));
    model.addAttribute("canCreate", CatalogAccess.mayEditAny(actor));
    return htmx != null ? "catalog/admin/items :: results" : "catalog/admin/items";
  }

  @GetMapping("/new")
  String newForm(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("form", new NewItemForm("", actor.unitCode() == null ? "" : actor.unitCode(), "",
        ItemType.LICENSING, Audience.BOTH));
    return newView(actor, model);
  }

  @PostMapping
  String create(
      @AuthenticationPrincipal Actor actor,
      @ModelAttribute("form") NewItemForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        var item = guides.create(actor, new GuideAdministration.NewItem(form.code(), form.unitCode(), form.name(),
            form.type(), form.audience()));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("catalog.item.created", item.code()));
        return "redirect:/admin/catalog/items/" + item.code() + "/draft";
      } catch (InvalidGuideException e) {
        reject(errors, e);
      } catch (DomainException e) {
        errors.reject(e.messageKey(), e.args(), e.messageKey());
      }
    }
    FormErrors.show(model, "form", form, errors.getAllErrors());
    return newView(actor, model);
  }

  @GetMapping("/{code}")
  String show(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String code,
      @RequestParam(required = false) Integer page,
      Model model) {
    GuideAdministration.ItemView view = guides.view(actor, code);
    model.addAttribute("view", view);
    model.addAttribute("unitName", unitName(view.item().unitCode()));
    model.addAttribute("history", guides.history(actor, code, PageQuery.of(page, 10)));
    boolean mayEdit = CatalogAccess.mayEdit(actor, view.item().unitCode());
    model.addAttribute("mayEdit", mayEdit);
    model.addAttribute("mayReview", mayEdit && view.working() != null && view.working().mayReview(actor.username()));
    return "catalog/admin/item";
  }

  @GetMapping("/{code}/versions/{version}")
  String version(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable int version,
      Model model) {
    GuideAdministration.ItemView view = guides.view(actor, code);
    GuideVersion v = guides.version(actor, code, version);
    model.addAttribute("view", view);
    model.addAttribute("version", v);
    model.addAttribute("content", v.content());
    model.addAttribute("unitName", unitName(view.item().unitCode()));
    model.addAttribute("files", guides.fileNames(v.content()));
    model.addAttribute("checklist", Merging.checklist(List.of(
        new ServiceGuide(code, version, view.item().unitCode(), v.publishedAt(), v.content()))));
    model.addAttribute("names", java.util.Map.of(code, v.content().name()));
    return "catalog/admin/version";
  }

  @GetMapping("/{code}/diff")
  String diff(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String code,
      @RequestParam int from,
      @RequestParam int to,
      Model model) {
    model.addAttribute("view", guides.view(actor, code));
    model.addAttribute("from", guides.version(actor, code, from));
    model.addAttribute("to", guides.version(actor, code, to));
    model.addAttribute("changes", guides.diff(actor, code, from, to));
    return "catalog/admin/diff";
  }

  /** The admin's copy of an attached file (drafts included). */
  @GetMapping("/{code}/files/{id}")
  ResponseEntity<byte[]> file(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable UUID id) {
    CatalogFile file = guides.file(actor, code, id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.content());
  }

  @PostMapping("/{code}/drafts")
  String newDraft(@AuthenticationPrincipal Actor actor, @PathVariable String code, RedirectAttributes redirect) {
    try {
      GuideVersion draft = guides.newDraft(actor, code);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("catalog.guide.draftCreated", draft.version()));
      return "redirect:/admin/catalog/items/" + code + "/draft";
    } catch (DomainException e) {
      return back(redirect, code, e);
    }
  }

  @GetMapping("/{code}/draft")
  String editDraft(@AuthenticationPrincipal Actor actor, @PathVariable String code, Model model) {
    GuideAdministration.ItemView view = guides.view(actor, code);
    if (view.working() == null || view.working().status() != GuideStatus.DRAFT
        || !CatalogAccess.mayEdit(actor, view.item().unitCode())) {
      return "redirect:/admin/catalog/items/" + code;
    }
    model.addAttribute("form", GuideForm.of(view.working().content(), view.working().changeNote()).withBlankRows());
    return draftView(actor, view, model);
  }

  /** Saves the draft, and with {@code action=submit} hands it to review; what was typed is kept on errors. */
  @PostMapping("/{code}/draft")
  String saveDraft(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String code,
      @ModelAttribute("form") GuideForm form,
      BindingResult errors,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      RedirectAttributes redirect) {
    GuideAdministration.ItemView view = guides.view(actor, code);
    if (view.working() == null || view.working().status() != GuideStatus.DRAFT) {
      return back(redirect, code, new org.servicewindow.common.ConflictException("catalog.guide.noWorkingCopy", code));
    }
    if (errors.hasErrors()) {
      return redisplay(form, errors.getAllErrors(), actor, view, model);
    }
    GuideForm compact = form.compact();
    BindingResult checked = new BeanPropertyBindingResult(compact.withBlankRows(), "form");
    try {
      guides.save(actor, code, compact.content(), compact.changeNote());
      if ("submit".equals(action)) {
        guides.submit(actor, code);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("catalog.guide.submitted"));
        return "redirect:/admin/catalog/items/" + code;
      }
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("catalog.guide.saved"));
      return "redirect:/admin/catalog/items/" + code + "/draft";
    } catch (InvalidGuideException e) {
      reject(checked, e);
    } catch (DomainException e) {
      checked.reject(e.messageKey(), e.args(), e.messageKey());
    }
    return redisplay(compact.withBlankRows(), checked.getAllErrors(), actor, guides.view(actor, code), model);
  }

  @PostMapping("/{code}/draft/submit")
  String submit(@AuthenticationPrincipal Actor actor, @PathVariable String code, Model model,
      RedirectAttributes redirect) {
    try {
      guides.submit(actor, code);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("catalog.guide.submitted"));
      return "redirect:/admin/catalog/items/" + code;
    } catch (InvalidGuideException e) {
      GuideAdministration.ItemView view = guides.view(actor, code);
      GuideForm form = GuideForm.of(view.working().content(), view.working().changeNote()).withBlankRows();
      BindingResult checked = new BeanPropertyBindingResult(form, "form");
      reject(checked, e);
      return redisplay(form, checked.getAllErrors(), actor, view, model);
    } catch (DomainException e) {
      return back(redirect, code, e);
    }
  }

  @PostMapping("/{code}/draft/approve")
  String approve(@AuthenticationPrincipal Actor actor, @PathVariable String code, RedirectAttributes redirect) {
    try {
      GuideVersion published = guides.approve(actor, code);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("catalog.guide.published", published.version()));
    } catch (DomainException e) {
      return back(redirect, code, e);
    }
    return "redirect:/admin/catalog/items/" + code;
  }

  @PostMapping("/{code}/draft/return")
  String sendBack(@AuthenticationPrincipal Actor actor, @PathVariable String code,
      @RequestParam(required = false) String comment, RedirectAttributes redirect) {
    try {
      guides.sendBack(actor, code, comment);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("catalog.guide.returned"));
    } catch (DomainException e) {
      return back(redirect, code, e);
    }
    return "redirect:/admin/catalog/items/" + code;
  }

  @PostMapping("/{code}/draft/discard")
  String discard(@AuthenticationPrincipal Actor actor, @PathVariable String code, RedirectAttributes redirect) {
    try {
      boolean itemGone = guides.discard(actor, code);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(itemGone ? "catalog.item.discarded"
          : "catalog.guide.discarded", code));
      return itemGone ? "redirect:/admin/catalog/items" : "redirect:/admin/catalog/items/" + code;
    } catch (DomainException e) {
      return back(redirect, code, e);
    }
  }

  @PostMapping("/{code}/draft/files")
  String attach(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String code,
      @RequestParam(required = false) String material,
      @RequestParam(required = false) Attachment kind,
      @RequestParam(name = "file", required = false) MultipartFile file,
      RedirectAttributes redirect) {
    try {
      if (kind == null) {
        throw new BusinessRuleException("catalog.file.kind");
      }
      CatalogFile stored = guides.attach(actor, code, material, kind,
          file == null ? null : file.getOriginalFilename(), content(file));
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("catalog.file.attached", stored.fileName(), material));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/admin/catalog/items/" + code + "/draft#files";
  }

  @PostMapping("/{code}/draft/files/remove")
  String detach(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String code,
      @RequestParam String material,
      @RequestParam Attachment kind,
      RedirectAttributes redirect) {
    try {
      guides.detach(actor, code, material, kind);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("catalog.file.detached", material));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/admin/catalog/items/" + code + "/draft#files";
  }

  /** The uploaded bytes; an oversized upload is refused before it is read into memory. */
  private static byte[] content(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw new BusinessRuleException("catalog.file.empty");
    }
    if (file.getSize() > FileUpload.MAX_BYTES) {
      throw new BusinessRuleException("catalog.file.tooLarge", FileUpload.MAX_BYTES / (1024 * 1024));
    }
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new BusinessRuleException("catalog.file.unreadable");
    }
  }

  /** The editor again with these errors on this form (see {@link FormErrors}). */
  private String redisplay(GuideForm form, List<org.springframework.validation.ObjectError> errors, Actor actor,
      GuideAdministration.ItemView view, Model model) {
    FormErrors.show(model, "form", form, errors);
    return draftView(actor, view, model);
  }

  private String draftView(Actor actor, GuideAdministration.ItemView view, Model model) {
    model.addAttribute("view", view);
    model.addAttribute("unitName", unitName(view.item().unitCode()));
    model.addAttribute("files", view.working() == null ? java.util.Map.of() : guides.fileNames(view.working().content()));
    model.addAttribute("types", ItemType.values());
    model.addAttribute("audiences", Audience.values());
    model.addAttribute("events", LifeEvent.values());
    model.addAttribute("media", Medium.values());
    model.addAttribute("fieldTypes", FieldType.values());
    return "catalog/admin/draft";
  }

  private String newView(Actor actor, Model model) {
    model.addAttribute("units", units(actor, true));
    model.addAttribute("types", ItemType.values());
    model.addAttribute("audiences", Audience.values());
    return "catalog/admin/item-new";
  }

  /** Places each problem on its field (or on the form), with its message key and arguments. */
  static void reject(BindingResult errors, InvalidGuideException e) {
    for (GuideProblem p : e.problems()) {
      if (p.field() == null || p.field().equals("materials") || p.field().equals("steps")) {
        errors.reject(p.key(), p.args(), p.key());
      } else {
        errors.rejectValue(p.field(), p.key(), p.args(), p.key());
      }
    }
  }

  /** Back to the item with the refusal as the message; an item outside the scope stays not found. */
  private static String back(RedirectAttributes redirect, String code, DomainException e) {
    if (e instanceof org.servicewindow.common.NotFoundException notFound) {
      throw notFound;
    }
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    return "redirect:/admin/catalog/items/" + code;
  }

  /** Units for the filter (all the actor reads) or for a new item (those the actor may write). */
  private List<UnitSummary> units(Actor actor, boolean writable) {
    return organization.units().stream()
        .filter(u -> writable ? CatalogAccess.mayEdit(actor, u.code()) : actor.scope().permits(u.code(), null, null))
        .toList();
  }

  private java.util.Map<String, String> unitNames() {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    organization.units().forEach(u -> names.put(u.code(), u.name()));
    return names;
  }

  private String unitName(String unitCode) {
    return organization.unit(unitCode).map(UnitSummary::name).orElse(unitCode);
  }
}
