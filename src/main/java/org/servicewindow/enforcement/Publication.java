package org.servicewindow.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The publication (事后公示) of a decision, holding only masked personal data. It is due a number of
 * working days after the decision ({@link CaseKind#publicationDays()}) and withdrawn when the decision
 * is revoked.
 */
public record Publication(
    UUID id,
    UUID caseId,
    String unitCode,
    CaseKind kind,
    String caseNumber,
    String decisionNumber,
    String title,
    String party,
    String partyId,
    String facts,
    String legalBasis,
    String decision,
    LocalDate decidedOn,
    LocalDate dueOn,
    boolean dueProvisional,
    Instant publishedAt,
    LocalDate publishedOn,
    String publishedBy,
    Instant withdrawnAt,
    String withdrawalReason) {

  /** Where a publication stands. */
  public enum Status {
    PENDING,
    OVERDUE,
    PUBLISHED,
    PUBLISHED_LATE,
    WITHDRAWN
  }

  public Status status(LocalDate today) {
    if (withdrawnAt != null) {
      return Status.WITHDRAWN;
    }
    if (publishedOn != null) {
      return publishedOn.isAfter(dueOn) ? Status.PUBLISHED_LATE : Status.PUBLISHED;
    }
    return today.isAfter(dueOn) ? Status.OVERDUE : Status.PENDING;
  }
}
