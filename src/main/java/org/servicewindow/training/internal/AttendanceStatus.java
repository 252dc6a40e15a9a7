package org.servicewindow.training.internal;

/** Whether a staff member was at a session; a make-up (补学) after an absence earns the same hours. */
public enum AttendanceStatus {
  PRESENT,
  ABSENT,
  MADE_UP;

  public boolean credited() {
    return this != ABSENT;
  }
}
