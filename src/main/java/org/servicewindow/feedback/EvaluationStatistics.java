package org.servicewindow.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 好差评 statistics inside a data scope and period: satisfaction rate (share of 非常满意+满意+基本满意),
 * 差评 count and rate, per unit / hall / window / staff / service / channel / month, and the ledger's
 * callback and on-time figures. Ratings whose appeal was upheld do not count (they are only shown as
 * excluded).
 */
@Service
public class EvaluationStatistics {

  /** What the figures are grouped by. */
  public enum Dimension {
    UNIT("e.unit_code"),
    HALL("e.hall_code"),
    WINDOW("e.window_code"),
    STAFF("e.staff_username"),
    SERVICE("e.service_code"),
    CHANNEL("e.channel"),
    MONTH(null);

    private final String column;

    Dimension(String column) {
      this.column = column;
    }
  }

  /** The figures of one group (or of the whole period). */
  public record Figures(String key, long total, long satisfied, long negative, long veryDissatisfied) {

    /** Satisfaction rate in percent (one decimal), 0 when nothing was rated. */
    public double satisfactionRate() {
      return total == 0 ? 0 : Math.round(satisfied * 1000.0 / total) / 10.0;
    }

    public double negativeRate() {
      return total == 0 ? 0 : Math.round(negative * 1000.0 / total) / 10.0;
    }
  }

  /** The period's headline figures. */
  public record Summary(Figures all, long excluded, long ledgerEntries, long ledgerClosed, long ledgerOverdue,
      long realName, long realNameCalledBack, long ledgerClosedOnTime) {

    public Summary(Figures all, long excluded, long ledgerEntries, long ledgerClosed, long ledgerOverdue, long realName,
        long realNameCalledBack) {
      this(all, excluded, ledgerEntries, ledgerClosed, ledgerOverdue, realName, realNameCalledBack, ledgerClosed);
    }

    /** Share of the closed entries that were closed by their deadline (整改按时办结率). */
    public double onTimeRate() {
      return ledgerClosed == 0 ? 100 : Math.round(ledgerClosedOnTime * 1000.0 / ledgerClosed) / 10.0;
    }

    public double callbackRate() {
      return realName == 0 ? 100 : Math.round(realNameCalledBack * 1000.0 / realName) / 10.0;
    }
  }

  private final JdbcClient jdbc;

  EvaluationStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Summary summary(DataScope scope, LocalDate from, LocalDate to, LocalDate today) {
    Map<String, Object> p = params(scope, from, to);
    Figures all = jdbc.sql("SELECT 'ALL' AS k, " + COUNTS + FROM + where(scope)).params(p).query(EvaluationStatistics::row)
        .single();
    long excluded = jdbc.sql("SELECT COUNT(*) FROM evaluation e JOIN evaluation_appeal a ON a.evaluation_id = e.id"
            + " AND a.status = 'UPHELD' WHERE " + scope.sql("e.unit_code", "e.hall_code", "e.window_code")
            + " AND e.rated_at >= :from AND e.rated_at < :to")
        .params(p).query(Long.class).single();
    String ledger = " FROM ledger_entry l WHERE " + scope.sql("l.unit_code", "l.hall_code", "l.window_code")
        + " AND l.opened_at >= :from AND l.opened_at < :to";
    long entries = jdbc.sql("SELECT COUNT(*)" + ledger).params(p).query(Long.class).single();
    long closed = jdbc.sql("SELECT COUNT(*)" + ledger + " AND l.status = 'CLOSED'").params(p).query(Long.class).single();
    Map<String, Object> q = new HashMap<>(p);
    q.put("today", today);
    long overdue = jdbc.sql("SELECT COUNT(*)" + ledger + " AND l.status <> 'CLOSED' AND l.due_on < :today").params(q)
        .query(Long.class).single();
    // the callback rate counts closed real-name entries: each must have been called back (100 %)
    long realName = jdbc.sql("SELECT COUNT(*)" + ledger + " AND l.real_name = TRUE AND l.status = 'CLOSED'").params(p)
        .query(Long.class).single();
    long calledBack = jdbc.sql("SELECT COUNT(*)" + ledger
            + " AND l.real_name = TRUE AND l.status = 'CLOSED' AND l.satisfaction IS NOT NULL")
        .params(p).query(Long.class).single();
    // on time: closed on or before the deadline's day in China time (counted here, not in SQL, so the day
    // boundary is the same on H2 and PostgreSQL; closed entries are few next to ratings)
    long onTime = jdbc.sql("SELECT l.due_on, l.closed_at" + ledger + " AND l.status = 'CLOSED'").params(p)
        .query((rs, n) -> {
          java.time.Instant closedAt = org.servicewindow.common.SqlTime.instant(rs, "closed_at");
          return closedAt != null && !closedAt.atZone(org.servicewindow.common.ChinaTime.ZONE).toLocalDate()
              .isAfter(rs.getObject("due_on", LocalDate.class));
        })
        .list().stream().filter(Boolean::booleanValue).count();
    return new Summary(all, excluded, entries, closed, overdue, realName, calledBack, onTime);
  }

  /** Figures per group, largest first (months in order). */
  public List<Figures> by(Dimension dimension, DataScope scope, LocalDate from, LocalDate to) {
    Map<String, Object> p = params(scope, from, to);
    if (dimension == Dimension.MONTH) {
      Map<YearMonth, long[]> months = new TreeMap<>();
      jdbc.sql("SELECT e.rated_at, e.level" + FROM + where(scope)).params(p).query((rs, n) -> {
        Instant at = SqlTime.instant(rs, "rated_at");
        int level = rs.getInt("level");
        long[] c = months.computeIfAbsent(YearMonth.from(at.atZone(ChinaTime.ZONE)), m -> new long[4]);
        c[0]++;
        c[1] += level >= 3 ? 1 : 0;
        c[2] += level <= 2 ? 1 : 0;
        c[3] += level == 1 ? 1 : 0;
        return null;
      }).list();
      List<Figures> out = new ArrayList<>();
      months.forEach((m, c) -> out.add(new Figures(m.toString(), c[0], c[1], c[2], c[3])));
      return out;
    }
    String col = dimension.column;
    return jdbc.sql("SELECT COALESCE(" + col + ", '-') AS k, " + COUNTS + FROM + where(scope)
            + " GROUP BY " + col + " ORDER BY COUNT(*) DESC, k")
        .params(p).query(EvaluationStatistics::row).list();
  }

  private static final String COUNTS = """
      COUNT(*) AS total, COALESCE(SUM(CASE WHEN e.level >= 3 THEN 1 ELSE 0 END), 0) AS satisfied,
      COALESCE(SUM(CASE WHEN e.level <= 2 THEN 1 ELSE 0 END), 0) AS negative,
      COALESCE(SUM(CASE WHEN e.level = 1 THEN 1 ELSE 0 END), 0) AS very_dissatisfied""";

  private static final String FROM = """
       FROM evaluation e
      WHERE NOT EXISTS (SELECT 1 FROM evaluation_appeal a WHERE a.evaluation_id = e.id AND a.status = 'UPHELD')""";

  private static String where(DataScope scope) {
    return " AND " + scope.sql("e.unit_code", "e.hall_code", "e.window_code")
        + " AND e.rated_at >= :from AND e.rated_at < :to";
  }

  private static Map<String, Object> params(DataScope scope, LocalDate from, LocalDate to) {
    Map<String, Object> p = new HashMap<>(scope.params());
    p.put("from", SqlTime.param(from.atStartOfDay(ChinaTime.ZONE).toInstant()));
    p.put("to", SqlTime.param(to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()));
    return p;
  }

  private static Figures row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Figures(rs.getString("k"), rs.getLong("total"), rs.getLong("satisfied"), rs.getLong("negative"),
        rs.getLong("very_dissatisfied"));
  }
}
