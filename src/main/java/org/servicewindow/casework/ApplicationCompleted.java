package org.servicewindow.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An application was decided and the applicant told; the evaluation token lets them rate it (一事一评),
 * and {@code onTime} tells assessment whether the promised date was kept.
 */
public record ApplicationCompleted(
    UUID applicationId,
    String number,
    String serviceCode,
    String unitCode,
    String hallCode,
    String windowCode,
    String handlerUsername,
    Instant completedAt,
    LocalDate promisedDueDate,
    boolean onTime,
    String evaluationToken) {}
