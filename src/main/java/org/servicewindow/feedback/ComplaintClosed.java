package org.servicewindow.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint was closed (after its callback, or without one when anonymous), with the unit, hall, window
 * and handler it was counted under. Published in the transaction of the closing.
 */
public record ComplaintClosed(UUID entryId, String number, String unitCode, String hallCode, String windowCode,
    String handlerUsername, Instant receivedAt, Instant closedAt) {}
