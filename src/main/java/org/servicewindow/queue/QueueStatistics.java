package org.servicewindow.queue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.internal.QueueServices;
import org.servicewindow.queue.internal.QueueServices.QueueService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queue statistics of a hall over a range of days, all derived from the tickets' recorded history:
 * waiting time (issue to call) and service time (start to completion) with medians and 90th percentiles,
 * abandonment (no-shows and cancellations), green-channel share, appointments kept, and how far the wait
 * estimates given at issue were off — overall and per window, staff member, service, hour and day.
 *
 * <p>Definitions: a <em>visit</em> is a ticket taken by a citizen (a ticket created by a transfer is part of
 * the same visit); percentiles are nearest-rank over the minutes of each ticket; a unit admin sees the
 * services its windows handle in the hall and the tickets its windows served.
 */
@Service
public class QueueStatistics {

  /** The longest range one report covers. */
  public static final int MAX_DAYS = 366;
  /** Upper bounds (minutes, exclusive) of the waiting-time histogram; the last bucket is open. */
  public static final int[] WAIT_BUCKETS = {5, 10, 15, 20, 30, 45, 60};
  /** Upper bounds (minutes, exclusive) of the service-time histogram. */
  public static final int[] SERVICE_BUCKETS = {3, 5, 10, 15, 20, 30};

  /** What to report on. */
  public record Query(String hallCode, LocalDate from, LocalDate to, String serviceCode) {}

  /** Median and 90th percentile of a set of durations in minutes; null when the set is empty. */
  public record Spread(int count, Double p50, Double p90, Double mean) {}

  /** The figures of one group (a window, a staff member, a service, an hour, a day, or everything). */
  public record Figures(String key, String label, int visits, int served, int noShow, int cancelled, int green,
      Spread waiting, Spread service, Double estimateMeanAbsoluteError) {

    /** No-shows and cancellations per visit, in percent. */
    public Double abandonmentPercent() {
      return visits == 0 ? null : Math.round(1000.0 * (noShow + cancelled) / visits) / 10.0;
    }

    public Double greenPercent() {
      return visits == 0 ? null : Math.round(1000.0 * green / visits) / 10.0;
    }
  }

  /** Appointments whose slot is over: kept (checked in), of which late, and not kept (no-show). */
  public record AppointmentFigures(int kept, int late, int noShow, int cancelled) {
    public Double keptPercent() {
      return kept + noShow == 0 ? null : Math.round(1000.0 * kept / (kept + noShow)) / 10.0;
    }
  }

  /** How far the estimates given at issue were from the real wait (estimate minus actual, minutes). */
  public record EstimateError(int count, Double meanAbsolute, Double medianSigned, Double within5Percent) {}

  /** One bar of a histogram. */
  public record Bucket(String label, int count) {}

  public record Report(Query query, String hallName, Figures total, AppointmentFigures appointments,
      EstimateError estimateError, List<Bucket> waitingHistogram, List<Bucket> serviceHistogram,
      List<Figures> byWindow, List<Figures> byStaff, List<Figures> byService, List<Figures> byHour,
      List<Figures> byDay) {}

  /** One ticket as the statistics read it. */
  record Row(String service, String window, String staff, String priority, String status, boolean transferredIn,
      Instant issuedAt, Instant calledAt, Instant startedAt, Instant finishedAt, Integer estimated) {

    Double waitMinutes() {
      return transferredIn || calledAt == null ? null : minutes(issuedAt, calledAt);
    }

    Double serviceMinutes() {
      return "COMPLETED".equals(status) && startedAt != null && finishedAt != null ? minutes(startedAt, finishedAt) : null;
    }
  }

  private final JdbcClient jdbc;
  private final OrganizationApi organization;
  private final QueueServices services;

  QueueStatistics(JdbcClient jdbc, OrganizationApi organization, QueueServices services) {
    this.jdbc = jdbc;
    this.organization = organization;
    this.services = services;
  }

  /** The halls whose statistics the actor may read. */
  public List<HallSummary> halls(Actor actor) {
    DataScope scope = actor.scope();
    return organization.halls().stream().filter(h -> switch (scope.level()) {
      case ALL -> true;
      case HALL -> h.code().equals(scope.hallCode());
      case UNIT -> h.unitCode() != null && h.unitCode().equals(scope.unitCode())
          || organization.windowsOf(h.code()).stream().anyMatch(w -> scope.unitCode().equals(w.unitCode()));
      default -> false;
    }).toList();
  }

  @Transactional(readOnly = true)
  public Report report(Actor actor, Query query) {
    HallSummary hall = halls(actor).stream().filter(h -> h.code().equals(query.hallCode())).findFirst()
        .orElseThrow(() -> new NotFoundException("queue.hallNotFound", query.hallCode()));
    if (query.to().isBefore(query.from())) {
      throw new BusinessRuleException("queue.stats.range");
    }
    if (query.from().plusDays(MAX_DAYS).isBefore(query.to())) {
      throw new BusinessRuleException("queue.stats.tooLong", MAX_DAYS);
    }
    List<Row> rows = rows(hall.code(), query);
    DataScope scope = actor.scope();
    Map<String, String> windowNames = new HashMap<>();
    Set<String> unitWindows = new HashSet<>();
    Set<String> unitServices = new HashSet<>();
    for (WindowSummary w : organization.windowsOf(hall.code())) {
      windowNames.put(w.code(), w.name());
      if (scope.level() == DataScope.Level.UNIT && scope.unitCode().equals(w.unitCode())) {
        unitWindows.add(w.code());
        unitServices.addAll(organization.servicesOf(w.code()));
      }
    }
    if (scope.level() == DataScope.Level.UNIT && !scope.unitCode().equals(hall.unitCode())) {
      rows = rows.stream().filter(r -> unitServices.contains(r.service()) || unitWindows.contains(r.window())).toList();
    }
    Map<String, String> serviceNames = new HashMap<>();
    services.ofHall(hall.code()).forEach(s -> serviceNames.put(s.serviceCode(), s.name()));
    Map<String, String> staffNames = new HashMap<>();

    List<Row> scoped = rows;
    return new Report(query, hall.name(),
        figures("total", hall.name(), scoped),
        appointments(hall.code(), query, scope.level() == DataScope.Level.UNIT ? unitServices : null),
        estimateError(scoped),
        histogram(scoped.stream().map(Row::waitMinutes).filter(java.util.Objects::nonNull).toList(), WAIT_BUCKETS),
        histogram(scoped.stream().map(Row::serviceMinutes).filter(java.util.Objects::nonNull).toList(), SERVICE_BUCKETS),
        group(scoped.stream().filter(r -> r.window() != null).toList(), Row::window,
            w -> windowNames.getOrDefault(w, w)),
        group(scoped.stream().filter(r -> r.staff() != null).toList(), Row::staff,
            u -> staffNames.computeIfAbsent(u, x -> organization.staffOfUser(x).map(StaffSummary::name).orElse(x))),
        group(scoped, Row::service, s -> serviceNames.getOrDefault(s, s)),
        byHour(scoped),
        byDay(scoped, query));
  }

  private List<Row> rows(String hall, Query query) {
    String service = query.serviceCode() == null || query.serviceCode().isBlank() ? null : query.serviceCode();
    var sql = jdbc.sql("""
            SELECT service_code, window_code, staff_username, priority, status, transferred_from, issued_at, called_at,
                   started_at, finished_at, estimated_wait_min
              FROM ticket
             WHERE hall_code = :hall AND service_day BETWEEN :from AND :to
            """ + (service == null ? "" : " AND service_code = :service"))
        .param("hall", hall).param("from", query.from()).param("to", query.to());
    if (service != null) {
      sql = sql.param("service", service);
    }
    return sql.query((rs, n) -> {
      int estimated = rs.getInt("estimated_wait_min");
      Integer est = rs.wasNull() ? null : estimated;
      return new Row(rs.getString("service_code"), rs.getString("window_code"), rs.getString("staff_username"),
          rs.getString("priority"), rs.getString("status"), rs.getObject("transferred_from") != null,
          SqlTime.instant(rs, "issued_at"), SqlTime.instant(rs, "called_at"), SqlTime.instant(rs, "started_at"),
          SqlTime.instant(rs, "finished_at"), est);
    }).list();
  }

  private AppointmentFigures appointments(String hall, Query query, Set<String> onlyServices) {
    int[] counts = new int[4];
    var sql = jdbc.sql("""
            SELECT service_code, status, late FROM appointment
             WHERE hall_code = :hall AND slot_day BETWEEN :from AND :to
            """ + (query.serviceCode() == null || query.serviceCode().isBlank() ? "" : " AND service_code = :service"))
        .param("hall", hall).param("from", query.from()).param("to", query.to());
    if (query.serviceCode() != null && !query.serviceCode().isBlank()) {
      sql = sql.param("service", query.serviceCode());
    }
    sql.query(rs -> {
      if (onlyServices != null && !onlyServices.contains(rs.getString("service_code"))) {
        return;
      }
      switch (rs.getString("status")) {
        case "CHECKED_IN" -> {
          counts[0]++;
          if (rs.getBoolean("late")) {
            counts[1]++;
          }
        }
        case "NO_SHOW" -> counts[2]++;
        case "CANCELLED" -> counts[3]++;
        default -> { }
      }
    });
    return new AppointmentFigures(counts[0], counts[1], counts[2], counts[3]);
  }

  static Figures figures(String key, String label, Collection<Row> rows) {
    int visits = 0;
    int served = 0;
    int noShow = 0;
    int cancelled = 0;
    int green = 0;
    List<Double> waits = new ArrayList<>();
    List<Double> serviceTimes = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    for (Row r : rows) {
      if (!r.transferredIn()) {
        visits++;
        if ("GREEN_CHANNEL".equals(r.priority())) {
          green++;
        }
      }
      switch (r.status()) {
        case "COMPLETED" -> served++;
        case "NO_SHOW" -> noShow++;
        case "CANCELLED" -> cancelled++;
        default -> { }
      }
      Double wait = r.waitMinutes();
      if (wait != null) {
        waits.add(wait);
        if (r.estimated() != null) {
          errors.add(Math.abs(r.estimated() - wait));
        }
      }
      Double service = r.serviceMinutes();
      if (service != null) {
        serviceTimes.add(service);
      }
    }
    return new Figures(key, label, visits, served, noShow, cancelled, green, spread(waits), spread(serviceTimes),
        errors.isEmpty() ? null : round(errors.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
  }

  static EstimateError estimateError(Collection<Row> rows) {
    List<Double> signed = new ArrayList<>();
    for (Row r : rows) {
      Double wait = r.waitMinutes();
      if (wait != null && r.estimated() != null) {
        signed.add(r.estimated() - wait);
      }
    }
    if (signed.isEmpty()) {
      return new EstimateError(0, null, null, null);
    }
    double mae = signed.stream().mapToDouble(Math::abs).average().orElse(0);
    long within = signed.stream().filter(e -> Math.abs(e) <= 5).count();
    return new EstimateError(signed.size(), round(mae), round(percentile(signed, 50)),
        Math.round(1000.0 * within / signed.size()) / 10.0);
  }

  static List<Bucket> histogram(List<Double> minutes, int[] bounds) {
    int[] counts = new int[bounds.length + 1];
    for (double m : minutes) {
      int i = 0;
      while (i < bounds.length && m >= bounds[i]) {
        i++;
      }
      counts[i]++;
    }
    List<Bucket> buckets = new ArrayList<>();
    int lower = 0;
    for (int i = 0; i < bounds.length; i++) {
      buckets.add(new Bucket(lower + "–" + bounds[i], counts[i]));
      lower = bounds[i];
    }
    buckets.add(new Bucket("≥" + lower, counts[bounds.length]));
    return buckets;
  }

  private static List<Figures> group(List<Row> rows, Function<Row, String> key, Function<String, String> label) {
    Map<String, List<Row>> groups = new TreeMap<>();
    for (Row r : rows) {
      groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
    }
    List<Figures> result = new ArrayList<>();
    groups.forEach((k, list) -> result.add(figures(k, label.apply(k), list)));
    result.sort(Comparator.comparing(Figures::served).reversed().thenComparing(Figures::key));
    return result;
  }

  private static List<Figures> byHour(List<Row> rows) {
    Map<Integer, List<Row>> hours = new TreeMap<>();
    for (Row r : rows) {
      hours.computeIfAbsent(r.issuedAt().atZone(ChinaTime.ZONE).getHour(), h -> new ArrayList<>()).add(r);
    }
    List<Figures> result = new ArrayList<>();
    hours.forEach((h, list) -> result.add(figures(String.valueOf(h), String.format("%02d:00", h), list)));
    return result;
  }

  private static List<Figures> byDay(List<Row> rows, Query query) {
    Map<LocalDate, List<Row>> days = new LinkedHashMap<>();
    for (LocalDate d = query.from(); !d.isAfter(query.to()); d = d.plusDays(1)) {
      days.put(d, new ArrayList<>());
    }
    for (Row r : rows) {
      days.computeIfAbsent(r.issuedAt().atZone(ChinaTime.ZONE).toLocalDate(), d -> new ArrayList<>()).add(r);
    }
    List<Figures> result = new ArrayList<>();
    days.forEach((d, list) -> result.add(figures(d.toString(), d.toString(), list)));
    return result;
  }

  static Spread spread(List<Double> values) {
    if (values.isEmpty()) {
      return new Spread(0, null, null, null);
    }
    return new Spread(values.size(), round(percentile(values, 50)), round(percentile(values, 90)),
        round(values.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
  }

  /** Nearest rank: the smallest value at or below which at least p percent of the values lie. */
  static double percentile(List<Double> values, int p) {
    List<Double> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static double minutes(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 60000.0;
  }

  private static Double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** The services of a hall for the filter. */
  public List<QueueService> services(String hall) {
    return services.ofHall(hall);
  }
}
