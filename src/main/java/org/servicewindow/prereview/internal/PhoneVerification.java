package org.servicewindow.prereview.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.RateLimitedException;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.notification.Channel;
import org.servicewindow.notification.Notification;
import org.servicewindow.notification.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves that a citizen holds a phone: a six-digit code goes out by SMS through the notification outbox
 * and only its salted hash is kept. A code expires, allows a few wrong entries, and a phone may ask for
 * only a few codes per hour (and one per minute), so codes cannot be guessed or used to flood a phone.
 */
@Service
public class PhoneVerification {

  public static final String PHONE_PATTERN = "1[3-9][0-9]{9}";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Notifications notifications;
  private final PreReviewProperties properties;
  private final AuditTrail audit;
  private final Clock clock;

  PhoneVerification(JdbcClient jdbc, Notifications notifications, PreReviewProperties properties, AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.notifications = notifications;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
  }

  /** Sends a fresh code to the phone for the given purpose (e.g. {@code PREREVIEW}). */
  @Transactional
  public void send(String phone, String purpose) {
    if (phone == null || !phone.matches(PHONE_PATTERN)) {
      throw new BusinessRuleException("prereview.phone.invalid");
    }
    Instant now = clock.instant();
    long lastMinute = count(phone, now.minus(Duration.ofMinutes(1)));
    long lastHour = count(phone, now.minus(Duration.ofHours(1)));
    if (lastMinute > 0 || lastHour >= properties.codesPerHour()) {
      throw new RateLimitedException("prereview.code.tooMany");
    }
    String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
    UUID id = Ids.newId(clock);
    jdbc.sql("INSERT INTO prereview_phone_code (id, phone, purpose, code_hash, created_at, expires_at) "
            + "VALUES (:id, :phone, :purpose, :hash, :now, :expires)")
        .param("id", id).param("phone", phone).param("purpose", purpose).param("hash", hash(id, code))
        .param("now", SqlTime.param(now))
        .param("expires", SqlTime.param(now.plus(Duration.ofMinutes(properties.codeMinutes()))))
        .update();
    notifications.send(Notification.of(Channel.SMS, phone, "prereview.code", "phoneCode:" + id, code,
        properties.codeMinutes()));
  }

  /**
   * Checks a code against the newest unused code of the phone. A wrong entry counts against the code even
   * when the surrounding request fails later, so it is recorded in a transaction of its own.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = BusinessRuleException.class)
  public void verify(String phone, String purpose, String code) {
    Instant now = clock.instant();
    var latest = jdbc.sql("SELECT id, code_hash, attempts, expires_at FROM prereview_phone_code "
            + "WHERE phone = :phone AND purpose = :purpose AND used = FALSE ORDER BY created_at DESC FETCH FIRST 1 ROWS ONLY")
        .param("phone", phone == null ? "" : phone).param("purpose", purpose)
        .query((rs, i) -> new Object[] {rs.getObject("id", UUID.class), rs.getString("code_hash"),
            rs.getInt("attempts"), SqlTime.instant(rs, "expires_at")})
        .optional()
        .orElseThrow(() -> new BusinessRuleException("prereview.code.none"));
    UUID id = (UUID) latest[0];
    if (!now.isBefore((Instant) latest[3])) {
      throw new BusinessRuleException("prereview.code.expired");
    }
    if ((int) latest[2] >= properties.codeAttempts()) {
      throw new BusinessRuleException("prereview.code.locked");
    }
    if (code == null || !MessageDigest.isEqual(hash(id, code.trim()).getBytes(StandardCharsets.US_ASCII),
        ((String) latest[1]).getBytes(StandardCharsets.US_ASCII))) {
      jdbc.sql("UPDATE prereview_phone_code SET attempts = attempts + 1 WHERE id = :id").param("id", id).update();
      audit.recordAs("citizen", "phoneCode.wrong", "phone", mask(phone));
      throw new BusinessRuleException("prereview.code.wrong");
    }
    jdbc.sql("UPDATE prereview_phone_code SET used = TRUE WHERE id = :id").param("id", id).update();
  }

  /** Deletes codes older than a day: they prove nothing any more. */
  @Transactional
  public int purge() {
    return jdbc.sql("DELETE FROM prereview_phone_code WHERE created_at < :before")
        .param("before", SqlTime.param(clock.instant().minus(Duration.ofDays(1)))).update();
  }

  private long count(String phone, Instant since) {
    return jdbc.sql("SELECT COUNT(*) FROM prereview_phone_code WHERE phone = :phone AND created_at > :since")
        .param("phone", phone).param("since", SqlTime.param(since)).query(Long.class).single();
  }

  static String mask(String phone) {
    return phone == null || phone.length() < 7 ? "***" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }

  static String hash(UUID salt, String value) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt.toString().getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(sha.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
