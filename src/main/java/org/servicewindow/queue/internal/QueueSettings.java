package org.servicewindow.queue.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How the queue behaves in each hall; halls without settings use the defaults. */
@Repository
public class QueueSettings {

  /**
   * @param maxRecalls recalls before a called citizen who does not come is skipped as a no-show
   * @param greenCap green-channel tickets a window calls in a row before it takes a normal one that waits
   * @param callTimeoutMinutes minutes a called ticket may wait for its citizen before it becomes a no-show
   * @param notice the line the display board scrolls
   */
  public record Settings(String hallCode, int maxRecalls, int greenCap, int callTimeoutMinutes, String notice) {
    public static Settings defaults(String hall) {
      return new Settings(hall, 2, 3, 5, null);
    }
  }

  private final JdbcClient jdbc;

  QueueSettings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Settings of(String hall) {
    return find(hall).orElse(Settings.defaults(hall));
  }

  public Optional<Settings> find(String hall) {
    return jdbc.sql("SELECT * FROM queue_settings WHERE hall_code = :hall").param("hall", hall)
        .query((rs, n) -> new Settings(rs.getString("hall_code"), rs.getInt("max_recalls"), rs.getInt("green_cap"),
            rs.getInt("call_timeout_min"), rs.getString("notice")))
        .optional();
  }

  public void save(Settings s) {
    int updated = jdbc.sql("""
            UPDATE queue_settings SET max_recalls = :recalls, green_cap = :cap, call_timeout_min = :timeout, notice = :notice
             WHERE hall_code = :hall
            """)
        .param("recalls", s.maxRecalls()).param("cap", s.greenCap()).param("timeout", s.callTimeoutMinutes())
        .param("notice", s.notice()).param("hall", s.hallCode()).update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO queue_settings (hall_code, max_recalls, green_cap, call_timeout_min, notice)
              VALUES (:hall, :recalls, :cap, :timeout, :notice)
              """)
          .param("recalls", s.maxRecalls()).param("cap", s.greenCap()).param("timeout", s.callTimeoutMinutes())
          .param("notice", s.notice()).param("hall", s.hallCode()).update();
    }
  }
}
