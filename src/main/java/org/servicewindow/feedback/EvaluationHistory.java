package org.servicewindow.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ratings of past days as {@link EvaluationSubmitted} carried them, streamed, for modules that rebuild
 * figures of their own (the dashboard's rollups) without reading feedback's tables; and the complaint
 * counts a cockpit shows next to them.
 */
@Service
public class EvaluationHistory {

  private final JdbcClient jdbc;

  EvaluationHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** How many ratings {@link #evaluations} would hand over, for a progress bar. */
  @Transactional(readOnly = true)
  public long count(LocalDate from, LocalDate to) {
    return jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE rated_at >= :from AND rated_at < :to")
        .params(range(from, to)).query(Long.class).single();
  }

  /** Hands every rating given on a day in {@code [from, to]} (China time) to {@code each}, oldest first. */
  @Transactional(readOnly = true)
  public void evaluations(LocalDate from, LocalDate to, Consumer<EvaluationSubmitted> each) {
    try (var rows = jdbc.sql("""
            SELECT id, kind, subject_id, level, channel, unit_code, hall_code, window_code, staff_username,
                   service_code, rated_at
              FROM evaluation
             WHERE rated_at >= :from AND rated_at < :to
             ORDER BY rated_at, id""")
        .params(range(from, to)).query(EvaluationHistory::row).stream()) {
      rows.forEach(each);
    }
  }

  /**
   * Hands every upheld appeal of a rating given on a day in {@code [from, to]} to {@code each}, as
   * {@link EvaluationAppealUpheld} told it (by the rating's day, so a rebuild takes it out of the same day).
   */
  @Transactional(readOnly = true)
  public void upheldAppeals(LocalDate from, LocalDate to, Consumer<EvaluationAppealUpheld> each) {
    try (var rows = jdbc.sql("""
            SELECT a.id AS appeal_id, a.decided_at, e.id, e.level, e.unit_code, e.hall_code, e.window_code,
                   e.staff_username, e.service_code, e.rated_at
              FROM evaluation_appeal a JOIN evaluation e ON e.id = a.evaluation_id
             WHERE a.status = 'UPHELD' AND e.rated_at >= :from AND e.rated_at < :to
             ORDER BY e.rated_at, e.id""")
        .params(range(from, to))
        .query((rs, n) -> new EvaluationAppealUpheld(rs.getObject("appeal_id", UUID.class),
            rs.getObject("id", UUID.class), rs.getInt("level"), rs.getString("unit_code"), rs.getString("hall_code"),
            rs.getString("window_code"), rs.getString("staff_username"), rs.getString("service_code"),
            SqlTime.instant(rs, "rated_at"), SqlTime.instant(rs, "decided_at"))).stream()) {
      rows.forEach(each);
    }
  }

  /**
   * A complaint as it stands: where it counts now, when it was received, whether it came through the inbox
   * and was assigned later ({@link ComplaintAssigned}; before, it counted nowhere), and when it was closed.
   */
  public record ComplaintRecord(UUID entryId, String number, String unitCode, String hallCode, String windowCode,
      String handlerUsername, Instant receivedAt, boolean assigned, Instant closedAt) {}

  /** Hands every complaint received on a day in {@code [from, to]} to {@code each}, oldest first. */
  @Transactional(readOnly = true)
  public void complaints(LocalDate from, LocalDate to, Consumer<ComplaintRecord> each) {
    try (var rows = jdbc.sql("""
            SELECT l.id, l.number, l.unit_code, l.hall_code, l.window_code, l.handler_username, l.opened_at,
                   l.closed_at, l.status,
                   EXISTS (SELECT 1 FROM ledger_step s WHERE s.entry_id = l.id AND s.step = 'ASSIGNED') AS assigned
              FROM ledger_entry l
             WHERE l.source = 'COMPLAINT' AND l.opened_at >= :from AND l.opened_at < :to
             ORDER BY l.opened_at, l.id""")
        .params(range(from, to))
        .query((rs, n) -> new ComplaintRecord(rs.getObject("id", UUID.class), rs.getString("number"),
            rs.getString("unit_code"), rs.getString("hall_code"), rs.getString("window_code"),
            rs.getString("handler_username"), SqlTime.instant(rs, "opened_at"), rs.getBoolean("assigned"),
            "CLOSED".equals(rs.getString("status")) ? closedAt(rs) : null)).stream()) {
      rows.forEach(each);
    }
  }

  private static Instant closedAt(ResultSet rs) throws SQLException {
    Instant at = SqlTime.instant(rs, "closed_at");
    return at != null ? at : SqlTime.instant(rs, "opened_at");
  }

  /** Complaints in the scope that are not closed yet. */
  @Transactional(readOnly = true)
  public long openComplaints(DataScope scope) {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry l WHERE l.source = 'COMPLAINT' AND l.status <> 'CLOSED' AND "
            + scope.sql("l.unit_code", "l.hall_code", "l.window_code"))
        .params(scope.params()).query(Long.class).single();
  }

  /** Complaints received in the scope on a day in {@code [from, to]}. */
  @Transactional(readOnly = true)
  public long complaintsReceived(DataScope scope, LocalDate from, LocalDate to) {
    Map<String, Object> p = new HashMap<>(scope.params());
    p.putAll(range(from, to));
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry l WHERE l.source = 'COMPLAINT' AND l.opened_at >= :from"
            + " AND l.opened_at < :to AND " + scope.sql("l.unit_code", "l.hall_code", "l.window_code"))
        .params(p).query(Long.class).single();
  }

  private static Map<String, Object> range(LocalDate from, LocalDate to) {
    return Map.of("from", SqlTime.param(from.atStartOfDay(ChinaTime.ZONE).toInstant()),
        "to", SqlTime.param(to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()));
  }

  private static EvaluationSubmitted row(ResultSet rs, int n) throws SQLException {
    int level = rs.getInt("level");
    Instant at = SqlTime.instant(rs, "rated_at");
    return new EvaluationSubmitted(rs.getObject("id", UUID.class), SubjectKind.valueOf(rs.getString("kind")),
        rs.getObject("subject_id", UUID.class), level, level <= 2, EvaluationChannel.valueOf(rs.getString("channel")),
        rs.getString("unit_code"), rs.getString("hall_code"), rs.getString("window_code"),
        rs.getString("staff_username"), rs.getString("service_code"), at);
  }
}
