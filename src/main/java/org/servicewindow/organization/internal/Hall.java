package org.servicewindow.organization.internal;

import java.time.Instant;
import org.servicewindow.calendar.OpeningHours;
import org.servicewindow.organization.HallSummary;

/** A service hall or branch hall (大厅/分厅): where windows are, when they open, who manages them. */
public record Hall(
    String code,
    String name,
    String address,
    int floors,
    String parentCode,
    OpeningHours openingHours,
    boolean onlineTicketing,
    String unitCode,
    Instant createdAt,
    Instant updatedAt) {

  public HallSummary summary() {
    return new HallSummary(code, name, address, floors, parentCode, openingHours, onlineTicketing, unitCode);
  }

  public boolean isBranch() {
    return parentCode != null;
  }
}
