package org.servicewindow.queue.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * Announces a call to the display boards connected to any node: on PostgreSQL through {@code NOTIFY}
 * (delivered on commit, in commit order, to every listening node), on the embedded database inside this
 * process after commit. Either way a board sees a hall's calls in the order of their sequence numbers.
 */
public interface HallEvents {

  /**
   * Numbers and records a call as the last step of the calling transaction, and has it announced once
   * that transaction commits (never if it rolls back).
   */
  Tickets.CallRecord announce(UUID ticketId, String hall, String number, String service, String window,
      String staff, Instant at, boolean recall);
}
