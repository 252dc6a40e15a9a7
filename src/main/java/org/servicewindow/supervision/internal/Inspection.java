package org.servicewindow.supervision.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recorded visit to a hall or window with its per-item results. */
public record Inspection(
    UUID id,
    InspectionKind kind,
    String unitCode,
    String hallCode,
    String windowCode,
    UUID staffId,
    String staffName,
    Instant visitedAt,
    String inspector,
    String note,
    int score,
    int maxScore,
    int failedItems,
    List<Result> results) {

  /** The outcome of one checklist item; a failed item is a finding. */
  public record Result(String itemCode, boolean passed, int score, String note) {}
}
