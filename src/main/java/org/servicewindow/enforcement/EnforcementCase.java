package org.servicewindow.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An administrative enforcement case as its unit sees it. The row is the current state; what happened
 * and when is the hash-chained case record ({@link RecordEntry}), which is the evidence.
 */
public record EnforcementCase(
    UUID id,
    String unitCode,
    String caseNumber,
    CaseKind kind,
    String title,
    PartyType partyType,
    String partyName,
    String partyIdNumber,
    String partyPhone,
    String partyAddress,
    String facts,
    String legalBasis,
    UUID discretionId,
    CaseStep step,
    String proposal,
    BigDecimal penaltyAmount,
    boolean licenceRevoked,
    boolean hearingHeld,
    boolean complexCase,
    ReviewStatus reviewStatus,
    String reviewOpinion,
    String reviewer,
    String decisionNumber,
    LocalDate decidedOn,
    boolean revoked,
    String filedBy,
    int recordLength,
    Instant createdAt,
    Instant updatedAt,
    List<Officer> officers) {

  public boolean decided() {
    return decidedOn != null;
  }

  public boolean hasProposal() {
    return proposal != null && !proposal.isBlank();
  }

  public EnforcementCase withOfficers(List<Officer> list) {
    return new EnforcementCase(id, unitCode, caseNumber, kind, title, partyType, partyName, partyIdNumber, partyPhone,
        partyAddress, facts, legalBasis, discretionId, step, proposal, penaltyAmount, licenceRevoked, hearingHeld,
        complexCase, reviewStatus, reviewOpinion, reviewer, decisionNumber, decidedOn, revoked, filedBy, recordLength,
        createdAt, updatedAt, List.copyOf(list));
  }
}
