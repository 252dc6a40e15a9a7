package org.servicewindow.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A 差评台账 entry as a reader sees it. Contact data is masked unless the reader is the entry's handler
 * (evaluator identity stays confidential); {@code contactVisible} says which.
 */
public record LedgerEntryView(
    UUID id,
    String number,
    String source,
    LedgerStatus status,
    String unitCode,
    String hallCode,
    String windowCode,
    String handlerUsername,
    String serviceCode,
    Integer level,
    List<Reason> reasons,
    String summary,
    String contactName,
    String contactPhone,
    boolean contactVisible,
    boolean realName,
    Instant openedAt,
    LocalDate dueOn,
    boolean dueProvisional,
    boolean overdue,
    String verdict,
    String resolution,
    LocalDate rectifyDue,
    String satisfaction,
    Instant escalatedAt,
    Instant closedAt,
    List<Step> steps,
    UUID evaluationId,
    String channel,
    String complaintType,
    List<AttachmentRef> attachments) {

  /** An attachment of the entry itself (not of a step), without its content. */
  public record AttachmentRef(UUID id, String fileName, String contentType) {}

  /** One step of the entry's timeline, with the evidence files handed in for it. */
  public record Step(String step, String actor, Instant at, String outcome, String note, List<AttachmentRef> evidence) {

    public Step(String step, String actor, Instant at, String outcome, String note) {
      this(step, actor, at, outcome, note, List.of());
    }
  }
}
