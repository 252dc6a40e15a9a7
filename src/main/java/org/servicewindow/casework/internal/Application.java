package org.servicewindow.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.servicewindow.casework.Applicant;
import org.servicewindow.casework.ApplicationStatus;
import org.servicewindow.casework.InvalidInputException;
import org.servicewindow.casework.MaterialState;
import org.servicewindow.casework.PauseKind;
import org.servicewindow.common.ConflictException;

/**
 * An application (办件) and the law it carries. It is received with the checklist of the guide version in
 * force; while a required material is missing or not in legal form it cannot be accepted, only notified
 * (once, listing everything) or refused. Accepted after a supplement, it counts from the day the last
 * material arrived. Once accepted its due dates run in working days; the clock stops for pauses and
 * moves by approved extensions. Completion records the result and hands out the evaluation token.
 * Other aggregates (ticket, staff, guide) are referenced by code or id only.
 */
public class Application {

  private final UUID id;
  private final String number;
  private final UUID matterId;
  private final String serviceCode;
  private final String serviceName;
  private final int guideVersion;
  private final String unitCode;
  private final String hallCode;
  private final String windowCode;
  private String handlerUsername;
  private String handlerName;
  private final UUID ticketId;
  private final Applicant applicant;
  private ApplicationStatus status;
  private final Instant receivedAt;
  private final LocalDate receivedOn;
  private LocalDate acceptedOn;
  private boolean autoAccepted;
  private final int promisedLimitDays;
  private final int legalLimitDays;
  private int extensionDays;
  private LocalDate promisedDue;
  private LocalDate legalDue;
  private boolean dueProvisional;
  private LocalDate pausedSince;
  private PauseKind pauseKind;
  private String pauseReason;
  private String rejectedBasis;
  private String result;
  private String resultBasis;
  private Instant completedAt;
  private LocalDate completedOn;
  private String delivery;
  private String mailAddress;
  private Instant deliveredAt;
  private String evaluationToken;
  private boolean day4Warned;
  private final List<Material> materials;

  @SuppressWarnings("checkstyle:ParameterNumber")
  public Application(UUID id, String number, UUID matterId, String serviceCode, String serviceName, int guideVersion,
      String unitCode, String hallCode, String windowCode, String handlerUsername, String handlerName, UUID ticketId,
      Applicant applicant, ApplicationStatus status, Instant receivedAt, LocalDate receivedOn, LocalDate acceptedOn,
      boolean autoAccepted, int promisedLimitDays, int legalLimitDays, int extensionDays, LocalDate promisedDue,
      LocalDate legalDue, boolean dueProvisional, LocalDate pausedSince, PauseKind pauseKind, String pauseReason,
      String rejectedBasis, String result, String resultBasis, Instant completedAt, LocalDate completedOn,
      String delivery, String mailAddress, Instant deliveredAt, String evaluationToken, boolean day4Warned,
      List<Material> materials) {
    this.id = id;
    this.number = number;
    this.matterId = matterId;
    this.serviceCode = serviceCode;
    this.serviceName = serviceName;
    this.guideVersion = guideVersion;
    this.unitCode = unitCode;
    this.hallCode = hallCode;
    this.windowCode = windowCode;
    this.handlerUsername = handlerUsername;
    this.handlerName = handlerName;
    this.ticketId = ticketId;
    this.applicant = applicant;
    this.status = status;
    this.receivedAt = receivedAt;
    this.receivedOn = receivedOn;
    this.acceptedOn = acceptedOn;
    this.autoAccepted = autoAccepted;
    this.promisedLimitDays = promisedLimitDays;
    this.legalLimitDays = legalLimitDays;
    this.extensionDays = extensionDays;
    this.promisedDue = promisedDue;
    this.legalDue = legalDue;
    this.dueProvisional = dueProvisional;
    this.pausedSince = pausedSince;
    this.pauseKind = pauseKind;
    this.pauseReason = pauseReason;
    this.rejectedBasis = rejectedBasis;
    this.result = result;
    this.resultBasis = resultBasis;
    this.completedAt = completedAt;
    this.completedOn = completedOn;
    this.delivery = delivery;
    this.mailAddress = mailAddress;
    this.deliveredAt = deliveredAt;
    this.evaluationToken = evaluationToken;
    this.day4Warned = day4Warned;
    this.materials = new ArrayList<>(materials);
  }

  /** Records what the applicant handed in (on intake or as a supplement); returns the codes it changed. */
  public List<String> receive(Collection<String> codes, Instant at) {
    requireOpenBeforeDecision();
    List<String> changed = new ArrayList<>();
    for (String code : codes) {
      int i = indexOf(code);
      Material m = materials.get(i);
      if (m.state() != MaterialState.RECEIVED) {
        materials.set(i, m.with(MaterialState.RECEIVED, null, at));
        changed.add(code);
      }
    }
    return changed;
  }

  /** A material handed in but not in legal form (wrong copy, expired, unsigned …), with why. */
  public void markDefective(String code, String reason, Instant at) {
    requireOpenBeforeDecision();
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("casework.defective.reasonRequired");
    }
    int i = indexOf(code);
    materials.set(i, materials.get(i).with(MaterialState.DEFECTIVE, reason.trim(), at));
  }

  /** Every required material still missing or defective, in the guide's order. */
  public List<Material> outstanding() {
    return materials.stream().filter(Material::outstanding).toList();
  }

  /** The one-time notice went out. */
  public void requireSupplement() {
    requireOpenBeforeDecision();
    if (outstanding().isEmpty()) {
      throw new ConflictException("casework.notice.nothingMissing");
    }
    status = ApplicationStatus.SUPPLEMENT_REQUIRED;
  }

  /**
   * Accepts a complete application. After a supplement the acceptance date is the day the last
   * material arrived (passed in by the caller, who knows the calendar day of each receipt).
   */
  public void accept(LocalDate on) {
    requireOpenBeforeDecision();
    if (!outstanding().isEmpty()) {
      throw new ConflictException("casework.accept.incomplete", outstanding().size());
    }
    status = ApplicationStatus.ACCEPTED;
    acceptedOn = on;
  }

  /** Nobody notified the applicant within 5 working days: by law it counts as accepted on receipt (第32条). */
  public void acceptAutomatically() {
    if (status != ApplicationStatus.RECEIVED) {
      throw new ConflictException("casework.status.conflict", status);
    }
    status = ApplicationStatus.ACCEPTED;
    acceptedOn = receivedOn;
    autoAccepted = true;
  }

  public void reject(String basis) {
    requireOpenBeforeDecision();
    if (basis == null || basis.isBlank()) {
      throw new InvalidInputException("casework.reject.basisRequired");
    }
    status = ApplicationStatus.REJECTED;
    rejectedBasis = basis.trim();
  }

  public void pause(PauseKind kind, String reason, LocalDate on) {
    requireAccepted();
    if (pausedSince != null) {
      throw new ConflictException("casework.pause.alreadyPaused");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("casework.pause.reasonRequired");
    }
    pausedSince = on;
    pauseKind = kind;
    pauseReason = reason.trim();
  }

  public void resume() {
    requireAccepted();
    if (pausedSince == null) {
      throw new ConflictException("casework.pause.notPaused");
    }
    pausedSince = null;
    pauseKind = null;
    pauseReason = null;
  }

  /** An extension a leader approved. */
  public void extend(int days) {
    requireAccepted();
    extensionDays += days;
  }

  public void setDue(LocalDate promised, LocalDate legal, boolean provisional) {
    promisedDue = promised;
    legalDue = legal;
    dueProvisional = provisional;
  }

  /** Decides: approved, or not approved with its basis; the clock must be running. */
  public void complete(boolean approved, String basis, String token, Instant at, LocalDate on) {
    requireAccepted();
    if (pausedSince != null) {
      throw new ConflictException("casework.complete.paused");
    }
    if (!approved && (basis == null || basis.isBlank())) {
      throw new InvalidInputException("casework.complete.basisRequired");
    }
    status = ApplicationStatus.COMPLETED;
    result = approved ? "APPROVED" : "NOT_APPROVED";
    resultBasis = basis == null || basis.isBlank() ? null : basis.trim();
    evaluationToken = token;
    completedAt = at;
    completedOn = on;
  }

  /** The result was picked up at the window or sent by mail. */
  public void deliver(String how, String address, Instant at) {
    if (status != ApplicationStatus.COMPLETED) {
      throw new ConflictException("casework.status.conflict", status);
    }
    if (deliveredAt != null) {
      throw new ConflictException("casework.deliver.already");
    }
    if ("MAIL".equals(how) && (address == null || address.isBlank())) {
      throw new InvalidInputException("casework.deliver.addressRequired");
    }
    delivery = how;
    mailAddress = "MAIL".equals(how) ? address.trim() : null;
    deliveredAt = at;
  }

  public void markDay4Warned() {
    day4Warned = true;
  }

  private void requireOpenBeforeDecision() {
    if (status != ApplicationStatus.RECEIVED && status != ApplicationStatus.SUPPLEMENT_REQUIRED) {
      throw new ConflictException("casework.status.conflict", status);
    }
  }

  private void requireAccepted() {
    if (status != ApplicationStatus.ACCEPTED) {
      throw new ConflictException("casework.status.conflict", status);
    }
  }

  private int indexOf(String code) {
    for (int i = 0; i < materials.size(); i++) {
      if (materials.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new InvalidInputException("casework.material.unknown", code);
  }

  public UUID id() { return id; }
  public String number() { return number; }
  public UUID matterId() { return matterId; }
  public String serviceCode() { return serviceCode; }
  public String serviceName() { return serviceName; }
  public int guideVersion() { return guideVersion; }
  public String unitCode() { return unitCode; }
  public String hallCode() { return hallCode; }
  public String windowCode() { return windowCode; }
  public String handlerUsername() { return handlerUsername; }
  public String handlerName() { return handlerName; }
  public UUID ticketId() { return ticketId; }
  public Applicant applicant() { return applicant; }
  public ApplicationStatus status() { return status; }
  public Instant receivedAt() { return receivedAt; }
  public LocalDate receivedOn() { return receivedOn; }
  public LocalDate acceptedOn() { return acceptedOn; }
  public boolean autoAccepted() { return autoAccepted; }
  public int promisedLimitDays() { return promisedLimitDays; }
  public int legalLimitDays() { return legalLimitDays; }
  public int extensionDays() { return extensionDays; }
  public LocalDate promisedDue() { return promisedDue; }
  public LocalDate legalDue() { return legalDue; }
  public boolean dueProvisional() { return dueProvisional; }
  public LocalDate pausedSince() { return pausedSince; }
  public PauseKind pauseKind() { return pauseKind; }
  public String pauseReason() { return pauseReason; }
  public String rejectedBasis() { return rejectedBasis; }
  public String result() { return result; }
  public String resultBasis() { return resultBasis; }
  public Instant completedAt() { return completedAt; }
  public LocalDate completedOn() { return completedOn; }
  public String delivery() { return delivery; }
  public String mailAddress() { return mailAddress; }
  public Instant deliveredAt() { return deliveredAt; }
  public String evaluationToken() { return evaluationToken; }
  public boolean day4Warned() { return day4Warned; }
  public List<Material> materials() { return List.copyOf(materials); }
}
