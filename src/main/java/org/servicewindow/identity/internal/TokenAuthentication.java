package org.servicewindow.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.servicewindow.identity.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns a bearer token into its actor. A verified token is remembered for a few seconds so that a caller
 * pad pressing "call next" all day does not cost three look-ups a press. Revoking a token, disabling a user
 * or revoking a device forgets it at once on this node; other nodes follow within {@link #REMEMBER}.
 */
@Component
public class TokenAuthentication {

  static final Duration REMEMBER = Duration.ofSeconds(10);

  /** Published by {@link Tokens} when tokens are revoked. */
  public record Revoked(UUID tokenId, Tokens.Kind kind, String subject) {}

  private record Remembered(Actor actor, UUID tokenId, Tokens.Kind kind, String subject, Instant until) {}

  private final Tokens tokens;
  private final Users users;
  private final Devices devices;
  private final Clock clock;
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  TokenAuthentication(Tokens tokens, Users users, Devices devices, Clock clock) {
    this.tokens = tokens;
    this.users = users;
    this.devices = devices;
    this.clock = clock;
  }

  /** The actor behind a valid token, with the token's id; empty for any token that must be refused. */
  public Optional<Map.Entry<Actor, UUID>> authenticate(String token) {
    Instant now = clock.instant();
    Remembered r = remembered.get(token);
    if (r != null && r.until().isAfter(now)) {
      return Optional.of(Map.entry(r.actor(), r.tokenId()));
    }
    Optional<Tokens.Verified> verified = tokens.verify(token);
    if (verified.isEmpty()) {
      remembered.remove(token);
      return Optional.empty();
    }
    Tokens.Verified v = verified.get();
    Optional<Actor> actor = switch (v.kind()) {
      case USER -> users.findByUsername(v.subject()).filter(UserAccount::enabled).map(UserAccount::toActor);
      case DEVICE -> devices.findById(UUID.fromString(v.subject())).filter(Device::isActive).map(device -> {
        devices.touch(device.id(), now);
        return device.toActor();
      });
    };
    if (actor.isEmpty()) {
      return Optional.empty();
    }
    if (remembered.size() > 50_000) {
      remembered.clear();
    }
    Instant until = now.plus(REMEMBER);
    if (v.expiresAt() != null && v.expiresAt().isBefore(until)) {
      until = v.expiresAt(); // never past the token's own expiry
    }
    remembered.put(token, new Remembered(actor.get(), v.id(), v.kind(), v.subject(), until));
    return Optional.of(Map.entry(actor.get(), v.id()));
  }

  @EventListener
  void on(Revoked event) {
    remembered.values().removeIf(r -> (event.tokenId() != null && event.tokenId().equals(r.tokenId()))
        || (event.subject() != null && event.kind() == r.kind() && event.subject().equals(r.subject())));
  }
}
