package org.servicewindow.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * "What a window's devices show has changed" for every app node: the module that keeps a window device's
 * state (feedback's evaluator screen) signals the window inside the transaction that changed the state,
 * and every node's subscribers hear it once that transaction commits, to push the new state to the devices
 * connected to them. Same carrier as the hall events of the boards (PostgreSQL {@code NOTIFY} on a channel
 * of its own, delivered on commit to every listening node; in-process after commit on the embedded H2),
 * kept in a file of its own so the boards' call numbering is not touched. A signal carries only the window
 * code: subscribers read the current state themselves, so signals may be merged or arrive out of order.
 * After a lost listening connection the node hears {@link #EVERY_WINDOW} once, meaning "re-read them all".
 */
@Component
public class WindowSignals implements DisposableBean {

  /** The window code of the signal sent after a gap in which signals may have been missed. */
  public static final String EVERY_WINDOW = "*";

  /** Ends a subscription. */
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  static final String CHANNEL = "sw_window_signals";
  private static final Logger log = LoggerFactory.getLogger(WindowSignals.class);

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final boolean postgres;
  private final Set<Consumer<String>> subscribers = new CopyOnWriteArraySet<>();
  private final BlockingQueue<String> pending = new LinkedBlockingQueue<>();
  private final Thread dispatcher;
  private final Thread listener;
  private volatile boolean running = true;

  WindowSignals(JdbcClient jdbc, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    try (Connection c = dataSource.getConnection()) {
      this.postgres = "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
    }
    this.dispatcher = daemon(this::dispatch, "sw-window-signals");
    this.listener = postgres ? daemon(this::listen, "sw-window-signals-listen") : null;
  }

  /**
   * Signals that the devices of {@code windowCode} should show something new. Inside a transaction it is
   * heard after the commit (never after a rollback); outside one at once.
   */
  public void signal(String windowCode) {
    if (windowCode == null) {
      return;
    }
    if (postgres) {
      // NOTIFY is transactional: delivered to every listening node on commit, dropped on rollback
      jdbc.sql("SELECT pg_notify('" + CHANNEL + "', :window)").param("window", windowCode).query().singleRow();
    } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          pending.add(windowCode);
        }
      });
    } else {
      pending.add(windowCode);
    }
  }

  /**
   * Hears the signals of every window on this node (on one thread of its own, in the order they came);
   * {@code listener} should hand anything slow to a thread of its own.
   */
  public Subscription subscribe(Consumer<String> listener) {
    subscribers.add(listener);
    return () -> subscribers.remove(listener);
  }

  private void dispatch() {
    while (running) {
      try {
        String window = pending.take();
        for (Consumer<String> s : subscribers) {
          try {
            s.accept(window);
          } catch (RuntimeException e) {
            log.warn("A window signal subscriber failed: {}", e.toString());
          }
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void listen() {
    boolean reconnected = false;
    while (running) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + CHANNEL);
        }
        if (reconnected) {
          pending.add(EVERY_WINDOW);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(5_000);
          if (notifications != null) {
            for (PGNotification n : notifications) {
              pending.add(n.getParameter());
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        log.warn("Lost the window signal connection; reconnecting: {}", e.getMessage());
        reconnected = true;
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
  }

  private static Thread daemon(Runnable body, String name) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  @Override
  public void destroy() {
    running = false;
    dispatcher.interrupt();
    if (listener != null) {
      listener.interrupt();
    }
  }
}
