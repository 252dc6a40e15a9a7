package org.servicewindow.queue;

import java.util.EnumSet;
import java.util.Set;

/** Where a ticket is in its life (api.md "Queue"); each status names the transitions it allows. */
public enum TicketStatus {
  WAITING,
  CALLED,
  SERVING,
  COMPLETED,
  NO_SHOW,
  TRANSFERRED,
  CANCELLED;

  /** Statuses a ticket may never leave. */
  public boolean isFinal() {
    return this == COMPLETED || this == TRANSFERRED || this == CANCELLED;
  }

  public boolean isOpen() {
    return this == WAITING || this == CALLED || this == SERVING;
  }

  /** A window is busy with a ticket in these statuses. */
  public static final Set<TicketStatus> AT_WINDOW = EnumSet.of(CALLED, SERVING);
}
