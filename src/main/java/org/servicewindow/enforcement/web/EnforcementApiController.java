package org.servicewindow.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.enforcement.CaseKind;
import org.servicewindow.enforcement.CaseStep;
import org.servicewindow.enforcement.ChainVerification;
import org.servicewindow.enforcement.Enforcement;
import org.servicewindow.enforcement.EnforcementCase;
import org.servicewindow.enforcement.EnforcementPublication;
import org.servicewindow.enforcement.NewCase;
import org.servicewindow.enforcement.PartyType;
import org.servicewindow.enforcement.Proposal;
import org.servicewindow.enforcement.Publication;
import org.servicewindow.enforcement.RecordEntry;
import org.servicewindow.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enforcement API: cases and their steps for officers' systems, legal review, the case record and its
 * verification, and the published decisions (open to everyone). Files are sent as the raw request body
 * and streamed to disk, so their size is bounded only by the disk.
 */
@RestController
@RequestMapping(path = "/api/v1/enforcement", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Enforcement")
class EnforcementApiController {

  record CaseRequest(
      @NotBlank String unitCode, @NotNull CaseKind kind, @NotBlank @Size(max = 200) String title,
      @NotNull PartyType partyType, @NotBlank @Size(max = 100) String partyName,
      @NotBlank @Size(max = 18) String partyIdNumber, @Size(max = 20) String partyPhone,
      @Size(max = 200) String partyAddress, @NotBlank @Size(max = 4000) String facts,
      @NotBlank @Size(max = 1000) String legalBasis, UUID discretionId, @NotNull List<UUID> officerIds) {

    NewCase toNewCase() {
      return new NewCase(unitCode, kind, title, partyType, partyName, partyIdNumber, partyPhone, partyAddress, facts,
          legalBasis, discretionId, officerIds);
    }
  }

  record ProposalRequest(
      @NotBlank @Size(max = 4000) String text, @DecimalMin("0") BigDecimal penaltyAmount, Boolean licenceRevoked,
      Boolean complex) {}

  record AdvanceRequest(@Size(max = 4000) String note, Boolean hearingHeld) {}

  record DocumentRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 8000) String text) {}

  record CorrectionRequest(@Min(1) int seq, @NotBlank @Size(max = 8000) String text) {}

  record ReviewRequest(@NotNull Boolean passed, @NotBlank @Size(max = 2000) String opinion) {}

  record RevokeRequest(@NotBlank @Size(max = 500) String reason) {}

  record CaseJson(@com.fasterxml.jackson.annotation.JsonUnwrapped EnforcementCase enforcementCase, boolean major, List<String> majorReasons) {}

  private final Enforcement enforcement;
  private final EnforcementPublication publication;

  EnforcementApiController(Enforcement enforcement, EnforcementPublication publication) {
    this.enforcement = enforcement;
    this.publication = publication;
  }

  @GetMapping("/cases")
  @Operation(summary = "Cases of the caller's unit (paged)")
  Paged<EnforcementCase> cases(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
      @RequestParam(required = false) CaseStep step, @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return enforcement.cases(actor, q, step, unit, PageQuery.of(page, size));
  }

  @PostMapping("/cases")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "File a case (立案): at least two officers with certificates, a valid party ID")
  CaseJson file(@AuthenticationPrincipal Actor actor, @Valid @RequestBody CaseRequest request) {
    return json(enforcement.file(actor, request.toNewCase()));
  }

  @GetMapping("/cases/{id}")
  CaseJson get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
    return json(enforcement.get(actor, id));
  }

  @PostMapping("/cases/{id}/proposal")
  @Operation(summary = "Record the proposed decision (investigation or notification)")
  CaseJson propose(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @Valid @RequestBody ProposalRequest r) {
    return json(enforcement.propose(actor, id, new Proposal(r.text(), r.penaltyAmount(), Boolean.TRUE.equals(r.licenceRevoked()),
        Boolean.TRUE.equals(r.complex()))));
  }

  @PostMapping("/cases/{id}/advance")
  @Operation(summary = "Move the case to its next step; a major case goes from notification to legal review")
  CaseJson advance(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @RequestBody AdvanceRequest r) {
    return json(enforcement.advance(actor, id, r.note(), Boolean.TRUE.equals(r.hearingHeld())));
  }

  @PostMapping("/cases/{id}/documents")
  @ResponseStatus(HttpStatus.CREATED)
  RecordEntry document(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @Valid @RequestBody DocumentRequest r) {
    return enforcement.addDocument(actor, id, r.title(), r.text());
  }

  @PostMapping(path = "/cases/{id}/files", consumes = MediaType.ALL_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Append a file (raw body, streamed; name in ?name=) with its size and SHA-256")
  RecordEntry attach(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam String name,
      @RequestParam(required = false) String description,
      @RequestHeader(name = "Content-Type", required = false) String contentType, HttpServletRequest request)
      throws IOException {
    return enforcement.attach(actor, id, name, contentType, description, request.getInputStream());
  }

  @PostMapping("/cases/{id}/corrections")
  @ResponseStatus(HttpStatus.CREATED)
  RecordEntry correct(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @Valid @RequestBody CorrectionRequest r) {
    return enforcement.correct(actor, id, r.seq(), r.text());
  }

  @PostMapping("/cases/{id}/review")
  @Operation(summary = "Legal review (法制审核): pass or reject with an opinion; not by the case's officers")
  CaseJson review(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @RequestBody ReviewRequest r) {
    return json(enforcement.review(actor, id, r.passed(), r.opinion()));
  }

  @PostMapping("/cases/{id}/decision")
  @Operation(summary = "Issue the decision; refused (422) for a major decision whose legal review has not passed")
  CaseJson decide(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
    return json(enforcement.decide(actor, id));
  }

  @PostMapping("/cases/{id}/revoke")
  @Operation(summary = "Revoke the decision; its publication is withdrawn")
  CaseJson revoke(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @RequestBody RevokeRequest r) {
    return json(enforcement.revoke(actor, id, r.reason()));
  }

  @GetMapping("/cases/{id}/record")
  @Operation(summary = "The case record (全过程记录), paged, in order")
  Paged<RecordEntry> record(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return enforcement.record(actor, id, PageQuery.of(page, size));
  }

  @GetMapping("/cases/{id}/verification")
  @Operation(summary = "Recompute the case record's hash chain; names the first broken link")
  ChainVerification verify(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
    return enforcement.verify(actor, id);
  }

  @GetMapping("/verifications")
  @Operation(summary = "Verify the records of a page of the caller's cases (newest activity first)")
  Paged<ChainVerification> verifications(@AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String unit, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return enforcement.verifyAll(actor, unit, PageQuery.of(page, size));
  }

  @GetMapping("/publications")
  @Operation(summary = "Published decisions (public, personal data masked, paged)")
  Paged<Publication> publications(@RequestParam(required = false) String q,
      @RequestParam(required = false) String unit, @RequestParam(required = false) CaseKind kind,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return publication.publicSearch(q, unit, kind, PageQuery.of(page, size));
  }

  @GetMapping("/publications/{id}")
  Publication publicationOf(@PathVariable UUID id) {
    return publication.publicDecision(id);
  }

  @GetMapping("/overdue-publications")
  @Operation(summary = "Decisions published late or not yet published although due (for supervision)")
  Paged<Publication> overdue(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return publication.overdue(PageQuery.of(page, size));
  }

  private CaseJson json(EnforcementCase c) {
    return new CaseJson(c, enforcement.isMajor(c), enforcement.majorReasons(c));
  }
}
