package org.servicewindow.dashboard.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.servicewindow.common.ChinaTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Increments of the rollup tables collected in memory — for one event, or for a day of history during a
 * rebuild — and then added to the tables in one go, rows in key order (so two writers never deadlock).
 */
public final class Tally {

  /** Columns of {@code dash_day}. */
  public enum DayCol {
    ISSUED, SERVED, NO_SHOW, WAIT_COUNT, WAIT_SECONDS, WAIT_H0, WAIT_H1, WAIT_H2, WAIT_H3, WAIT_H4, WAIT_H5, WAIT_H6,
    WAIT_H7, SERVICE_COUNT, SERVICE_SECONDS, EVAL_1, EVAL_2, EVAL_3, EVAL_4, EVAL_5, APPS_COMPLETED, APPS_ON_TIME,
    APPS_OVERDUE, APPS_ACCEPTED, COMPLAINTS_RECEIVED, COMPLAINTS_OPEN;

    String column() {
      return name().toLowerCase();
    }

    static DayCol waitBucket(int i) {
      return valueOf("WAIT_H" + i);
    }

    static DayCol evaluation(int level) {
      return valueOf("EVAL_" + level);
    }
  }

  /** Columns of {@code dash_hour}. */
  public enum HourCol {
    ISSUED, CALLED, SERVED, NO_SHOW, WAIT_COUNT, WAIT_SECONDS, EVAL_TOTAL, EVAL_NEGATIVE;

    String column() {
      return name().toLowerCase();
    }
  }

  /** A row of {@code dash_day}; '-' stands for a dimension that does not apply. */
  public record DayKey(LocalDate day, String unit, String hall, String window, String service, String staff)
      implements Comparable<DayKey> {

    static final Comparator<DayKey> ORDER = Comparator.comparing(DayKey::day).thenComparing(DayKey::unit)
        .thenComparing(DayKey::hall).thenComparing(DayKey::window).thenComparing(DayKey::service)
        .thenComparing(DayKey::staff);

    public DayKey {
      unit = dash(unit);
      hall = dash(hall);
      window = dash(window);
      service = dash(service);
      staff = dash(staff);
    }

    @Override
    public int compareTo(DayKey o) {
      return ORDER.compare(this, o);
    }
  }

  /**
   * A row of the coarse tables: {@code dash_day_window} (day) or {@code dash_month} (the month's first day) —
   * {@code dash_day} without service and staff.
   */
  public record CoarseKey(LocalDate day, String unit, String hall, String window) implements Comparable<CoarseKey> {

    static final Comparator<CoarseKey> ORDER = Comparator.comparing(CoarseKey::day).thenComparing(CoarseKey::unit)
        .thenComparing(CoarseKey::hall).thenComparing(CoarseKey::window);

    static CoarseKey ofDay(DayKey k) {
      return new CoarseKey(k.day(), k.unit(), k.hall(), k.window());
    }

    static CoarseKey ofMonth(DayKey k) {
      return new CoarseKey(k.day().withDayOfMonth(1), k.unit(), k.hall(), k.window());
    }

    @Override
    public int compareTo(CoarseKey o) {
      return ORDER.compare(this, o);
    }
  }

  /** A row of {@code dash_hour}. */
  public record HourKey(LocalDate day, int hour, String unit, String hall) implements Comparable<HourKey> {

    static final Comparator<HourKey> ORDER = Comparator.comparing(HourKey::day).thenComparingInt(HourKey::hour)
        .thenComparing(HourKey::unit).thenComparing(HourKey::hall);

    public HourKey {
      unit = dash(unit);
      hall = dash(hall);
    }

    static HourKey of(Instant at, String unit, String hall) {
      ZonedDateTime z = at.atZone(ChinaTime.ZONE);
      return new HourKey(z.toLocalDate(), z.getHour(), unit, hall);
    }

    @Override
    public int compareTo(HourKey o) {
      return ORDER.compare(this, o);
    }
  }

  static String dash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }

  private final Map<DayKey, long[]> days = new HashMap<>();
  private final Map<HourKey, long[]> hours = new HashMap<>();

  public void add(DayKey key, DayCol col, long n) {
    days.computeIfAbsent(key, k -> new long[DayCol.values().length])[col.ordinal()] += n;
  }

  public void add(HourKey key, HourCol col, long n) {
    hours.computeIfAbsent(key, k -> new long[HourCol.values().length])[col.ordinal()] += n;
  }

  public boolean isEmpty() {
    return days.isEmpty() && hours.isEmpty();
  }

  public Map<DayKey, long[]> days() {
    return new TreeMap<>(days);
  }

  public Map<HourKey, long[]> hours() {
    return new TreeMap<>(hours);
  }

  private TreeMap<CoarseKey, long[]> coarse(java.util.function.Function<DayKey, CoarseKey> key) {
    TreeMap<CoarseKey, long[]> rows = new TreeMap<>();
    days.forEach((k, v) -> {
      long[] sum = rows.computeIfAbsent(key.apply(k), x -> new long[v.length]);
      for (int i = 0; i < v.length; i++) {
        sum[i] += v[i];
      }
    });
    return rows;
  }

  /**
   * Adds everything to the rollup tables (inside the caller's transaction, so the coarse tables always
   * equal the fine one summed). Tables in a fixed order, rows in key order: two writers never deadlock.
   */
  void flush(NamedParameterJdbcTemplate jdbc) {
    if (!days.isEmpty()) {
      List<String> cols = Arrays.stream(DayCol.values()).map(DayCol::column).toList();
      upsert(jdbc, "dash_day", List.of("stat_day", "unit_code", "hall_code", "window_code", "service_code", "staff_username"),
          cols, new TreeMap<>(days), k -> new Object[] {k.day(),
              k.unit(), k.hall(), k.window(), k.service(), k.staff()});
      upsert(jdbc, "dash_day_window", List.of("stat_day", "unit_code", "hall_code", "window_code"), cols,
          coarse(CoarseKey::ofDay), k -> new Object[] {k.day(), k.unit(), k.hall(), k.window()});
      upsert(jdbc, "dash_month", List.of("stat_month", "unit_code", "hall_code", "window_code"), cols,
          coarse(CoarseKey::ofMonth), k -> new Object[] {k.day(), k.unit(), k.hall(), k.window()});
    }
    if (!hours.isEmpty()) {
      upsert(jdbc, "dash_hour", List.of("stat_day", "stat_hour", "unit_code", "hall_code"),
          Arrays.stream(HourCol.values()).map(HourCol::column).toList(), new TreeMap<>(hours),
          k -> new Object[] {k.day(), k.hour(), k.unit(), k.hall()});
    }
  }

  private static <K> void upsert(NamedParameterJdbcTemplate jdbc, String table, List<String> keys, List<String> cols,
      TreeMap<K, long[]> rows, java.util.function.Function<K, Object[]> keyValues) {
    List<MapSqlParameterSource> params = new ArrayList<>();
    rows.forEach((k, v) -> {
      MapSqlParameterSource p = new MapSqlParameterSource();
      Object[] kv = keyValues.apply(k);
      for (int i = 0; i < keys.size(); i++) {
        p.addValue("k" + i, kv[i]);
      }
      for (int i = 0; i < cols.size(); i++) {
        p.addValue("v" + i, v[i]);
      }
      params.add(p);
    });
    StringBuilder insert = new StringBuilder("INSERT INTO " + table + " (" + String.join(", ", keys) + ", "
        + String.join(", ", cols) + ") VALUES (");
    for (int i = 0; i < keys.size(); i++) {
      insert.append(":k").append(i).append(", ");
    }
    for (int i = 0; i < cols.size(); i++) {
      insert.append(":v").append(i).append(i + 1 < cols.size() ? ", " : ") ON CONFLICT DO NOTHING");
    }
    int[] inserted = jdbc.batchUpdate(insert.toString(), params.toArray(MapSqlParameterSource[]::new));
    List<MapSqlParameterSource> updates = new ArrayList<>();
    for (int i = 0; i < inserted.length; i++) {
      if (inserted[i] == 0) {
        updates.add(params.get(i));
      }
    }
    if (updates.isEmpty()) {
      return;
    }
    StringBuilder update = new StringBuilder("UPDATE " + table + " SET ");
    for (int i = 0; i < cols.size(); i++) {
      update.append(cols.get(i)).append(" = ").append(cols.get(i)).append(" + :v").append(i)
          .append(i + 1 < cols.size() ? ", " : " WHERE ");
    }
    for (int i = 0; i < keys.size(); i++) {
      update.append(keys.get(i)).append(" = :k").append(i).append(i + 1 < keys.size() ? " AND " : "");
    }
    jdbc.batchUpdate(update.toString(), updates.toArray(MapSqlParameterSource[]::new));
  }
}
