package org.servicewindow.queue;

import java.time.Instant;
import java.util.UUID;

/** The citizen reached the window; the evaluator device shows who serves them. */
public record TicketServiceStarted(UUID ticketId, String hallCode, String windowCode, String staffUsername, Instant startedAt) {}
