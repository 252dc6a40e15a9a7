package org.servicewindow.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 限期整改: one finding of an inspection (or an automatic finding), addressed to a unit and optionally one of its windows
 * or staff, due by a deadline counted in working days; escalated once to the unit's leader when overdue.
 */
public record RectificationOrder(
    UUID id,
    UUID inspectionId,
    String itemCode,
    InspectionKind inspectionKind,
    String unitCode,
    String hallCode,
    String windowCode,
    String problem,
    OrderStatus status,
    LocalDate issuedOn,
    LocalDate deadline,
    String issuedBy,
    Instant closedAt,
    boolean overdue,
    UUID findingId,
    String staffNumber,
    String staffName,
    Instant escalatedAt) {

  /** One entry of the order's timeline. */
  public record Event(Instant at, String actor, String kind, String note) {}
}
