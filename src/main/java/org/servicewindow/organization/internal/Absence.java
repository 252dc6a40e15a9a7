package org.servicewindow.organization.internal;

import java.time.Instant;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.organization.AbsenceKind;

/**
 * A period a staff member is away from their post (leave, training, business trip), from {@code startsAt}
 * inclusive to {@code endsAt} exclusive. The handover to the backup must be written before it starts;
 * a cancelled absence no longer counts.
 */
public record Absence(
    UUID id,
    UUID staffId,
    AbsenceKind kind,
    Instant startsAt,
    Instant endsAt,
    String reason,
    String handoverNote,
    Instant handedOverAt,
    String recordedBy,
    Instant recordedAt,
    Instant cancelledAt) {

  public Absence {
    if (!startsAt.isBefore(endsAt)) {
      throw new BusinessRuleException("org.absence.order");
    }
  }

  public boolean isCancelled() {
    return cancelledAt != null;
  }

  /** Whether this absence and the period from {@code from} (inclusive) to {@code to} (exclusive) share any moment. */
  public boolean overlaps(Instant from, Instant to) {
    return !isCancelled() && startsAt.isBefore(to) && from.isBefore(endsAt);
  }

  public boolean covers(Instant at) {
    return !isCancelled() && !at.isBefore(startsAt) && at.isBefore(endsAt);
  }

  public boolean hasHandover() {
    return handedOverAt != null;
  }

  /** The handover note for the backup, accepted only while the absence has not begun. */
  public Absence handOver(String note, Instant now) {
    if (isCancelled()) {
      throw new BusinessRuleException("org.absence.cancelledAlready");
    }
    if (!now.isBefore(startsAt)) {
      throw new BusinessRuleException("org.absence.handoverTooLate");
    }
    return new Absence(id, staffId, kind, startsAt, endsAt, reason, note.trim(), now, recordedBy, recordedAt, null);
  }

  public Absence cancel(Instant now) {
    if (isCancelled()) {
      throw new BusinessRuleException("org.absence.cancelledAlready");
    }
    if (!now.isBefore(endsAt)) {
      throw new BusinessRuleException("org.absence.alreadyOver");
    }
    return new Absence(id, staffId, kind, startsAt, endsAt, reason, handoverNote, handedOverAt, recordedBy,
        recordedAt, now);
  }
}
