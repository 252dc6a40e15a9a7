package org.servicewindow.enforcement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.enforcement.CaseKind;
import org.servicewindow.enforcement.CaseStep;
import org.servicewindow.enforcement.Enforcement;
import org.servicewindow.enforcement.EnforcementCase;
import org.servicewindow.enforcement.EnforcementPublication;
import org.servicewindow.enforcement.NewCase;
import org.servicewindow.enforcement.PartyType;
import org.servicewindow.enforcement.Proposal;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.UnitSummary;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/**
 * Enforcement case screens: the unit's case list, filing a case, and the case page with its timeline
 * (the case record) and the form of each step. A refused step shows the page again with what was typed.
 */
@Controller
@RequestMapping("/enforcement/cases")
class CaseController {

  record CaseForm(
      @NotNull CaseKind kind, @NotBlank @Size(max = 200) String title, @NotNull PartyType partyType,
      @NotBlank @Size(max = 100) String partyName, @NotBlank @Size(max = 18) String partyIdNumber,
      @Size(max = 20) String partyPhone, @Size(max = 200) String partyAddress,
      @NotBlank @Size(max = 4000) String facts, @NotBlank @Size(max = 1000) String legalBasis, UUID discretionId,
      List<UUID> officerIds) {

    static CaseForm empty() {
      return new CaseForm(CaseKind.PENALTY, "", PartyType.COMPANY, "", "", "", "", "", "", null, List.of());
    }
  }

  record ProposalForm(@NotBlank @Size(max = 4000) String text, @DecimalMin("0") BigDecimal penaltyAmount,
      Boolean licenceRevoked, Boolean complex) {}

  /** An unticked checkbox sends nothing, hence {@code Boolean}. */
  record AdvanceForm(@Size(max = 4000) String note, Boolean hearingHeld) {}

  record DocumentForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 8000) String text) {}

  record CorrectionForm(Integer seq, @NotBlank @Size(max = 8000) String text) {}

  record RevokeForm(@NotBlank @Size(max = 500) String reason) {}

  record ReviewForm(@NotBlank @Size(max = 2000) String opinion, Boolean passed) {}

  private final Enforcement enforcement;
  private final EnforcementPublication publication;
  private final OrganizationApi organization;

  CaseController(Enforcement enforcement, EnforcementPublication publication, OrganizationApi organization) {
    this.enforcement = enforcement;
    this.publication = publication;
    this.organization = organization;
  }

  @GetMapping
  String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
      @RequestParam(required = false) CaseStep step, @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("step", step);
    model.addAttribute("unit", unit);
    model.addAttribute("steps", CaseStep.values());
    // City-wide readers (inspectors, leaders) choose among the units that publish enforcement information.
    model.addAttribute("units", actor.scope().level() == org.servicewindow.identity.DataScope.Level.ALL
        ? publication.publishingUnits() : List.of());
    model.addAttribute("cases", enforcement.cases(actor, q, step, unit, PageQuery.of(page, null)));
    model.addAttribute("canWork", canWork(actor));
    model.addAttribute("unitNames", Views.unitNames(organization));
    return htmx != null ? "enforcement/cases/list :: results" : "enforcement/cases/list";
  }

  @GetMapping("/new")
  String newForm(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("form", CaseForm.empty());
    return form(actor, model);
  }

  @PostMapping
  String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") CaseForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        EnforcementCase c = enforcement.file(actor, new NewCase(actor.unitCode(), form.kind(), form.title(),
            form.partyType(), form.partyName(), form.partyIdNumber(), form.partyPhone(), form.partyAddress(),
            form.facts(), form.legalBasis(), form.discretionId(), form.officerIds()));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("enf.case.filed", c.caseNumber()));
        return "redirect:/enforcement/cases/" + c.id();
      } catch (DomainException e) {
        errors.reject(e.messageKey(), e.args(), e.messageKey());
      }
    }
    return form(actor, model);
  }

  private String form(Actor actor, Model model) {
    String unit = actor.unitCode();
    model.addAttribute("unit", unit == null ? null : organization.unit(unit).orElse(null));
    model.addAttribute("officers", unit == null ? List.of() : publication.officers(unit).stream().filter(o -> o.active()).toList());
    model.addAttribute("discretions", unit == null ? List.of() : publication.discretionTable(unit));
    model.addAttribute("kinds", CaseKind.values());
    model.addAttribute("partyTypes", PartyType.values());
    return "enforcement/cases/form";
  }

  @GetMapping("/{id}")
  String show(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer page,
      Model model) {
    EnforcementCase c = enforcement.get(actor, id);
    model.addAttribute("c", c);
    model.addAttribute("unit", organization.unit(c.unitCode()).map(UnitSummary::name).orElse(c.unitCode()));
    model.addAttribute("record", enforcement.record(actor, id, new PageQuery(page == null ? 0 : page, 50)));
    model.addAttribute("majorReasons", enforcement.majorReasons(c));
    model.addAttribute("discretion", publication.discretion(c.discretionId()).orElse(null));
    model.addAttribute("publication", publication.ofCase(id).orElse(null));
    model.addAttribute("today", publication.today());
    model.addAttribute("steps", stepsFor(c));
    model.addAttribute("canWork", canWork(actor));
    model.addAttribute("canReview", actor.has(Role.LEGAL_REVIEWER) && c.step() == CaseStep.LEGAL_REVIEW);
    model.addAttribute("criteria", enforcement.majorPolicy().criteria());
    defaults(model, c);
    return "enforcement/cases/show";
  }

  private static void defaults(Model model, EnforcementCase c) {
    if (!model.containsAttribute("proposalForm")) {
      model.addAttribute("proposalForm", new ProposalForm(c.proposal(), c.penaltyAmount(), c.licenceRevoked(), c.complexCase()));
    }
    if (!model.containsAttribute("advanceForm")) {
      model.addAttribute("advanceForm", new AdvanceForm("", c.hearingHeld()));
    }
    if (!model.containsAttribute("documentForm")) {
      model.addAttribute("documentForm", new DocumentForm("", ""));
    }
    if (!model.containsAttribute("correctionForm")) {
      model.addAttribute("correctionForm", new CorrectionForm(null, ""));
    }
    if (!model.containsAttribute("revokeForm")) {
      model.addAttribute("revokeForm", new RevokeForm(""));
    }
    if (!model.containsAttribute("reviewForm")) {
      model.addAttribute("reviewForm", new ReviewForm("", null));
    }
  }

  /** The steps shown in the progress bar: legal review only when the case is or was major. */
  private List<CaseStep> stepsFor(EnforcementCase c) {
    List<CaseStep> steps = new ArrayList<>(List.of(CaseStep.values()));
    if (!enforcement.isMajor(c) && c.reviewStatus() == null && c.step() != CaseStep.LEGAL_REVIEW) {
      steps.remove(CaseStep.LEGAL_REVIEW);
    }
    return steps;
  }

  @PostMapping("/{id}/proposal")
  String propose(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @Valid @ModelAttribute("proposalForm") ProposalForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    return step(actor, id, errors, model, redirect, "enf.proposal.saved", () -> enforcement.propose(actor, id,
        new Proposal(form.text(), form.penaltyAmount(), Boolean.TRUE.equals(form.licenceRevoked()),
            Boolean.TRUE.equals(form.complex()))));
  }

  @PostMapping("/{id}/advance")
  String advance(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @Valid @ModelAttribute("advanceForm") AdvanceForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    return step(actor, id, errors, model, redirect, "enf.step.advanced",
        () -> enforcement.advance(actor, id, form.note(), Boolean.TRUE.equals(form.hearingHeld())));
  }

  @PostMapping("/{id}/documents")
  String document(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    return step(actor, id, errors, model, redirect, "enf.document.added",
        () -> enforcement.addDocument(actor, id, form.title(), form.text()));
  }

  @PostMapping("/{id}/corrections")
  String correct(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @Valid @ModelAttribute("correctionForm") CorrectionForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    return step(actor, id, errors, model, redirect, "enf.correction.added",
        () -> enforcement.correct(actor, id, form.seq() == null ? 0 : form.seq(), form.text()));
  }

  @PostMapping("/{id}/files")
  String upload(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String description, RedirectAttributes redirect) {
    try {
      if (file == null || file.isEmpty()) {
        throw new org.servicewindow.common.BusinessRuleException("enf.file.empty");
      }
      try (InputStream in = file.getInputStream()) {
        var entry = enforcement.attach(actor, id, file.getOriginalFilename(), file.getContentType(), description, in);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("enf.file.added", entry.fileName(), entry.seq()));
      }
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "redirect:/enforcement/cases/" + id;
  }

  @PostMapping("/{id}/decision")
  String decide(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
    try {
      EnforcementCase c = enforcement.decide(actor, id);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("enf.decision.issued", c.decisionNumber()));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/enforcement/cases/" + id;
  }

  @PostMapping("/{id}/revoke")
  String revoke(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @Valid @ModelAttribute("revokeForm") RevokeForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    return step(actor, id, errors, model, redirect, "enf.revoke.done", () -> enforcement.revoke(actor, id, form.reason()));
  }

  @PostMapping("/{id}/review")
  String review(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    boolean passed = Boolean.TRUE.equals(form.passed());
    return step(actor, id, errors, model, redirect, passed ? "enf.review.passed" : "enf.review.rejected",
        () -> enforcement.review(actor, id, passed, form.opinion()));
  }

  @GetMapping("/{id}/files/{seq}")
  ResponseEntity<FileSystemResource> download(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @PathVariable int seq) {
    Enforcement.FileDownload file = enforcement.file(actor, id, seq);
    String type = file.entry().fileType();
    MediaType mediaType = type != null && (type.startsWith("image/") || type.startsWith("audio/")
        || type.startsWith("video/") || type.equals("application/pdf"))
        ? MediaType.parseMediaType(type) : MediaType.APPLICATION_OCTET_STREAM;
    return ResponseEntity.ok()
        .contentType(mediaType)
        .contentLength(file.entry().fileSize())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.entry().fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-SHA256", file.entry().fileSha256())
        .body(new FileSystemResource(file.path()));
  }

  @GetMapping("/{id}/verify")
  String verify(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    EnforcementCase c = enforcement.get(actor, id);
    model.addAttribute("c", c);
    model.addAttribute("result", enforcement.verify(actor, id));
    return "enforcement/cases/verify";
  }

  private String step(Actor actor, UUID id, BindingResult errors, Model model, RedirectAttributes redirect,
      String doneKey, Supplier<?> action) {
    if (!errors.hasErrors()) {
      try {
        action.get();
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(doneKey));
        return "redirect:/enforcement/cases/" + id;
      } catch (DomainException e) {
        model.addAttribute("stepError", Flash.error(e.messageKey(), e.args()));
      }
    } else {
      model.addAttribute("stepError", Flash.error("enf.form.invalid"));
    }
    model.addAttribute("failedForm", errors.getObjectName());
    return show(actor, id, null, model);
  }

  static boolean canWork(Actor actor) {
    return actor.has(Role.ENFORCEMENT_OFFICER) || actor.has(Role.UNIT_ADMIN);
  }
}
