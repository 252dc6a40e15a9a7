package org.servicewindow.feedback;

import java.time.Instant;
import java.util.UUID;

/** A completed service that its evaluation token lets a citizen rate until {@code rateUntil}. */
public record RateableService(
    String token,
    SubjectKind kind,
    UUID subjectId,
    String subjectNumber,
    String hallCode,
    String unitCode,
    String windowCode,
    String staffUsername,
    String serviceCode,
    Instant completedAt,
    Instant rateUntil) {}
