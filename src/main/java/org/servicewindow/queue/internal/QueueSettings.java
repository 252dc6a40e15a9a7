package org.servicewindow.queue.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How the queue behaves in each hall; halls without settings use the defaults. Every "call next" reads them, so
 * they are kept for {@link HallDirectory#FRESH}: a change is seen at once on the node that saved it, on the others
 * within that time.
 */
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

  private record Kept(Settings settings, Instant until) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  QueueSettings(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Settings of(String hall) {
    Instant now = clock.instant();
    Kept k = kept.get(hall);
    if (k != null && k.until().isAfter(now)) {
      return k.settings();
    }
    Settings settings = find(hall).orElse(Settings.defaults(hall));
    if (!TransactionSynchronizationManager.hasResource(this)) { // never keep what a transaction has not committed
      kept.put(hall, new Kept(settings, now.plus(HallDirectory.FRESH)));
    }
    return settings;
  }

  public Optional<Settings> find(String hall) {
    return jdbc.sql("SELECT * FROM queue_settings WHERE hall_code = :hall").param("hall", hall)
        .query((rs, n) -> new Settings(rs.getString("hall_code"), rs.getInt("max_recalls"), rs.getInt("green_cap"),
            rs.getInt("call_timeout_min"), rs.getString("notice")))
        .optional();
  }

  public void save(Settings s) {
    forget(s.hallCode());
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

  /**
   * Drops the kept settings now and, inside a transaction, once more when it ends (a read by another thread meanwhile
   * kept the old ones); reads inside that transaction keep nothing, since it may still roll back.
   */
  private void forget(String hall) {
    kept.remove(hall);
    if (TransactionSynchronizationManager.isSynchronizationActive() && !TransactionSynchronizationManager.hasResource(this)) {
      TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(QueueSettings.this);
          kept.remove(hall);
        }
      });
    }
  }
}
