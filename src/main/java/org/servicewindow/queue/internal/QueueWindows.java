package org.servicewindow.queue.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each window's calling state: open or paused (with why), the ticket at it, its green-channel streak. */
@Repository
public class QueueWindows {

  public enum State {
    OPEN,
    PAUSED
  }

  public record WindowState(String windowCode, String hallCode, State state, String pauseReason,
      UUID currentTicketId, int greenStreak, Instant changedAt) {}

  private final JdbcClient jdbc;

  QueueWindows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Reads a window's state and locks it for the rest of the transaction, creating it on first use: two
   * presses of the same caller are handled one after the other.
   */
  public WindowState lock(String window, String hall, Instant now) {
    Optional<WindowState> state = jdbc.sql("SELECT * FROM queue_window WHERE window_code = :w FOR UPDATE")
        .param("w", window).query(QueueWindows::row).optional();
    if (state.isPresent()) {
      return state.get();
    }
    jdbc.sql("""
            INSERT INTO queue_window (window_code, hall_code, state, green_streak, changed_at)
            VALUES (:w, :h, 'OPEN', 0, :now) ON CONFLICT DO NOTHING
            """)
        .param("w", window).param("h", hall).param("now", SqlTime.param(now)).update();
    return lock(window, hall, now);
  }

  public Optional<WindowState> find(String window) {
    return jdbc.sql("SELECT * FROM queue_window WHERE window_code = :w").param("w", window).query(QueueWindows::row).optional();
  }

  public List<WindowState> ofHall(String hall) {
    return jdbc.sql("SELECT * FROM queue_window WHERE hall_code = :h").param("h", hall).query(QueueWindows::row).list();
  }

  public void save(WindowState s) {
    jdbc.sql("""
            UPDATE queue_window SET state = :state, pause_reason = :reason, current_ticket_id = :current,
                   green_streak = :streak, changed_at = :changed
             WHERE window_code = :w
            """)
        .param("state", s.state().name()).param("reason", s.pauseReason()).param("current", s.currentTicketId())
        .param("streak", s.greenStreak()).param("changed", SqlTime.param(s.changedAt())).param("w", s.windowCode())
        .update();
  }

  private static WindowState row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new WindowState(rs.getString("window_code"), rs.getString("hall_code"), State.valueOf(rs.getString("state")),
        rs.getString("pause_reason"), rs.getObject("current_ticket_id", UUID.class), rs.getInt("green_streak"),
        SqlTime.instant(rs, "changed_at"));
  }
}
