package org.servicewindow.supervision;

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
 * Supervision's published read side for modules that score its results record by record (assessment):
 * the inspections of a range of days with their scores, and the rectification orders due in a range of
 * days with whether they were closed by their deadline.
 */
@Service
public class SupervisionFigures {

  /** One inspection's score; {@code staffId} is set when it was about one staff member. */
  public record InspectionScore(UUID id, String kind, String unitCode, String hallCode, String windowCode,
      UUID staffId, Instant visitedAt, int score, int maxScore) {

    /** The score in percent of the inspection's maximum (one decimal). */
    public double percent() {
      return maxScore == 0 ? 0 : Math.round(score * 1000.0 / maxScore) / 10.0;
    }
  }

  /**
   * One rectification order due in the range. {@code closedOn} is the China-time day it was closed, null
   * while open; it is late when closed after its deadline, or still open after it.
   */
  public record Rectification(UUID id, String itemCode, String unitCode, String hallCode, String windowCode,
      LocalDate deadline, LocalDate closedOn) {

    public boolean lateOn(LocalDate today) {
      return closedOn == null ? today.isAfter(deadline) : closedOn.isAfter(deadline);
    }
  }

  private final JdbcClient jdbc;

  SupervisionFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every inspection visited on a day in {@code [from, to]} (China time). */
  @Transactional(readOnly = true)
  public void inspections(LocalDate from, LocalDate to, Consumer<InspectionScore> each) {
    try (var rows = jdbc.sql("""
            SELECT id, kind, unit_code, hall_code, window_code, staff_id, visited_at, score, max_score
              FROM supervision_inspection
             WHERE visited_at >= :from AND visited_at < :to""")
        .param("from", SqlTime.param(from.atStartOfDay(ChinaTime.ZONE).toInstant()))
        .param("to", SqlTime.param(to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()))
        .query((rs, n) -> new InspectionScore(rs.getObject("id", UUID.class), rs.getString("kind"),
            rs.getString("unit_code"), rs.getString("hall_code"), rs.getString("window_code"),
            rs.getObject("staff_id", UUID.class), SqlTime.instant(rs, "visited_at"), rs.getInt("score"),
            rs.getInt("max_score")))
        .stream()) {
      rows.forEach(each);
    }
  }

  /** Every rectification order whose deadline falls on a day in {@code [from, to]}. */
  @Transactional(readOnly = true)
  public void rectifications(LocalDate from, LocalDate to, Consumer<Rectification> each) {
    try (var rows = jdbc.sql("""
            SELECT id, item_code, unit_code, hall_code, window_code, deadline, closed_at
              FROM supervision_order
             WHERE deadline BETWEEN :from AND :to""")
        .param("from", from).param("to", to)
        .query((rs, n) -> {
          Instant closed = SqlTime.instant(rs, "closed_at");
          return new Rectification(rs.getObject("id", UUID.class), rs.getString("item_code"), rs.getString("unit_code"),
              rs.getString("hall_code"), rs.getString("window_code"), rs.getObject("deadline", LocalDate.class),
              closed == null ? null : closed.atZone(ChinaTime.ZONE).toLocalDate());
        })
        .stream()) {
      rows.forEach(each);
    }
  }
}
