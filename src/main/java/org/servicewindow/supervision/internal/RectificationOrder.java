package org.servicewindow.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 限期整改: one finding of an inspection, due from the unit by a deadline counted in working days. */
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
    boolean overdue) {

  /** One entry of the order's timeline. */
  public record Event(Instant at, String actor, String kind, String note) {}
}
