package org.servicewindow.casework.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.servicewindow.casework.Applicant;
import org.servicewindow.casework.ApplicationStatus;
import org.servicewindow.casework.Casework;
import org.servicewindow.casework.PauseKind;
import org.servicewindow.casework.Warnings;
import org.servicewindow.casework.internal.Application;
import org.servicewindow.casework.internal.ApplicationSearch;
import org.servicewindow.casework.internal.CaseHistory;
import org.servicewindow.casework.internal.Material;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The applications part of the public contract (api.md "Applications"), plus the clock, extensions and lists. */
@RestController
@RequestMapping(path = "/api/v1/applications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Applications")
class ApplicationApiController {

  record ApplicantBody(
      @NotBlank @Size(max = 100) String name,
      @NotBlank @Pattern(regexp = "1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}", message = "{casework.applicant.phoneInvalid}") String phone,
      @ValidIdNumber String idNumber,
      @Email @Size(max = 200) String email,
      @Size(max = 200) String companyName,
      @ValidCreditCode String creditCode) {

    Applicant toApplicant() {
      return new Applicant(name, phone, idNumber, email, companyName, creditCode);
    }
  }

  record CreateBody(@NotBlank @Size(max = 64) String serviceCode, @NotNull @Valid ApplicantBody applicant,
      List<@NotBlank @Size(max = 64) String> materials, UUID ticketId, UUID matterId) {}

  /**
   * A bundle received at the window; {@code bundleCode} names the catalog's bundle (its items must be its
   * selection), {@code defective} the documents handed in but not in legal form, with the reason.
   */
  record MatterBody(@NotNull @Size(min = 2, max = 10) List<@NotBlank @Size(max = 64) String> serviceCodes,
      @NotNull @Valid ApplicantBody applicant, List<@NotBlank @Size(max = 64) String> materials, UUID ticketId,
      @Size(max = 64) String bundleCode, @Size(max = 50) java.util.Map<@Size(max = 64) String, @Size(max = 500) String> defective) {}

  record MatterJson(UUID matterId, List<CreatedJson> applications) {}

  record MaterialsBody(@NotNull List<@NotBlank @Size(max = 64) String> materials) {}

  record DefectBody(@NotBlank @Size(max = 500) String reason) {}

  record RejectBody(@NotBlank @Size(max = 2000) String basis) {}

  record CompleteBody(Boolean approved, @Size(max = 2000) String basis) {}

  record PauseBody(@NotNull PauseKind kind, @NotBlank @Size(max = 500) String reason) {}

  record ExtensionBody(@Min(1) @Max(15) int days, @NotBlank @Size(max = 500) String reason) {}

  record DecisionBody(@NotNull Boolean approve, @Size(max = 500) String note) {}

  record DeliverBody(@NotBlank @Pattern(regexp = "PICKUP|MAIL") String how, @Size(max = 300) String address) {}

  record MaterialJson(String code, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String state,
      @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {}

  record CreatedJson(UUID id, String number, String status, List<MaterialJson> missing, int guideVersion) {}

  record MissingJson(List<MaterialJson> missing) {}

  record NoticeJson(UUID id, String noticeNumber, List<MaterialJson> missing, OffsetDateTime issuedAt, String verifyUrl) {}

  record StatusJson(UUID id, String number, String status, LocalDate acceptedOn, LocalDate promisedDueDate,
      LocalDate legalDueDate, boolean provisional, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate pausedSince,
      @JsonInclude(JsonInclude.Include.NON_NULL) String result,
      @JsonInclude(JsonInclude.Include.NON_NULL) String evaluationToken,
      @JsonInclude(JsonInclude.Include.NON_NULL) String evaluationUrl) {}

  record ApplicationJson(UUID id, String number, String serviceCode, String serviceName, int guideVersion,
      String unitCode, String hallCode, String windowCode, String handler, String status, OffsetDateTime receivedAt,
      LocalDate acceptedOn, boolean autoAccepted, LocalDate promisedDueDate, LocalDate legalDueDate,
      boolean provisional, LocalDate pausedSince, String warning, String applicantName, String idNumber,
      List<MaterialJson> materials, List<MaterialJson> missing) {}

  record RowJson(UUID id, String number, String serviceName, String unitCode, String applicantName, String idNumber,
      String status, LocalDate promisedDueDate, String warning) {}

  record ExtensionJson(UUID id, int days, String reason, String status) {}

  private final Casework casework;
  private final ApplicationSearch search;
  private final Warnings warnings;
  private final java.time.Clock clock;

  ApplicationApiController(Casework casework, ApplicationSearch search, Warnings warnings, java.time.Clock clock) {
    this.clock = clock;
    this.casework = casework;
    this.search = search;
    this.warnings = warnings;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Receive an application at the window (staff); the answer lists the missing required materials")
  ResponseEntity<CreatedJson> create(@Valid @RequestBody CreateBody body, @AuthenticationPrincipal Actor actor) {
    Application app = casework.receive(new Casework.Intake(body.serviceCode(), body.applicant().toApplicant(),
        body.materials() == null ? List.of() : body.materials(), body.ticketId(), body.matterId()), actor);
    URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(app.id()).toUri();
    return ResponseEntity.created(location)
        .body(new CreatedJson(app.id(), app.number(), app.status().name(), missing(app), app.guideVersion()));
  }

  @PostMapping(path = "/matters", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Receive a one-matter bundle: one application per item, linked by one matter id")
  ResponseEntity<MatterJson> matter(@Valid @RequestBody MatterBody body, @AuthenticationPrincipal Actor actor) {
    var apps = casework.receiveMatter(new Casework.MatterIntake(body.bundleCode(), body.serviceCodes(),
        body.applicant().toApplicant(), body.materials() == null ? List.of() : body.materials(),
        body.defective() == null ? java.util.Map.of() : body.defective(), body.ticketId()), actor);
    return ResponseEntity.status(HttpStatus.CREATED).body(new MatterJson(apps.get(0).matterId(), apps.stream()
        .map(a -> new CreatedJson(a.id(), a.number(), a.status().name(), missing(a), a.guideVersion())).toList()));
  }

  @GetMapping
  @Operation(summary = "Applications in the reader's scope, newest first; filters as on the search page")
  Paged<RowJson> list(@RequestParam(required = false) String q, @RequestParam(required = false) ApplicationStatus status,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String warning,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @AuthenticationPrincipal Actor actor) {
    var filter = new ApplicationSearch.Filter(q, status, unit, null, null, null,
        warning == null ? null : warning.toUpperCase(java.util.Locale.ROOT));
    return search.search(filter, actor, ChinaTime.today(clock), warnings.yellowLimit(),
            PageQuery.of(page, size))
        .map(r -> new RowJson(r.id(), r.number(), r.serviceName(), r.unitCode(), r.applicantName(),
            org.servicewindow.casework.ApplicantIds.mask(r.idNumber()), r.status().name(), r.promisedDue(),
            warnings.of(r.status(), r.promisedDue(), r.pausedSince()).name()));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One application with its checklist")
  ApplicationJson get(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
    Application a = casework.get(id, actor);
    return new ApplicationJson(a.id(), a.number(), a.serviceCode(), a.serviceName(), a.guideVersion(), a.unitCode(),
        a.hallCode(), a.windowCode(), a.handlerName(), a.status().name(), ChinaTime.toOffset(a.receivedAt()),
        a.acceptedOn(), a.autoAccepted(), a.promisedDue(), a.legalDue(), a.dueProvisional(), a.pausedSince(),
        warnings.of(a).name(), a.applicant().name(), org.servicewindow.casework.ApplicantIds.mask(a.applicant().idNumber()),
        a.materials().stream().map(m -> new MaterialJson(m.code(), m.name(), m.state().name(), m.reason())).toList(),
        missing(a));
  }

  @PostMapping(path = "/{id}/materials", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Record materials handed in later (补正)")
  MissingJson materials(@PathVariable UUID id, @Valid @RequestBody MaterialsBody body, @AuthenticationPrincipal Actor actor) {
    return new MissingJson(missing(casework.receiveMaterials(id, body.materials(), actor)));
  }

  @PostMapping(path = "/{id}/materials/{code}/defective", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "A material handed in is not in legal form (with the reason)")
  MissingJson defective(@PathVariable UUID id, @PathVariable String code, @Valid @RequestBody DefectBody body,
      @AuthenticationPrincipal Actor actor) {
    return new MissingJson(missing(casework.markDefective(id, code, body.reason(), actor)));
  }

  @PostMapping("/{id}/supplement-notice")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Issue the one-time notice listing every missing or defective required material")
  NoticeJson supplementNotice(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
    CaseHistory.Notice n = casework.issueSupplementNotice(id, actor);
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    return new NoticeJson(n.id(), n.number(),
        n.items().stream().map(i -> new MaterialJson(i.materialCode(), i.materialName(), i.state().name(), i.reason())).toList(),
        ChinaTime.toOffset(n.issuedAt()), base + "/verify/" + n.verifyCode());
  }

  @PostMapping("/{id}/accept")
  @Operation(summary = "Accept a complete application (409 while required materials are missing)")
  StatusJson accept(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
    return status(casework.accept(id, actor));
  }

  @PostMapping(path = "/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Refuse with the policy basis (required)")
  StatusJson reject(@PathVariable UUID id, @Valid @RequestBody RejectBody body, @AuthenticationPrincipal Actor actor) {
    return status(casework.reject(id, body.basis(), actor));
  }

  @PostMapping("/{id}/pause")
  @Operation(summary = "Stop the clock (hearing, inspection, testing, expert review, supplement) with the reason")
  StatusJson pause(@PathVariable UUID id, @Valid @RequestBody PauseBody body, @AuthenticationPrincipal Actor actor) {
    return status(casework.pause(id, body.kind(), body.reason(), actor));
  }

  @PostMapping("/{id}/resume")
  @Operation(summary = "Start the clock again")
  StatusJson resume(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
    return status(casework.resume(id, actor));
  }

  @PostMapping("/{id}/extensions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Ask a leader for an extension (延期)")
  ExtensionJson requestExtension(@PathVariable UUID id, @Valid @RequestBody ExtensionBody body,
      @AuthenticationPrincipal Actor actor) {
    var e = casework.requestExtension(id, body.days(), body.reason(), actor);
    return new ExtensionJson(e.id(), e.days(), e.reason(), e.status());
  }

  @PostMapping("/{id}/extensions/{extensionId}/decision")
  @Operation(summary = "A leader approves or refuses an extension")
  StatusJson decide(@PathVariable UUID id, @PathVariable UUID extensionId, @Valid @RequestBody DecisionBody body,
      @AuthenticationPrincipal Actor actor) {
    return status(casework.decideExtension(id, extensionId, body.approve(), body.note(), actor));
  }

  @PostMapping("/{id}/complete")
  @Operation(summary = "Record the result, notify the applicant, hand out the evaluation token")
  StatusJson complete(@PathVariable UUID id, @Valid @RequestBody(required = false) CompleteBody body,
      @AuthenticationPrincipal Actor actor) {
    boolean approved = body == null || body.approved() == null || body.approved();
    return status(casework.complete(id, approved, body == null ? null : body.basis(), actor));
  }

  @PostMapping("/{id}/deliver")
  @Operation(summary = "The result was picked up or mailed")
  StatusJson deliver(@PathVariable UUID id, @Valid @RequestBody DeliverBody body, @AuthenticationPrincipal Actor actor) {
    return status(casework.deliver(id, body.how(), body.address(), actor));
  }

  private static List<MaterialJson> missing(Application app) {
    return app.outstanding().stream().map(ApplicationApiController::json).toList();
  }

  private static MaterialJson json(Material m) {
    return new MaterialJson(m.code(), m.name(), m.state().name(), m.reason());
  }

  private static StatusJson status(Application a) {
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    return new StatusJson(a.id(), a.number(), a.status().name(), a.acceptedOn(), a.promisedDue(), a.legalDue(),
        a.dueProvisional(), a.pausedSince(), a.result(), a.evaluationToken(),
        a.evaluationToken() == null ? null : base + "/e/" + a.evaluationToken());
  }
}
