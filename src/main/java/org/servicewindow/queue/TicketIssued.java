package org.servicewindow.queue;

import java.time.Instant;
import java.util.UUID;

/** A ticket was taken; boards update their waiting counts. */
public record TicketIssued(UUID ticketId, String hallCode, String serviceCode, String number, Priority priority, Instant issuedAt) {}
