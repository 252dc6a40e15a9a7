package org.servicewindow.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after N failures within the lock window, the account and the client
 * address are each locked for that window. Kept in the database so every node enforces the same count.
 */
@Component
public class LoginThrottle {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final int maxFailures;
  private final java.time.Duration lockDuration;

  LoginThrottle(JdbcClient jdbc, Clock clock, IdentityProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.maxFailures = properties.security().loginMaxFailures();
    this.lockDuration = properties.security().loginLockDuration();
  }

  static String accountKey(String username) {
    return "u:" + (username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT));
  }

  static String addressKey(String address) {
    return "ip:" + address;
  }

  /** The end of the lock on this key, if it is locked now. */
  public Optional<Instant> lockedUntil(String key) {
    Instant now = clock.instant();
    return jdbc.sql("SELECT locked_until FROM login_throttle WHERE throttle_key = :key")
        .param("key", key)
        .query((rs, n) -> Optional.ofNullable(SqlTime.instant(rs, "locked_until")))
        .optional()
        .flatMap(o -> o)
        .filter(until -> until.isAfter(now));
  }

  public void recordFailure(String key) {
    Instant now = clock.instant();
    Instant windowStart = now.minus(lockDuration);
    int updated = jdbc.sql("""
            UPDATE login_throttle
               SET failures = CASE WHEN first_failure_at < :windowStart THEN 1 ELSE failures + 1 END,
                   first_failure_at = CASE WHEN first_failure_at < :windowStart THEN :now ELSE first_failure_at END
             WHERE throttle_key = :key
            """)
        .param("windowStart", SqlTime.param(windowStart))
        .param("now", SqlTime.param(now))
        .param("key", key)
        .update();
    if (updated == 0) {
      int created = jdbc.sql("""
              INSERT INTO login_throttle (throttle_key, failures, first_failure_at) VALUES (:key, 1, :now)
              ON CONFLICT DO NOTHING
              """)
          .param("key", key)
          .param("now", SqlTime.param(now))
          .update();
      if (created == 0) {
        recordFailure(key); // another request created the row a moment earlier: count on it
        return;
      }
    }
    jdbc.sql("""
            UPDATE login_throttle SET locked_until = :until, failures = 0, first_failure_at = :now
             WHERE throttle_key = :key AND failures >= :max
            """)
        .param("until", SqlTime.param(now.plus(lockDuration)))
        .param("now", SqlTime.param(now))
        .param("key", key)
        .param("max", maxFailures)
        .update();
  }

  public void reset(String key) {
    jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key").param("key", key).update();
  }
}
