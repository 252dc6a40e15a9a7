package org.servicewindow.queue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL's carrier: the calling transaction sends {@code NOTIFY} (delivered only if it commits, in
 * commit order), and every node keeps one connection listening and hands what arrives to its boards. After
 * that connection was lost, the node replays from the database what its boards missed meanwhile.
 */
class PostgresHallEvents implements HallEvents, DisposableBean {

  static final String CHANNEL = "sw_queue_calls";
  private static final Logger log = LoggerFactory.getLogger(PostgresHallEvents.class);

  private final Tickets tickets;
  private final HallBoards boards;
  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final JsonMapper json;
  private final Thread listener;
  private volatile boolean running = true;

  PostgresHallEvents(Tickets tickets, HallBoards boards, JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
    this.tickets = tickets;
    this.boards = boards;
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.json = json;
    this.listener = new Thread(this::listen, "sw-queue-listen");
    this.listener.setDaemon(true);
    this.listener.start();
  }

  @Override
  public Tickets.CallRecord announce(UUID ticketId, String hall, String number, String service, String window,
      String staff, Instant at, boolean recall) {
    Tickets.CallRecord call = new Tickets.CallRecord(tickets.nextBoardSeq(hall), hall, number, service, window, at, recall);
    tickets.recordCall(call, ticketId, staff);
    String payload = json.writeValueAsString(java.util.Map.of("e", call.eventId(), "h", hall, "n", number,
        "s", service, "w", window, "t", at.toEpochMilli(), "r", recall));
    jdbc.sql("SELECT pg_notify('" + CHANNEL + "', :payload)").param("payload", payload).query().singleRow();
    return call;
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
          boards.catchUp();
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(5_000);
          if (notifications == null) {
            continue;
          }
          for (PGNotification n : notifications) {
            boards.deliver(parse(n.getParameter()));
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        log.warn("Lost the board notification connection; reconnecting: {}", e.getMessage());
        reconnected = true;
        sleep(1_000);
      }
    }
  }

  private Tickets.CallRecord parse(String payload) {
    JsonNode n = json.readTree(payload);
    return new Tickets.CallRecord(n.get("e").asLong(), n.get("h").asString(), n.get("n").asString(),
        n.get("s").asString(), n.get("w").asString(), Instant.ofEpochMilli(n.get("t").asLong()), n.get("r").asBoolean());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void destroy() {
    running = false;
    listener.interrupt();
  }
}
