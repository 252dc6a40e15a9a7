package org.servicewindow.queue;

import java.time.Instant;
import java.util.UUID;

/** A service at a window ended; the citizen may now rate it with the evaluation token. */
public record TicketCompleted(UUID ticketId, String hallCode, String serviceCode, String windowCode, String staffUsername, Instant completedAt, String evaluationToken) {}
