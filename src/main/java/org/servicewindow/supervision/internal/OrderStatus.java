package org.servicewindow.supervision.internal;

/** A rectification order waits for the unit's evidence (ISSUED, or RETURNED after a failed re-check), then for the re-check. */
public enum OrderStatus {
  ISSUED,
  SUBMITTED,
  RETURNED,
  CLOSED;

  public boolean awaitsEvidence() {
    return this == ISSUED || this == RETURNED;
  }
}
