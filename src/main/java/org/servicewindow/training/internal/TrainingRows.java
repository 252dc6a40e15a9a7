package org.servicewindow.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.SqlTime;
import org.servicewindow.training.Topic;

/** Row mappers and period boundaries shared by the training queries. */
final class TrainingRows {

  static final String SESSION_COLUMNS = """
      s.id, s.plan_id, s.unit_code, s.topic, s.title, s.starts_at, s.ends_at, s.online, s.place, s.trainer,
      s.sign_in_key, s.created_at, s.created_by\s""";

  private TrainingRows() {}

  static Plan plan(ResultSet rs, int n) throws SQLException {
    return new Plan(rs.getObject("id", UUID.class), rs.getString("unit_code"), rs.getInt("plan_year"),
        rs.getString("title"), rs.getInt("required_hours"), rs.getString("description"),
        SqlTime.instant(rs, "created_at"), rs.getString("created_by"));
  }

  static TrainingSession session(ResultSet rs, int n) throws SQLException {
    return new TrainingSession(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
        rs.getString("unit_code"), Topic.valueOf(rs.getString("topic")), rs.getString("title"),
        SqlTime.instant(rs, "starts_at"), SqlTime.instant(rs, "ends_at"), rs.getBoolean("online"),
        rs.getString("place"), rs.getString("trainer"), rs.getString("sign_in_key"),
        SqlTime.instant(rs, "created_at"), rs.getString("created_by"));
  }

  static Attendance attendance(ResultSet rs, int n) throws SQLException {
    return new Attendance(rs.getObject("session_id", UUID.class), rs.getObject("staff_id", UUID.class),
        rs.getString("staff_number"), rs.getString("staff_name"), rs.getString("unit_code"),
        AttendanceStatus.valueOf(rs.getString("status")), rs.getString("method"), rs.getInt("credit_minutes"),
        rs.getString("note"), SqlTime.instant(rs, "recorded_at"), rs.getString("recorded_by"));
  }

  /** The first instant of a year in China time. */
  static Instant yearStart(int year) {
    return ZonedDateTime.of(LocalDate.of(year, 1, 1).atStartOfDay(), ChinaTime.ZONE).toInstant();
  }

  static Instant yearEnd(int year) {
    return yearStart(year + 1);
  }

  static int yearOf(Instant instant) {
    return instant.atZone(ChinaTime.ZONE).getYear();
  }
}
