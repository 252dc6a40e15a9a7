package org.servicewindow.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.servicewindow.common.Ids;
import org.servicewindow.common.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Bearer tokens for API clients and devices. A token is {@code sw1.<id+expiry>.<HMAC>}: the signature
 * rejects forged or altered tokens without touching the database, the stored row makes every token
 * revocable, and the key lives in the database so every node accepts every node's tokens.
 */
@Service
public class Tokens {

  public enum Kind {
    USER,
    DEVICE
  }

  public record Issued(String token, UUID id, Instant expiresAt) {}

  /** A token that passed signature, expiry and revocation checks. */
  public record Verified(UUID id, Kind kind, String subject, Instant expiresAt) {}

  /** Request attribute holding the id of the bearer token that authenticated the request. */
  public static final String REQUEST_ATTRIBUTE = "sw.tokenId";

  private static final String PREFIX = "sw1.";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final JdbcClient jdbc;
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;
  private volatile byte[] key;

  Tokens(JdbcClient jdbc, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  public Issued issue(Kind kind, String subject, Instant expiresAt) {
    expiresAt = expiresAt == null ? null : expiresAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    UUID id = Ids.newId(clock);
    jdbc.sql("""
            INSERT INTO api_token (id, kind, subject, issued_at, expires_at)
            VALUES (:id, :kind, :subject, :issuedAt, :expiresAt)
            """)
        .param("id", id)
        .param("kind", kind.name())
        .param("subject", subject)
        .param("issuedAt", SqlTime.param(clock.instant()))
        .param("expiresAt", SqlTime.param(expiresAt))
        .update();
    return new Issued(sign(id, expiresAt), id, expiresAt);
  }

  public Optional<Verified> verify(String token) {
    Optional<Payload> payload = parse(token);
    if (payload.isEmpty() || payload.get().isExpired(clock.instant())) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT id, kind, subject, expires_at, revoked_at FROM api_token WHERE id = :id")
        .param("id", payload.get().id())
        .query(this::row)
        .optional()
        .filter(row -> row.revokedAt() == null)
        .filter(row -> row.expiresAt() == null || row.expiresAt().isAfter(clock.instant()))
        .map(row -> new Verified(row.id(), row.kind(), row.subject(), row.expiresAt()));
  }

  /** The token id inside a well-signed token, expired or not; used to revoke the token presented. */
  public Optional<UUID> idOf(String token) {
    return parse(token).map(Payload::id);
  }

  public void revoke(UUID tokenId) {
    jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
        .param("now", SqlTime.param(clock.instant()))
        .param("id", tokenId)
        .update();
    events.publishEvent(new TokenAuthentication.Revoked(tokenId, null, null));
  }

  public void revokeAllOf(Kind kind, String subject) {
    jdbc.sql("""
            UPDATE api_token SET revoked_at = :now
             WHERE kind = :kind AND subject = :subject AND revoked_at IS NULL
            """)
        .param("now", SqlTime.param(clock.instant()))
        .param("kind", kind.name())
        .param("subject", subject)
        .update();
    events.publishEvent(new TokenAuthentication.Revoked(null, kind, subject));
  }

  private String sign(UUID id, Instant expiresAt) {
    ByteBuffer body = ByteBuffer.allocate(24);
    body.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    body.putLong(expiresAt == null ? 0L : expiresAt.getEpochSecond());
    byte[] bytes = body.array();
    return PREFIX + B64.encodeToString(bytes) + "." + B64.encodeToString(hmac(bytes));
  }

  private Optional<Payload> parse(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = token.substring(PREFIX.length()).split("\\.", -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      byte[] body = B64D.decode(parts[0]);
      byte[] signature = B64D.decode(parts[1]);
      if (body.length != 24 || !MessageDigest.isEqual(signature, hmac(body))) {
        return Optional.empty();
      }
      ByteBuffer buffer = ByteBuffer.wrap(body);
      UUID id = new UUID(buffer.getLong(), buffer.getLong());
      long exp = buffer.getLong();
      return Optional.of(new Payload(id, exp == 0 ? null : Instant.ofEpochSecond(exp)));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private byte[] hmac(byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private byte[] key() {
    byte[] k = key;
    if (k == null) {
      k = loadOrCreateKey();
      key = k;
    }
    return k;
  }

  private byte[] loadOrCreateKey() {
    Optional<String> stored = storedKey();
    if (stored.isPresent()) {
      return Base64.getDecoder().decode(stored.get());
    }
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    try {
      jdbc.sql("INSERT INTO signing_key (id, secret, created_at) VALUES ('api-token', :secret, :now)")
          .param("secret", Base64.getEncoder().encodeToString(fresh))
          .param("now", SqlTime.param(clock.instant()))
          .update();
      return fresh;
    } catch (DuplicateKeyException anotherNodeWasFirst) {
      return Base64.getDecoder().decode(storedKey().orElseThrow());
    }
  }

  private Optional<String> storedKey() {
    return jdbc.sql("SELECT secret FROM signing_key WHERE id = 'api-token'").query(String.class).optional();
  }

  private record Payload(UUID id, Instant expiresAt) {
    boolean isExpired(Instant now) {
      return expiresAt != null && !expiresAt.isAfter(now);
    }
  }

  private record Row(UUID id, Kind kind, String subject, Instant expiresAt, Instant revokedAt) {}

  private Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        Kind.valueOf(rs.getString("kind")),
        rs.getString("subject"),
        SqlTime.instant(rs, "expires_at"),
        SqlTime.instant(rs, "revoked_at"));
  }
}
