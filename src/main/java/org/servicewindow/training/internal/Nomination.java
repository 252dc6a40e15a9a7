package org.servicewindow.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.training.TitleKind;

/**
 * A nomination for a 创先争优 title: a unit nominates a staff member with reasons, a leader approves or
 * rejects it, and an approved nomination is published — from then on it is a title the person holds.
 */
public record Nomination(
    UUID id,
    String unitCode,
    TitleKind kind,
    int year,
    UUID staffId,
    String staffNumber,
    String staffName,
    String reasons,
    Status status,
    Instant nominatedAt,
    String nominatedBy,
    Instant decidedAt,
    String decidedBy,
    String decisionNote,
    Instant publishedAt,
    LocalDate awardedOn) {

  public enum Status {
    NOMINATED,
    APPROVED,
    REJECTED,
    PUBLISHED
  }

  Nomination decide(boolean approve, String by, String note, Instant at) {
    if (status != Status.NOMINATED) {
      throw new BusinessRuleException("training.nomination.alreadyDecided");
    }
    if (!approve && (note == null || note.isBlank())) {
      throw new BusinessRuleException("training.nomination.rejectNoteRequired");
    }
    return new Nomination(id, unitCode, kind, year, staffId, staffNumber, staffName, reasons,
        approve ? Status.APPROVED : Status.REJECTED, nominatedAt, nominatedBy, at, by, note, null, null);
  }

  Nomination publish(Instant at, LocalDate on) {
    if (status != Status.APPROVED) {
      throw new BusinessRuleException("training.nomination.notApproved");
    }
    return new Nomination(id, unitCode, kind, year, staffId, staffNumber, staffName, reasons, Status.PUBLISHED,
        nominatedAt, nominatedBy, decidedAt, decidedBy, decisionNote, at, on);
  }
}
