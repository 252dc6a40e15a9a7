package org.servicewindow.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint from the inbox (received without unit, hall, window or handler) was dispatched to the unit
 * that handles it (派单); it now counts there, from the day it was received. Published in the transaction
 * of the assignment.
 */
public record ComplaintAssigned(UUID entryId, String number, String unitCode, String hallCode, String windowCode,
    String handlerUsername, Instant receivedAt, Instant assignedAt) {}
