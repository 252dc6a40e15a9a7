package org.servicewindow.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.servicewindow.training.Topic;

/**
 * One study session of a plan: its topic, time window, place (or online) and trainer. Its length is the
 * study time credited to whoever attends; its sign-in key signs the QR code shown in the room.
 */
public record TrainingSession(
    UUID id,
    UUID planId,
    String unitCode,
    Topic topic,
    String title,
    Instant startsAt,
    Instant endsAt,
    boolean online,
    String place,
    String trainer,
    String signInKey,
    Instant createdAt,
    String createdBy) {

  public int minutes() {
    return (int) Duration.between(startsAt, endsAt).toMinutes();
  }

  public BigDecimal hours() {
    return BigDecimal.valueOf(minutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }

  public boolean endedBy(Instant now) {
    return !now.isBefore(endsAt);
  }

  public boolean startedBy(Instant now) {
    return !now.isBefore(startsAt);
  }
}
