package org.servicewindow.training.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A staff member's attendance at a session and the minutes it credits.
 *
 * @param method {@code QR} when they signed in themselves, {@code ORGANIZER} when marked
 */
public record Attendance(
    UUID sessionId,
    UUID staffId,
    String staffNumber,
    String staffName,
    String unitCode,
    AttendanceStatus status,
    String method,
    int creditMinutes,
    String note,
    Instant recordedAt,
    String recordedBy) {}
