package org.servicewindow.dashboard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicewindow.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cockpit's reads, all from the rollups: totals of a slice (the actor's data scope, narrowed by the
 * drill-down path) over a period, grouped by the next level down, by day or month, and by hour.
 */
@Component
public class CockpitQueries {

  /** Where the cockpit stands: null dimensions are not narrowed. */
  public record Slice(String unit, String hall, String window, String staff) {

    public static final Slice CITY = new Slice(null, null, null, null);
  }

  /** What a group of rows is keyed by. */
  public enum GroupBy {
    UNIT("unit_code"), HALL("hall_code"), WINDOW("window_code"), STAFF("staff_username"), SERVICE("service_code"),
    DAY("stat_day"), MONTH(null), NONE(null);

    final String column;

    GroupBy(String column) {
      this.column = column;
    }
  }

  /** Figures of one hour of the day, summed over the period. */
  public record HourFigures(int hour, long issued, long called, long served, long waitCount, long waitSeconds) {
    public Double averageWaitMinutes() {
      return waitCount == 0 ? null : Math.round(waitSeconds / 6.0 / waitCount) / 10.0;
    }
  }

  static final String SUMS = """
      COALESCE(SUM(issued), 0) AS issued, COALESCE(SUM(served), 0) AS served, COALESCE(SUM(no_show), 0) AS no_show,
      COALESCE(SUM(wait_count), 0) AS wait_count, COALESCE(SUM(wait_seconds), 0) AS wait_seconds,
      COALESCE(SUM(wait_h0), 0) AS h0, COALESCE(SUM(wait_h1), 0) AS h1, COALESCE(SUM(wait_h2), 0) AS h2,
      COALESCE(SUM(wait_h3), 0) AS h3, COALESCE(SUM(wait_h4), 0) AS h4, COALESCE(SUM(wait_h5), 0) AS h5,
      COALESCE(SUM(wait_h6), 0) AS h6, COALESCE(SUM(wait_h7), 0) AS h7,
      COALESCE(SUM(service_count), 0) AS service_count, COALESCE(SUM(service_seconds), 0) AS service_seconds,
      COALESCE(SUM(eval_1), 0) AS e1, COALESCE(SUM(eval_2), 0) AS e2, COALESCE(SUM(eval_3), 0) AS e3,
      COALESCE(SUM(eval_4), 0) AS e4, COALESCE(SUM(eval_5), 0) AS e5,
      COALESCE(SUM(apps_completed), 0) AS apps_completed, COALESCE(SUM(apps_on_time), 0) AS apps_on_time,
      COALESCE(SUM(apps_overdue), 0) AS apps_overdue, COALESCE(SUM(apps_accepted), 0) AS apps_accepted,
      COALESCE(SUM(complaints_received), 0) AS complaints_received""";

  private final JdbcClient jdbc;

  CockpitQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Figures total(DataScope scope, Slice slice, LocalDate from, LocalDate to) {
    List<Figures> rows = grouped(scope, slice, from, to, GroupBy.NONE);
    return rows.isEmpty() ? empty("ALL") : rows.get(0);
  }

  @Transactional(readOnly = true)
  public List<Figures> grouped(DataScope scope, Slice slice, LocalDate from, LocalDate to, GroupBy by) {
    Map<String, Object> p = new HashMap<>(scope.params());
    StringBuilder where = new StringBuilder(" AND ").append(scope.sql("unit_code", "hall_code", "window_code"));
    p.put("from", from);
    p.put("to", to);
    narrow(slice, where, p);
    String key = switch (by) {
      case NONE -> "'ALL'";
      case MONTH -> "CAST(EXTRACT(YEAR FROM stat_day) * 100 + EXTRACT(MONTH FROM stat_day) AS INT)";
      case DAY -> "stat_day";
      default -> by.column;
    };
    String sql = "SELECT " + key + " AS k, " + SUMS + " FROM " + source(slice, from, to, by, where.toString(), p)
        + (by == GroupBy.NONE ? "" : " GROUP BY " + key + " ORDER BY " + key);
    return jdbc.sql(sql).params(p).query(CockpitQueries::row).list();
  }

  /** Columns of the coarse tables' union, in {@code dash_day}'s names. */
  private static final String COARSE_COLUMNS = "unit_code, hall_code, window_code, " + String.join(", ",
      java.util.Arrays.stream(Tally.DayCol.values()).map(Tally.DayCol::column).toList());

  /**
   * The rows a query sums, already restricted to the period and the slice ({@code conditions}, starting with
   * AND). Window and staff levels (and grouping by staff or service) need {@code dash_day}; the city, unit
   * and hall levels read the coarse tables: whole months of the period from {@code dash_month}, the partial
   * months at its edges (and any grouping by day) from {@code dash_day_window}.
   */
  static String source(Slice slice, LocalDate from, LocalDate to, GroupBy by, String conditions,
      Map<String, Object> p) {
    String days = " WHERE stat_day BETWEEN :from AND :to" + conditions;
    if (slice.window() != null || slice.staff() != null || by == GroupBy.STAFF || by == GroupBy.SERVICE) {
      return "dash_day" + days;
    }
    LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
    LocalDate lastMonth = to.getDayOfMonth() == to.lengthOfMonth() ? to.withDayOfMonth(1)
        : to.withDayOfMonth(1).minusMonths(1);
    if (by == GroupBy.DAY || lastMonth.isBefore(firstMonth)) {
      return "dash_day_window" + days;
    }
    p.put("firstMonth", firstMonth);
    p.put("lastMonth", lastMonth);
    p.put("monthsEnd", lastMonth.plusMonths(1).minusDays(1));
    return "(SELECT stat_month AS stat_day, " + COARSE_COLUMNS + " FROM dash_month"
        + " WHERE stat_month BETWEEN :firstMonth AND :lastMonth" + conditions
        + " UNION ALL SELECT stat_day, " + COARSE_COLUMNS + " FROM dash_day_window" + days
        + " AND (stat_day < :firstMonth OR stat_day > :monthsEnd)) x";
  }

  /**
   * Complaints of the slice not closed yet: {@code complaints_open} summed over all months (a complaint
   * counts there from the day it was received until it is closed). A staff member's view shows their
   * window's, as the complaint ledger does.
   */
  @Transactional(readOnly = true)
  public long complaintsOpen(DataScope scope, Slice slice) {
    Map<String, Object> p = new HashMap<>(scope.params());
    StringBuilder where = new StringBuilder(" WHERE ").append(scope.sql("unit_code", "hall_code", "window_code"));
    narrow(new Slice(slice.unit(), slice.hall(), slice.window(), null), where, p);
    return jdbc.sql("SELECT COALESCE(SUM(complaints_open), 0) FROM dash_month" + where).params(p)
        .query(Long.class).single();
  }

  @Transactional(readOnly = true)
  public List<HourFigures> hours(DataScope scope, Slice slice, LocalDate from, LocalDate to) {
    Map<String, Object> p = new HashMap<>(scope.params());
    p.put("from", from);
    p.put("to", to);
    // hourly rollups know unit and hall only: a window- or staff-level view shows its hall's hours
    String where = " WHERE stat_day BETWEEN :from AND :to AND " + scope.sql("unit_code", "hall_code", null);
    if (slice.unit() != null) {
      where += " AND unit_code = :unit";
      p.put("unit", slice.unit());
    }
    if (slice.hall() != null) {
      where += " AND hall_code = :hall";
      p.put("hall", slice.hall());
    }
    return jdbc.sql("""
            SELECT stat_hour, COALESCE(SUM(issued), 0) AS issued, COALESCE(SUM(called), 0) AS called,
                   COALESCE(SUM(served), 0) AS served, COALESCE(SUM(wait_count), 0) AS wait_count,
                   COALESCE(SUM(wait_seconds), 0) AS wait_seconds
              FROM dash_hour""" + where + " GROUP BY stat_hour ORDER BY stat_hour")
        .params(p)
        .query((rs, n) -> new HourFigures(rs.getInt("stat_hour"), rs.getLong("issued"), rs.getLong("called"),
            rs.getLong("served"), rs.getLong("wait_count"), rs.getLong("wait_seconds")))
        .list();
  }

  /** Adds the slice's unit, hall, window and staff to a rollup query's WHERE clause. */
  static void narrow(Slice slice, StringBuilder where, Map<String, Object> p) {
    if (slice.unit() != null) {
      where.append(" AND unit_code = :unit");
      p.put("unit", slice.unit());
    }
    if (slice.hall() != null) {
      where.append(" AND hall_code = :hall");
      p.put("hall", slice.hall());
    }
    if (slice.window() != null) {
      where.append(" AND window_code = :window");
      p.put("window", slice.window());
    }
    if (slice.staff() != null) {
      where.append(" AND staff_username = :staff");
      p.put("staff", slice.staff());
    }
  }

  static Figures empty(String key) {
    return new Figures(key, key, 0, 0, 0, 0, 0, new long[8], 0, 0, new long[5], 0, 0, 0, 0, 0);
  }

  static Figures row(ResultSet rs, int n) throws SQLException {
    long[] hist = new long[8];
    for (int i = 0; i < 8; i++) {
      hist[i] = rs.getLong("h" + i);
    }
    long[] evals = new long[5];
    for (int i = 0; i < 5; i++) {
      evals[i] = rs.getLong("e" + (i + 1));
    }
    String key = rs.getString("k");
    return new Figures(key, key, rs.getLong("issued"), rs.getLong("served"), rs.getLong("no_show"),
        rs.getLong("wait_count"), rs.getLong("wait_seconds"), hist, rs.getLong("service_count"),
        rs.getLong("service_seconds"), evals, rs.getLong("apps_completed"), rs.getLong("apps_on_time"),
        rs.getLong("apps_overdue"), rs.getLong("apps_accepted"), rs.getLong("complaints_received"));
  }

}
