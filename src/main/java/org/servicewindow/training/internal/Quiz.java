package org.servicewindow.training.internal;

import java.time.Instant;
import java.util.UUID;
import org.servicewindow.training.Topic;

/**
 * A quiz after a session or a timed contest round: who may take it (the unit's staff, or everyone in the
 * city when {@code openToAll}), when it may be started, and how long each attempt may run.
 */
public record Quiz(
    UUID id,
    String unitCode,
    QuizKind kind,
    String title,
    UUID sessionId,
    Topic topic,
    boolean openToAll,
    int timeLimitSeconds,
    Instant opensAt,
    Instant closesAt,
    Instant createdAt,
    String createdBy) {

  public boolean openAt(Instant now) {
    return !now.isBefore(opensAt) && now.isBefore(closesAt);
  }

  public int timeLimitMinutes() {
    return (timeLimitSeconds + 59) / 60;
  }
}
