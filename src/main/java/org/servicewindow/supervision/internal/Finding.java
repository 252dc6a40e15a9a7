package org.servicewindow.supervision.internal;

import java.time.Instant;
import java.util.UUID;

/** A problem found in the data (not on a visit), with the number of records behind it. */
public record Finding(UUID id, FindingKind kind, String unitCode, String hallCode, String windowCode,
    String staffUsername, String subject, int recordCount, Instant detectedAt, String detectedBy) {

  /** One record behind a finding: an overdue case, a 差评 or a no-show, as its module published it. */
  public record Signal(String kind, UUID refId, String reference, String unitCode, String hallCode, String windowCode,
      String staffUsername, Instant occurredAt) {}
}
