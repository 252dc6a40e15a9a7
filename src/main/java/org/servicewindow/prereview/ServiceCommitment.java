package org.servicewindow.prereview;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published service commitment (服务承诺) of a unit or a hall, for the public page and for supervision
 * and assessment to check against.
 *
 * @param ownerKind {@code UNIT} or {@code HALL}
 */
public record ServiceCommitment(String ownerKind, String ownerCode, String ownerName, String unitCode, String hours,
    String timeLimits, String attitude, String complaints, String complaintPhone, LocalDate signedOn,
    String signedBy, Instant updatedAt) {}
