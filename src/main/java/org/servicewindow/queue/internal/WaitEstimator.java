package org.servicewindow.queue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Estimates a waiting citizen's wait. Method: the line moves at the speed of the windows that serve it,
 * so the wait is (people ahead + 1) × the median service time of that service ÷ the windows open for it,
 * where the median comes from the last 30 services of the past 7 days (8 minutes until there are 5).
 * This beats "people ahead × average" because parallel windows and skewed service times are both taken
 * into account; the statistics page shows how far estimates were off. Medians are cached for a minute.
 */
@Component
public class WaitEstimator {

  static final double DEFAULT_MINUTES = 8.0;
  private static final Duration CACHE = Duration.ofMinutes(1);

  private record Cached(double minutes, Instant until) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Map<String, Cached> medians = new ConcurrentHashMap<>();

  WaitEstimator(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public int minutes(String hall, String service, int ahead, int openWindows) {
    double median = medianServiceMinutes(hall, service);
    return (int) Math.ceil((ahead + 1) * median / Math.max(1, openWindows));
  }

  public double medianServiceMinutes(String hall, String service) {
    Instant now = clock.instant();
    String key = hall + "/" + service;
    Cached cached = medians.get(key);
    if (cached != null && cached.until().isAfter(now)) {
      return cached.minutes();
    }
    List<Long> seconds = jdbc.sql("""
            SELECT started_at, finished_at FROM ticket
             WHERE hall_code = :hall AND service_code = :service AND status = 'COMPLETED' AND finished_at >= :since
             ORDER BY finished_at DESC LIMIT 30
            """)
        .param("hall", hall).param("service", service).param("since", SqlTime.param(now.minus(Duration.ofDays(7))))
        .query((rs, n) -> Duration.between(SqlTime.instant(rs, "started_at"), SqlTime.instant(rs, "finished_at")).toSeconds())
        .list();
    double minutes = seconds.size() < 5 ? DEFAULT_MINUTES : median(seconds) / 60.0;
    medians.put(key, new Cached(minutes, now.plus(CACHE)));
    return minutes;
  }

  static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}
