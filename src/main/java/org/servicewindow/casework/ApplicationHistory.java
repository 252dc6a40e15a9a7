package org.servicewindow.casework;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Past applications as casework's events told of them, streamed, for modules that rebuild figures of their
 * own (the dashboard's rollups) without reading casework's tables: every completion
 * ({@link ApplicationCompleted}) and every application that went past its promised date
 * ({@link ApplicationOverdue}: completed after it, or still undecided after it).
 */
@Service
public class ApplicationHistory {

  private final JdbcClient jdbc;

  ApplicationHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** How many applications were received on a day in {@code [from, to]}, for a progress bar. */
  @Transactional(readOnly = true)
  public long count(LocalDate from, LocalDate to) {
    return jdbc.sql("SELECT COUNT(*) FROM application WHERE received_on BETWEEN :from AND :to")
        .param("from", from).param("to", to).query(Long.class).single();
  }

  /** Acceptances ({@link ApplicationAccepted}) dated on a day in {@code [from, to]}, in order. */
  @Transactional(readOnly = true)
  public void accepted(LocalDate from, LocalDate to, Consumer<ApplicationAccepted> each) {
    try (var rows = jdbc.sql("""
            SELECT id, number, service_code, unit_code, hall_code, window_code, handler_username, accepted_on,
                   EXISTS (SELECT 1 FROM application_event v
                            WHERE v.application_id = a.id AND v.type = 'AUTO_ACCEPTED') AS automatic
              FROM application a
             WHERE accepted_on BETWEEN :from AND :to
             ORDER BY accepted_on, id""")
        .param("from", from).param("to", to)
        .query((rs, n) -> new ApplicationAccepted(rs.getObject("id", UUID.class), rs.getString("number"),
            rs.getString("service_code"), rs.getString("unit_code"), rs.getString("hall_code"),
            rs.getString("window_code"), rs.getString("handler_username"),
            rs.getObject("accepted_on", LocalDate.class), rs.getBoolean("automatic"))).stream()) {
      rows.forEach(each);
    }
  }

  /** Completions on a day in {@code [from, to]}, in order. */
  @Transactional(readOnly = true)
  public void completed(LocalDate from, LocalDate to, Consumer<ApplicationCompleted> each) {
    try (var rows = jdbc.sql("""
            SELECT id, number, service_code, unit_code, hall_code, window_code, handler_username, completed_at,
                   completed_on, promised_due, evaluation_token
              FROM application
             WHERE status = 'COMPLETED' AND completed_on BETWEEN :from AND :to
             ORDER BY completed_at, id""")
        .param("from", from).param("to", to)
        .query((rs, n) -> {
          LocalDate due = rs.getObject("promised_due", LocalDate.class);
          LocalDate on = rs.getObject("completed_on", LocalDate.class);
          return new ApplicationCompleted(rs.getObject("id", UUID.class), rs.getString("number"),
              rs.getString("service_code"), rs.getString("unit_code"), rs.getString("hall_code"),
              rs.getString("window_code"), rs.getString("handler_username"), SqlTime.instant(rs, "completed_at"), due,
              due == null || !on.isAfter(due), rs.getString("evaluation_token"));
        }).stream()) {
      rows.forEach(each);
    }
  }

  /**
   * Applications whose promised date is in {@code [from, to]} and before {@code today} and that were not
   * decided by it (completed later, or still open).
   */
  @Transactional(readOnly = true)
  public void overdue(LocalDate from, LocalDate to, LocalDate today, Consumer<ApplicationOverdue> each) {
    try (var rows = jdbc.sql("""
            SELECT id, number, service_code, unit_code, hall_code, window_code, handler_username, promised_due
              FROM application
             WHERE promised_due BETWEEN :from AND :to AND promised_due < :today
               AND ((status = 'COMPLETED' AND completed_on > promised_due)
                    OR status = 'ACCEPTED')
             ORDER BY promised_due, id""")
        .param("from", from).param("to", to).param("today", today)
        .query((rs, n) -> new ApplicationOverdue(rs.getObject("id", UUID.class), rs.getString("number"),
            rs.getString("service_code"), rs.getString("unit_code"), rs.getString("hall_code"),
            rs.getString("window_code"), rs.getString("handler_username"),
            rs.getObject("promised_due", LocalDate.class))).stream()) {
      rows.forEach(each);
    }
  }
}
