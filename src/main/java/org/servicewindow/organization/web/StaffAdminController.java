package org.servicewindow.organization.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.servicewindow.organization.StaffProfileLinks;
import org.springframework.beans.factory.ObjectProvider;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.internal.Access;
import org.servicewindow.organization.internal.Codes;
import org.servicewindow.organization.internal.HallAdministration;
import org.servicewindow.organization.internal.PhotoUpload;
import org.servicewindow.organization.internal.StaffAdministration;
import org.servicewindow.organization.internal.StaffMember;
import org.servicewindow.organization.internal.StaffMembers;
import org.servicewindow.organization.internal.UnitAdministration;
import org.servicewindow.organization.internal.WindowAdministration;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff: list with search and filters, create, edit, photo, leave and return, links to the print pages. */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminController {

  record StaffForm(
      @NotBlank @Pattern(regexp = Codes.STAFF_NUMBER_REGEX, message = "{org.validation.staffNumber}") String staffNumber,
      @NotBlank @Size(max = 50) String name,
      @NotBlank @Size(max = 100) String post,
      @NotBlank String unitCode,
      String hallCode,
      @Pattern(regexp = "^$|" + Codes.PHONE_REGEX, message = "{org.validation.phone}") String phone,
      @Pattern(regexp = "^$|" + Codes.USERNAME_REGEX, message = "{org.validation.username}") String username,
      List<String> windowCodes) {

    static StaffForm of(StaffMember s) {
      return new StaffForm(s.staffNumber(), s.name(), s.post(), s.unitCode(), s.hallCode(), s.phone(), s.username(),
          new ArrayList<>(s.windowCodes()));
    }

    StaffAdministration.StaffDetails details() {
      return new StaffAdministration.StaffDetails(staffNumber, name, post, unitCode, hallCode, phone, username,
          windowCodes == null ? List.of() : windowCodes);
    }
  }

  private final StaffAdministration staff;
  private final UnitAdministration units;
  private final HallAdministration halls;
  private final WindowAdministration windows;

  private final ObjectProvider<StaffProfileLinks> profileLinks;

  StaffAdminController(StaffAdministration staff, UnitAdministration units, HallAdministration halls,
      WindowAdministration windows, ObjectProvider<StaffProfileLinks> profileLinks) {
    this.staff = staff;
    this.profileLinks = profileLinks;
    this.units = units;
    this.halls = halls;
    this.windows = windows;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String hall,
      @RequestParam(defaultValue = "false") boolean inactive,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("unit", unit);
    model.addAttribute("hall", hall);
    model.addAttribute("inactive", inactive);
    model.addAttribute("units", units.choices(actor));
    model.addAttribute("halls", halls.choices(actor));
    model.addAttribute("staff", staff.search(actor, new StaffMembers.Criteria(q, unit, hall, inactive), PageQuery.of(page, null)));
    model.addAttribute("canCreate", Access.canManage(actor));
    return htmx != null ? "organization/staff/list :: results" : "organization/staff/list";
  }

  @GetMapping("/new")
  String newForm(@AuthenticationPrincipal Actor actor, Model model) {
    String unit = actor.scope().unitCode();
    String hall = actor.scope().hallCode();
    model.addAttribute("form", new StaffForm("", "", "", unit == null ? "" : unit, hall == null ? "" : hall, "", "",
        new ArrayList<>()));
    return form(actor, model, null);
  }

  @PostMapping
  String create(
      @AuthenticationPrincipal Actor actor,
      @Valid @ModelAttribute("form") StaffForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return Submissions.save(errors, redirect, () -> staff.create(actor, form.details()),
        created -> Flash.success("org.staff.created", created.name()), created -> "/admin/staff/" + created.id(),
        () -> form(actor, model, null));
  }

  @GetMapping("/{id}")
  String edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    StaffMember member = staff.get(actor, id);
    model.addAttribute("form", StaffForm.of(member));
    return form(actor, model, member);
  }

  @PostMapping("/{id}")
  String update(
      @AuthenticationPrincipal Actor actor,
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") StaffForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    StaffMember member = staff.get(actor, id);
    return Submissions.save(errors, redirect, () -> staff.update(actor, id, form.details()),
        updated -> Flash.success("org.staff.updated", updated.name()), updated -> "/admin/staff/" + id,
        () -> form(actor, model, member));
  }

  @PostMapping("/{id}/active")
  String setActive(
      @AuthenticationPrincipal Actor actor,
      @PathVariable UUID id,
      @RequestParam boolean active,
      RedirectAttributes redirect) {
    StaffMember member = staff.setActive(actor, id, active);
    redirect.addFlashAttribute(Flash.ATTRIBUTE,
        Flash.success(active ? "org.staff.reactivated" : "org.staff.deactivated", member.name()));
    return "redirect:/admin/staff/" + id;
  }

  /** The photo, or a generated avatar for someone without one. */
  @GetMapping("/{id}/photo")
  ResponseEntity<byte[]> photo(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
    StaffMember member = staff.get(actor, id);
    return Pictures.of(member, staff.photo(id));
  }

  @PostMapping("/{id}/photo")
  String uploadPhoto(
      @AuthenticationPrincipal Actor actor,
      @PathVariable UUID id,
      @RequestParam(name = "photo", required = false) MultipartFile photo,
      RedirectAttributes redirect) {
    StaffMember member = staff.get(actor, id);
    return Submissions.act(redirect, () -> staff.uploadPhoto(actor, id, content(photo)),
        Flash.success("org.photo.uploaded", member.name()), "/admin/staff/" + id, "/admin/staff/" + id);
  }

  @PostMapping("/{id}/photo/delete")
  String removePhoto(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
    StaffMember member = staff.get(actor, id);
    staff.removePhoto(actor, id);
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("org.photo.removed", member.name()));
    return "redirect:/admin/staff/" + id;
  }

  /** The uploaded bytes; an oversized upload is refused before it is read into memory. */
  private static byte[] content(MultipartFile photo) {
    if (photo == null || photo.isEmpty()) {
      return new byte[0];
    }
    if (photo.getSize() > PhotoUpload.MAX_BYTES) {
      throw new BusinessRuleException("org.photo.tooLarge", PhotoUpload.MAX_BYTES / (1024 * 1024));
    }
    try {
      return photo.getBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String form(Actor actor, Model model, StaffMember member) {
    model.addAttribute("member", member);
    model.addAttribute("units", units.choices(actor));
    model.addAttribute("halls", halls.choices(actor));
    model.addAttribute("windows", windows.choices(actor));
    boolean editable = member == null ? Access.canManage(actor) : StaffAdministration.mayEdit(actor, member);
    model.addAttribute("readOnly", !editable);
    model.addAttribute("maxPhotoMb", PhotoUpload.MAX_BYTES / (1024 * 1024));
    model.addAttribute("profileLinks", member == null ? List.of()
        : profileLinks.orderedStream().flatMap(p -> p.linksFor(actor, member.id()).stream()).toList());
    return "organization/staff/form";
  }
}
