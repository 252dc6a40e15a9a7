package org.servicewindow.identity.internal;

import org.servicewindow.identity.Role;

/** The devices of a hall and what each is bound to. */
public enum DeviceKind {
  KIOSK(Role.DEVICE_KIOSK, false),
  CALLER(Role.DEVICE_CALLER, true),
  BOARD(Role.DEVICE_BOARD, false),
  EVALUATOR(Role.DEVICE_EVALUATOR, true),
  MONITOR(Role.DEVICE_MONITOR, false);

  private final Role role;
  private final boolean needsWindow;

  DeviceKind(Role role, boolean needsWindow) {
    this.role = role;
    this.needsWindow = needsWindow;
  }

  public Role role() {
    return role;
  }

  /** Caller pads and evaluators sit at one window; kiosks and boards serve the whole hall. */
  public boolean needsWindow() {
    return needsWindow;
  }

  /** Monitoring scrapers are not placed in a hall. */
  public boolean needsHall() {
    return this != MONITOR;
  }
}
