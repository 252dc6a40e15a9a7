package org.servicewindow.identity.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.identity.Actor;

/** A registered device; it authenticates with the token shown once when it was created. */
public record Device(
    UUID id,
    String name,
    DeviceKind kind,
    String hallCode,
    String windowCode,
    UUID tokenId,
    Instant createdAt,
    String createdBy,
    Instant revokedAt,
    Instant lastSeenAt) {

  public boolean isActive() {
    return revokedAt == null;
  }

  public Actor toActor() {
    return new Actor(Actor.Kind.DEVICE, "device:" + id, name, Set.of(kind.role()), null, hallCode, windowCode);
  }
}
