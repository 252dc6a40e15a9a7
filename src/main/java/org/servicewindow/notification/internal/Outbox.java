package org.servicewindow.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.notification.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table and its delivery log. */
@Repository
public class Outbox {

  public enum Status {
    PENDING,
    SENT,
    SIMULATED,
    FAILED
  }

  /** A queued message. */
  public record Entry(
      UUID id,
      Channel channel,
      String recipient,
      String template,
      String subject,
      String body,
      String reference,
      Status status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant createdAt,
      Instant sentAt) {}

  /** One attempt to deliver. */
  public record Attempt(Instant at, String outcome, String detail) {}

  private final JdbcClient jdbc;

  Outbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void add(UUID id, Channel channel, String recipient, String template, String subject, String body,
      String reference, Instant now) {
    jdbc.sql("""
            INSERT INTO notification_outbox (id, channel, recipient, template, subject, body, reference, status,
                                             attempts, next_attempt_at, created_at)
            VALUES (:id, :channel, :recipient, :template, :subject, :body, :reference, 'PENDING', 0, :now, :now)
            """)
        .param("id", id)
        .param("channel", channel.name())
        .param("recipient", recipient)
        .param("template", template)
        .param("subject", truncate(subject, 500))
        .param("body", truncate(body, 4000))
        .param("reference", reference)
        .param("now", SqlTime.param(now))
        .update();
  }

  /**
   * Claims up to {@code limit} due messages for this dispatcher until {@code claimUntil}: rows another
   * node holds are skipped, so each message goes to one dispatcher; a claim that expires (the node died
   * while sending) makes the message due again.
   */
  public List<Entry> claimDue(Instant now, Instant claimUntil, int limit) {
    List<UUID> ids = jdbc.sql("""
            SELECT id FROM notification_outbox
             WHERE status = 'PENDING' AND next_attempt_at <= :now
               AND (claimed_until IS NULL OR claimed_until < :now)
             ORDER BY next_attempt_at
             LIMIT :limit
             FOR UPDATE SKIP LOCKED
            """)
        .param("now", SqlTime.param(now))
        .param("limit", limit)
        .query(UUID.class)
        .list();
    if (ids.isEmpty()) {
      return List.of();
    }
    jdbc.sql("UPDATE notification_outbox SET claimed_until = :until WHERE id IN (:ids)")
        .param("until", SqlTime.param(claimUntil))
        .param("ids", ids)
        .update();
    return jdbc.sql("SELECT * FROM notification_outbox WHERE id IN (:ids) ORDER BY next_attempt_at")
        .param("ids", ids)
        .query(this::row)
        .list();
  }

  public void delivered(UUID id, Status status, Instant at, String detail) {
    jdbc.sql("""
            UPDATE notification_outbox
               SET status = :status, attempts = attempts + 1, sent_at = :at, claimed_until = NULL, last_error = NULL
             WHERE id = :id
            """)
        .param("status", status.name())
        .param("at", SqlTime.param(at))
        .param("id", id)
        .update();
    log(id, at, status.name(), detail);
  }

  /** Records a failed attempt: due again at {@code retryAt}, or FAILED when that was the last one (null). */
  public void attemptFailed(UUID id, Instant at, String error, Instant retryAt) {
    var update = retryAt == null
        ? jdbc.sql("""
            UPDATE notification_outbox
               SET attempts = attempts + 1, last_error = :error, claimed_until = NULL, status = 'FAILED'
             WHERE id = :id
            """)
        : jdbc.sql("""
            UPDATE notification_outbox
               SET attempts = attempts + 1, last_error = :error, claimed_until = NULL, next_attempt_at = :retryAt
             WHERE id = :id
            """).param("retryAt", SqlTime.param(retryAt));
    update.param("error", truncate(error, 1000)).param("id", id).update();
    log(id, at, "ERROR", error);
  }

  /** Puts a failed message back into the queue, due now (an operator's "retry"). */
  public boolean requeue(UUID id, Instant now) {
    return jdbc.sql("""
            UPDATE notification_outbox SET status = 'PENDING', next_attempt_at = :now, claimed_until = NULL
             WHERE id = :id AND status = 'FAILED'
            """)
        .param("now", SqlTime.param(now))
        .param("id", id)
        .update() == 1;
  }

  public Optional<Entry> find(UUID id) {
    return jdbc.sql("SELECT * FROM notification_outbox WHERE id = :id").param("id", id).query(this::row).optional();
  }

  public List<Attempt> attempts(UUID id) {
    return jdbc.sql("SELECT attempted_at, outcome, detail FROM notification_delivery WHERE notification_id = :id ORDER BY id")
        .param("id", id)
        .query((rs, n) -> new Attempt(SqlTime.instant(rs, "attempted_at"), rs.getString("outcome"), rs.getString("detail")))
        .list();
  }

  public Paged<Entry> search(Status status, String query, PageQuery page) {
    StringBuilder where = new StringBuilder(" WHERE 1=1");
    Map<String, Object> params = new HashMap<>();
    if (status != null) {
      where.append(" AND status = :status");
      params.put("status", status.name());
    }
    if (query != null && !query.isBlank()) {
      where.append(" AND (reference LIKE :q OR template LIKE :q OR recipient LIKE :q)");
      params.put("q", "%" + query.trim() + "%");
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM notification_outbox" + where).params(params).query(Long.class).single();
    List<Entry> items = jdbc.sql("SELECT * FROM notification_outbox" + where
            + " ORDER BY created_at DESC LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(this::row)
        .list();
    return page.result(items, total);
  }

  public Map<Status, Long> countsByStatus() {
    Map<Status, Long> counts = new java.util.EnumMap<>(Status.class);
    jdbc.sql("SELECT status, COUNT(*) AS n FROM notification_outbox GROUP BY status")
        .query(rs -> {
          counts.put(Status.valueOf(rs.getString("status")), rs.getLong("n"));
        });
    return counts;
  }

  private void log(UUID id, Instant at, String outcome, String detail) {
    jdbc.sql("INSERT INTO notification_delivery (notification_id, attempted_at, outcome, detail) VALUES (:id, :at, :outcome, :detail)")
        .param("id", id)
        .param("at", SqlTime.param(at))
        .param("outcome", outcome)
        .param("detail", truncate(detail, 1000))
        .update();
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private Entry row(ResultSet rs, int n) throws SQLException {
    return new Entry(
        rs.getObject("id", UUID.class),
        Channel.valueOf(rs.getString("channel")),
        rs.getString("recipient"),
        rs.getString("template"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("reference"),
        Status.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        SqlTime.instant(rs, "next_attempt_at"),
        rs.getString("last_error"),
        SqlTime.instant(rs, "created_at"),
        SqlTime.instant(rs, "sent_at"));
  }
}
