package org.servicewindow.queue;

import java.time.Instant;
import java.util.UUID;

/** A ticket left the line without service (no-show, cancelled, or transferred to another line). */
public record TicketClosedUnserved(UUID ticketId, String hallCode, String serviceCode, TicketStatus status, Instant at) {}
