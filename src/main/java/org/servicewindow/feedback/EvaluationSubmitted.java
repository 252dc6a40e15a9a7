package org.servicewindow.feedback;

import java.time.Instant;
import java.util.UUID;

/** A citizen rated a service; assessment and the dashboards count it, a 差评 alerts the hall manager. */
public record EvaluationSubmitted(
    UUID evaluationId,
    SubjectKind kind,
    UUID subjectId,
    int level,
    boolean negative,
    EvaluationChannel channel,
    String unitCode,
    String hallCode,
    String windowCode,
    String staffUsername,
    String serviceCode,
    Instant ratedAt) {}
