package org.servicewindow.casework.internal;

import java.time.Instant;
import org.servicewindow.casework.MaterialState;

/** One line of an application's checklist: the guide's material and what the window found. */
public record Material(String code, String name, boolean required, int order, MaterialState state, String reason,
    Instant receivedAt) {

  /** Still keeping the application from being complete. */
  public boolean outstanding() {
    return required && state != MaterialState.RECEIVED;
  }

  Material with(MaterialState newState, String newReason, Instant at) {
    return new Material(code, name, required, order, newState, newReason, at);
  }
}
