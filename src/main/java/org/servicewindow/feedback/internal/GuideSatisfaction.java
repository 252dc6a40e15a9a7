package org.servicewindow.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.servicewindow.catalog.ServiceItemFigures;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The satisfaction with a service item on its public guide page (issue 7, "per-service satisfaction on
 * the public guide page"): the share of 非常满意+满意+基本满意 among the ratings of the last 12 months,
 * without the ratings excluded by an upheld appeal — the same rule as the statistics.
 */
@Component
class GuideSatisfaction implements ServiceItemFigures {

  private final JdbcClient jdbc;
  private final Clock clock;

  GuideSatisfaction(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Ratings of one service item over the last 12 months, excluded ones not counted. */
  record Satisfaction(long total, long satisfied) {
    double rate() {
      return total == 0 ? 0 : Math.round(satisfied * 1000.0 / total) / 10.0;
    }
  }

  Satisfaction of(String serviceCode) {
    LocalDate today = ChinaTime.today(clock);
    Instant since = today.minusMonths(12).atStartOfDay(ChinaTime.ZONE).toInstant();
    return jdbc.sql("""
            SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN e.level >= 3 THEN 1 ELSE 0 END), 0) AS satisfied
              FROM evaluation e
             WHERE e.service_code = :service AND e.rated_at >= :since
               AND NOT EXISTS (SELECT 1 FROM evaluation_appeal a WHERE a.evaluation_id = e.id AND a.status = 'UPHELD')""")
        .param("service", serviceCode).param("since", SqlTime.param(since))
        .query((rs, n) -> new Satisfaction(rs.getLong("total"), rs.getLong("satisfied"))).single();
  }

  @Override
  public List<Figure> figuresFor(String serviceCode) {
    Satisfaction s = of(serviceCode);
    if (s.total() == 0) {
      return List.of();
    }
    return List.of(new Figure("feedback.guide.satisfaction", String.format(java.util.Locale.ROOT, "%.1f%%", s.rate()),
        "feedback.guide.satisfactionNote", List.of(s.total())));
  }
}
