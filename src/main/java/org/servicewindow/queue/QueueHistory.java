package org.servicewindow.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The served tickets of past days, for modules that build on the queue's history (ratings and
 * applications that belong to a real service, rollups, assessment) without reading its tables.
 * Streams rows, so a year of a city's tickets never sits in memory at once.
 */
@Service
public class QueueHistory {

  /** One completed service: who served which ticket, where and when. */
  public record ServedTicket(UUID ticketId, String hallCode, String serviceCode, LocalDate serviceDay,
      String displayNumber, String channel, String priority, String windowCode, String staffUsername,
      Instant issuedAt, Instant calledAt, Instant finishedAt, String evaluationToken) {}

  private final JdbcClient jdbc;

  QueueHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Hands every ticket completed on a service day in {@code [from, to]} to {@code each}, in the order they
   * finished; {@code hallCode} null means every hall.
   */
  @Transactional(readOnly = true)
  public void served(String hallCode, LocalDate from, LocalDate to, Consumer<ServedTicket> each) {
    try (var rows = jdbc.sql("""
            SELECT id, hall_code, service_code, service_day, display_number, channel, priority, window_code,
                   staff_username, issued_at, called_at, finished_at, evaluation_token
              FROM ticket
             WHERE status = 'COMPLETED' AND service_day BETWEEN :from AND :to
               AND (CAST(:hall AS VARCHAR(32)) IS NULL OR hall_code = :hall)
             ORDER BY finished_at, id""")
        .param("from", from).param("to", to).param("hall", hallCode)
        .query(QueueHistory::row).stream()) {
      rows.forEach(each);
    }
  }

  private static ServedTicket row(ResultSet rs, int n) throws SQLException {
    return new ServedTicket(rs.getObject("id", UUID.class), rs.getString("hall_code"), rs.getString("service_code"),
        rs.getObject("service_day", LocalDate.class), rs.getString("display_number"), rs.getString("channel"),
        rs.getString("priority"), rs.getString("window_code"), rs.getString("staff_username"),
        SqlTime.instant(rs, "issued_at"), SqlTime.instant(rs, "called_at"), SqlTime.instant(rs, "finished_at"),
        rs.getString("evaluation_token"));
  }
}
