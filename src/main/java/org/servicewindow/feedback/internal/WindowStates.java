package org.servicewindow.feedback.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.common.SqlTime;
import org.servicewindow.queue.WindowSignals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each window's evaluator device shows, fed by the queue's events. Kept in the database (not in
 * memory) so every node of a cluster answers the device the same; the version lets a device see a change.
 * Every change signals the window through the queue's {@link WindowSignals}, so the node a device is
 * connected to pushes the new screen to it (SSE) once the change has committed.
 */
@Repository
public class WindowStates {

  /** The device's screen: nobody at the window, someone being served, or a service waiting for its rating. */
  public enum Screen {
    IDLE,
    SERVING,
    RATING
  }

  /** One window's screen state. */
  public record WindowState(String windowCode, String hallCode, Screen screen, UUID ticketId, String ticketNumber,
      String serviceCode, String staffUsername, String token, Instant changedAt, long version) {}

  private final JdbcClient jdbc;
  private final WindowSignals signals;

  WindowStates(JdbcClient jdbc, WindowSignals signals) {
    this.jdbc = jdbc;
    this.signals = signals;
  }

  public Optional<WindowState> find(String windowCode) {
    return jdbc.sql("SELECT * FROM feedback_window_state WHERE window_code = :w").param("w", windowCode)
        .query((rs, n) -> new WindowState(rs.getString("window_code"), rs.getString("hall_code"),
            Screen.valueOf(rs.getString("state")), rs.getObject("ticket_id", UUID.class), rs.getString("ticket_number"),
            rs.getString("service_code"), rs.getString("staff_username"), rs.getString("token"),
            SqlTime.instant(rs, "changed_at"), rs.getLong("version")))
        .optional();
  }

  /**
   * Sets a window's screen, creating its row the first time. Events of one window may be handled at the
   * same time on several threads, so the row is created race-free ({@code ON CONFLICT DO NOTHING}) and an
   * event older than the screen's state changes nothing but the ticket's missing number or service.
   */
  public void put(String windowCode, String hallCode, Screen screen, UUID ticketId, String number, String service,
      String staff, String token, Instant at) {
    jdbc.sql("""
            INSERT INTO feedback_window_state (window_code, hall_code, state, changed_at, version)
            VALUES (:window, :hall, 'IDLE', :epoch, 0) ON CONFLICT DO NOTHING
            """)
        .param("window", windowCode).param("hall", hallCode).param("epoch", SqlTime.param(Instant.EPOCH))
        .update();
    int updated = jdbc.sql("""
            UPDATE feedback_window_state SET hall_code = :hall, state = :state, ticket_id = :ticket,
                   ticket_number = COALESCE(:number, CASE WHEN ticket_id = :ticket THEN ticket_number END),
                   service_code = COALESCE(:service, CASE WHEN ticket_id = :ticket THEN service_code END),
                   staff_username = :staff, token = :token, changed_at = :at, version = version + 1
             WHERE window_code = :window AND changed_at <= :at
            """)
        .param("hall", hallCode).param("state", screen.name()).param("ticket", ticketId).param("number", number)
        .param("service", service).param("staff", staff).param("token", token).param("at", SqlTime.param(at))
        .param("window", windowCode)
        .update();
    if (updated == 0 && ticketId != null && (number != null || service != null)) {
      // an older event of the same ticket arriving late still fills in what the newer one lacked
      jdbc.sql("""
              UPDATE feedback_window_state SET ticket_number = COALESCE(ticket_number, :number),
                     service_code = COALESCE(service_code, :service), version = version + 1
               WHERE window_code = :window AND ticket_id = :ticket
              """)
          .param("number", number).param("service", service).param("window", windowCode).param("ticket", ticketId)
          .update();
    }
    signals.signal(windowCode);
  }

  /** Back to idle once the waiting service was rated (or the device gave up on it). */
  public void idleIfRating(String windowCode, String token, Instant at) {
    jdbc.sql("""
            UPDATE feedback_window_state SET state = 'IDLE', token = NULL, changed_at = :at, version = version + 1
             WHERE window_code = :window AND state = 'RATING' AND token = :token
            """)
        .param("at", SqlTime.param(at)).param("window", windowCode).param("token", token).update();
    signals.signal(windowCode);
  }

  /** A ticket left without (further) service: its window's device goes back to idle. */
  public void idleForTicket(UUID ticketId, Instant at) {
    jdbc.sql("SELECT window_code FROM feedback_window_state WHERE ticket_id = :ticket AND state = 'SERVING'")
        .param("ticket", ticketId).query(String.class).list().forEach(signals::signal);
    jdbc.sql("""
            UPDATE feedback_window_state SET state = 'IDLE', token = NULL, changed_at = :at, version = version + 1
             WHERE ticket_id = :ticket AND state = 'SERVING'
            """)
        .param("at", SqlTime.param(at)).param("ticket", ticketId).update();
  }
}
