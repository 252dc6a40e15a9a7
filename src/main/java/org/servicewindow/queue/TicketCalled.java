package org.servicewindow.queue;

import java.time.Instant;
import java.util.UUID;

/** A window called a ticket; boards announce it and the citizen's page highlights it. */
public record TicketCalled(UUID ticketId, String hallCode, String serviceCode, String number, String windowCode, String staffUsername, Instant calledAt, boolean recall) {}
