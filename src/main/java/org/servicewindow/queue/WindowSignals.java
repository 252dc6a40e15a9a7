package org.servicewindow.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashSet;
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
 * connected to them. On PostgreSQL the signals of all transactions that committed meanwhile leave together as
 * one {@code NOTIFY} on a channel of their own, sent by one thread outside those transactions: a transaction
 * that notifies holds PostgreSQL's notification lock through its commit, which would put every start and
 * completion at the counters in single file. On the embedded H2 they are heard in-process after the commit.
 * A signal carries only window codes: subscribers read the current state themselves, so signals may be merged
 * or arrive out of order. After a lost listening connection the node hears {@link #EVERY_WINDOW} once,
 * meaning "re-read them all"; a signal lost with a node that died between a commit and its send is made good
 * by the subscribers' own periodic look (feedback's evaluator streams compare versions).
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
  /** PostgreSQL's payload limit is 8000 bytes; window codes are ASCII letters, digits and dashes (no commas). */
  private static final int MAX_PAYLOAD = 7_500;
  private static final Logger log = LoggerFactory.getLogger(WindowSignals.class);

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final boolean postgres;
  private final Set<Consumer<String>> subscribers = new CopyOnWriteArraySet<>();
  private final BlockingQueue<String> pending = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>();
  private final Thread dispatcher;
  private final Thread listener;
  private final Thread sender;
  private volatile boolean running = true;

  WindowSignals(JdbcClient jdbc, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    try (Connection c = dataSource.getConnection()) {
      this.postgres = "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
    }
    this.dispatcher = daemon(this::dispatch, "sw-window-signals");
    this.listener = postgres ? daemon(this::listen, "sw-window-signals-listen") : null;
    this.sender = postgres ? daemon(this::send, "sw-window-signals-send") : null;
  }

  /**
   * Signals that the devices of {@code windowCode} should show something new. Inside a transaction it is
   * heard after the commit (never after a rollback); outside one at once.
   */
  public void signal(String windowCode) {
    if (windowCode == null) {
      return;
    }
    BlockingQueue<String> to = postgres ? outgoing : pending;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          to.add(windowCode);
        }
      });
    } else {
      to.add(windowCode);
    }
  }

  /** Sends what committed meanwhile as one notification (several when they would not fit in one payload). */
  private void send() {
    while (running) {
      Set<String> windows = new LinkedHashSet<>();
      try {
        windows.add(outgoing.take());
        outgoing.drainTo(windows);
        StringBuilder payload = new StringBuilder();
        for (String window : windows) {
          if (!payload.isEmpty() && payload.length() + window.length() + 1 > MAX_PAYLOAD) {
            notify(payload.toString());
            payload.setLength(0);
          }
          payload.append(payload.isEmpty() ? "" : ",").append(window);
        }
        notify(payload.toString());
      } catch (InterruptedException e) {
        return;
      } catch (Throwable e) { // kept alive, and the signals kept for the next try (a database that is back)
        log.warn("Could not send window signals; trying again: {}", e.toString());
        outgoing.addAll(windows);
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
  }

  private void notify(String windows) {
    jdbc.sql("SELECT pg_notify('" + CHANNEL + "', :windows)").param("windows", windows).query().singleRow();
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
              pending.addAll(Arrays.asList(n.getParameter().split(",")));
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
      sender.interrupt();
    }
  }
}
