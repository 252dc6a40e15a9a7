package org.servicewindow.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single 好差评 records of a range of days, for modules that score them record by record (assessment
 * keeps the id of every rating and ledger entry that moved a score). Ratings whose appeal was upheld are
 * left out, as in {@link EvaluationStatistics}; of the ledger only entries verified 成立 are handed out.
 * Streams rows, so a year of a city's ratings never sits in memory at once.
 */
@Service
public class FeedbackRecords {

  /** One counted rating (level 1–5; 3 and above is satisfied, 2 and below a 差评). */
  public record Rating(UUID id, int level, String unitCode, String hallCode, String windowCode, String staffUsername,
      Instant ratedAt) {}

  /** A 差评 or complaint verified 成立 (source EVALUATION or COMPLAINT). */
  public record VerifiedEntry(UUID id, String number, String source, String unitCode, String hallCode,
      String windowCode, String handlerUsername, Instant openedAt) {}

  private final JdbcClient jdbc;

  FeedbackRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every counted rating given on a day in {@code [from, to]} (China time). */
  @Transactional(readOnly = true)
  public void ratings(LocalDate from, LocalDate to, Consumer<Rating> each) {
    try (var rows = jdbc.sql("""
            SELECT e.id, e.level, e.unit_code, e.hall_code, e.window_code, e.staff_username, e.rated_at
              FROM evaluation e
             WHERE e.rated_at >= :from AND e.rated_at < :to
               AND NOT EXISTS (SELECT 1 FROM evaluation_appeal a WHERE a.evaluation_id = e.id AND a.status = 'UPHELD')""")
        .param("from", start(from)).param("to", start(to.plusDays(1)))
        .query((rs, n) -> new Rating(rs.getObject("id", UUID.class), rs.getInt("level"), rs.getString("unit_code"),
            rs.getString("hall_code"), rs.getString("window_code"), rs.getString("staff_username"),
            SqlTime.instant(rs, "rated_at")))
        .stream()) {
      rows.forEach(each);
    }
  }

  /**
   * Every ledger entry opened on a day in {@code [from, to]} and verified 成立; a 差评 whose appeal was
   * upheld is left out.
   */
  @Transactional(readOnly = true)
  public void verified(LocalDate from, LocalDate to, Consumer<VerifiedEntry> each) {
    try (var rows = jdbc.sql("""
            SELECT l.id, l.number, l.source, l.unit_code, l.hall_code, l.window_code, l.handler_username, l.opened_at
              FROM ledger_entry l
             WHERE l.opened_at >= :from AND l.opened_at < :to AND l.verdict = 'VALID'
               AND NOT EXISTS (SELECT 1 FROM evaluation_appeal a WHERE a.evaluation_id = l.evaluation_id
                                  AND a.status = 'UPHELD')""")
        .param("from", start(from)).param("to", start(to.plusDays(1)))
        .query(FeedbackRecords::entry).stream()) {
      rows.forEach(each);
    }
  }

  private static Object start(LocalDate day) {
    return SqlTime.param(day.atStartOfDay(ChinaTime.ZONE).toInstant());
  }

  private static VerifiedEntry entry(ResultSet rs, int n) throws SQLException {
    return new VerifiedEntry(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("source"),
        rs.getString("unit_code"), rs.getString("hall_code"), rs.getString("window_code"),
        rs.getString("handler_username"), SqlTime.instant(rs, "opened_at"));
  }
}
