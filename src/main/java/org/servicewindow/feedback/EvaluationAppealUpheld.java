package org.servicewindow.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * A rating's appeal was upheld: the rating stops counting. Carries the rating as {@link EvaluationSubmitted}
 * told it, so that modules keeping figures of their own (the dashboard's rollups) take it back out of the
 * day it was counted on. Published in the transaction of the decision.
 */
public record EvaluationAppealUpheld(
    UUID appealId,
    UUID evaluationId,
    int level,
    String unitCode,
    String hallCode,
    String windowCode,
    String staffUsername,
    String serviceCode,
    Instant ratedAt,
    Instant decidedAt) {}
