package org.servicewindow.training.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One person's only attempt at a quiz. The server fixes the deadline when it starts; a submission after
 * it is refused, and a second submission of the same attempt loses.
 */
public record Attempt(
    UUID id,
    UUID quizId,
    UUID staffId,
    String staffNumber,
    String staffName,
    String unitCode,
    Instant startsAt,
    Instant deadlineAt,
    Instant submittedAt,
    Integer score,
    int maxScore,
    Long durationMs) {

  public boolean submitted() {
    return submittedAt != null;
  }

  /** Not submitted and past the deadline: counts as no score. */
  public boolean expiredAt(Instant now) {
    return !submitted() && now.isAfter(deadlineAt.plus(Quizzes.GRACE));
  }

  public int percent() {
    return score == null || maxScore == 0 ? 0 : score * 100 / maxScore;
  }
}
