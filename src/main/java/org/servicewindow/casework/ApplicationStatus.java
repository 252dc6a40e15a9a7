package org.servicewindow.casework;

/**
 * Where an application stands. RECEIVED: handed in, not yet decided; SUPPLEMENT_REQUIRED: the one-time
 * notice went out; ACCEPTED: the clock runs (or is paused); REJECTED: refused with its basis;
 * COMPLETED: the result is decided and the applicant told.
 */
public enum ApplicationStatus {
  RECEIVED,
  SUPPLEMENT_REQUIRED,
  ACCEPTED,
  REJECTED,
  COMPLETED;

  public boolean open() {
    return this == RECEIVED || this == SUPPLEMENT_REQUIRED || this == ACCEPTED;
  }
}
