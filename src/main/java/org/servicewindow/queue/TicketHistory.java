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
 * Every ticket of past days in whatever status it ended, with all its times, for modules that rebuild
 * figures of their own from the queue's history (the dashboard's rollups) without reading its tables.
 * {@link QueueHistory} gives only the served tickets; this one also the no-shows, cancellations and the
 * start of service. Streams rows, so years of a city's tickets never sit in memory at once.
 */
@Service
public class TicketHistory {

  /** One ticket as it stands: times are null for the steps it never reached. */
  public record TicketRecord(UUID ticketId, String hallCode, String serviceCode, LocalDate serviceDay,
      TicketStatus status, boolean transferredIn, String windowCode, String staffUsername, Instant issuedAt,
      Instant calledAt, Instant startedAt, Instant finishedAt) {}

  private final JdbcClient jdbc;

  TicketHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** How many tickets {@link #tickets} would hand over, for a progress bar. */
  @Transactional(readOnly = true)
  public long count(LocalDate from, LocalDate to) {
    return jdbc.sql("SELECT COUNT(*) FROM ticket WHERE service_day BETWEEN :from AND :to")
        .param("from", from).param("to", to).query(Long.class).single();
  }

  /** Hands every ticket of a service day in {@code [from, to]} to {@code each}, in the order they were issued. */
  @Transactional(readOnly = true)
  public void tickets(LocalDate from, LocalDate to, Consumer<TicketRecord> each) {
    try (var rows = jdbc.sql("""
            SELECT id, hall_code, service_code, service_day, status, transferred_from, window_code, staff_username,
                   issued_at, called_at, started_at, finished_at
              FROM ticket
             WHERE service_day BETWEEN :from AND :to
             ORDER BY issued_at, id""")
        .param("from", from).param("to", to)
        .query(TicketHistory::row).stream()) {
      rows.forEach(each);
    }
  }

  private static TicketRecord row(ResultSet rs, int n) throws SQLException {
    return new TicketRecord(rs.getObject("id", UUID.class), rs.getString("hall_code"), rs.getString("service_code"),
        rs.getObject("service_day", LocalDate.class), TicketStatus.valueOf(rs.getString("status")),
        rs.getObject("transferred_from") != null, rs.getString("window_code"), rs.getString("staff_username"),
        SqlTime.instant(rs, "issued_at"), SqlTime.instant(rs, "called_at"), SqlTime.instant(rs, "started_at"),
        SqlTime.instant(rs, "finished_at"));
  }
}
