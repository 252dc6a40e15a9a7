package org.servicewindow.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint (投诉, any channel) was received, with the unit, hall, window and handler it was given at once
 * — all null when it waits in the inbox for its unit ({@link ComplaintAssigned} follows). Published in the
 * transaction that records it, for modules counting complaints (the dashboard's rollups).
 */
public record ComplaintReceived(UUID entryId, String number, String unitCode, String hallCode, String windowCode,
    String handlerUsername, Instant receivedAt) {}
