package org.servicewindow.assessment;

import java.time.LocalDate;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may read of assessment: a unit's mean monthly score and its approved honours over a
 * range of days (the campaign's joint evaluation shows them next to the other figures).
 */
@Service
public class AssessmentResults {

  private final JdbcClient jdbc;

  AssessmentResults(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The mean score of a unit (or of all units, {@code unitCode} null) over the monthly periods that overlap
   * {@code [from, to]}; empty when none was scored.
   */
  public OptionalDouble meanMonthlyScore(String unitCode, LocalDate from, LocalDate to) {
    Double mean = jdbc.sql("""
            SELECT AVG(s.score) FROM assessment_score s JOIN assessment_period p ON p.id = s.period_id
             WHERE p.kind = 'MONTH' AND p.starts_on <= :to AND p.ends_on >= :from AND s.subject_type = 'UNIT'
               AND (CAST(:unit AS VARCHAR(32)) IS NULL OR s.subject_code = :unit)""")
        .param("from", from).param("to", to).param("unit", unitCode).query(Double.class).optional().orElse(null);
    return mean == null ? OptionalDouble.empty() : OptionalDouble.of(Math.round(mean * 10) / 10.0);
  }

  /** Approved 示范窗口 and 服务标兵 of a unit (or all) whose period ended in {@code [from, to]}. */
  public long approvedHonours(String unitCode, LocalDate from, LocalDate to) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM assessment_honour h JOIN assessment_period p ON p.id = h.period_id
             WHERE h.status = 'APPROVED' AND p.ends_on BETWEEN :from AND :to
               AND (CAST(:unit AS VARCHAR(32)) IS NULL OR h.unit_code = :unit)""")
        .param("from", from).param("to", to).param("unit", unitCode).query(Long.class).single();
  }
}
