package org.servicewindow.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.servicewindow.common.SqlTime;
import org.servicewindow.feedback.RateableService;
import org.servicewindow.feedback.SubjectKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The services that may be rated, by evaluation token. */
@Repository
public class RateableServices {

  private final JdbcClient jdbc;

  RateableServices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a rateable service once; a redelivered completion event changes nothing. */
  public void add(RateableService r) {
    jdbc.sql("""
            INSERT INTO feedback_rateable (token, kind, subject_id, subject_number, hall_code, unit_code, window_code,
                                           staff_username, service_code, completed_at, rate_until)
            VALUES (:token, :kind, :subject, :number, :hall, :unit, :window, :staff, :service, :completedAt, :until)
            ON CONFLICT DO NOTHING
            """)
        .param("token", r.token()).param("kind", r.kind().name()).param("subject", r.subjectId())
        .param("number", r.subjectNumber()).param("hall", r.hallCode()).param("unit", r.unitCode())
        .param("window", r.windowCode()).param("staff", r.staffUsername()).param("service", r.serviceCode())
        .param("completedAt", SqlTime.param(r.completedAt())).param("until", SqlTime.param(r.rateUntil()))
        .update();
  }

  public Optional<RateableService> find(String token) {
    return jdbc.sql("SELECT * FROM feedback_rateable WHERE token = :token").param("token", token)
        .query(RateableServices::row).optional();
  }

  static RateableService row(ResultSet rs, int n) throws SQLException {
    return new RateableService(rs.getString("token"), SubjectKind.valueOf(rs.getString("kind")),
        rs.getObject("subject_id", java.util.UUID.class), rs.getString("subject_number"), rs.getString("hall_code"),
        rs.getString("unit_code"), rs.getString("window_code"), rs.getString("staff_username"),
        rs.getString("service_code"), SqlTime.instant(rs, "completed_at"), SqlTime.instant(rs, "rate_until"));
  }
}
