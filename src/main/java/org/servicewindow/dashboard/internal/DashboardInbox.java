package org.servicewindow.dashboard.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.servicewindow.common.SqlTime;
import org.servicewindow.feedback.EvaluationSubmitted;
import org.servicewindow.queue.TicketCalled;
import org.servicewindow.queue.TicketClosedUnserved;
import org.servicewindow.queue.TicketCompleted;
import org.servicewindow.queue.TicketIssued;
import org.servicewindow.queue.TicketServiceStarted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's inbox ({@code dash_inbox}): events the rollups count are stored in the transaction that
 * published them and applied here in batches — one transaction and one write of the rollups per batch instead of
 * one per event. Rows are taken with {@code FOR UPDATE SKIP LOCKED}, so several nodes drain side by side; each
 * event still claims its own key ({@link Rollups}), so it counts once whoever applies it.
 */
@Component
public class DashboardInbox {

  private static final Logger log = LoggerFactory.getLogger(DashboardInbox.class);

  /** A row as stored: the event's simple class name and the event as JSON. */
  private record Row(long id, String kind, String payload) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Rollups rollups;
  private final LiveHallStreams live;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final int batchSize;
  private final Map<String, Class<?>> kinds = new HashMap<>();

  DashboardInbox(JdbcClient jdbc, JsonMapper json, Rollups rollups, LiveHallStreams live, TransactionTemplate tx,
      Clock clock, @Value("${sw.dashboard.inbox-batch:500}") int batchSize) {
    this.jdbc = jdbc;
    this.json = json;
    this.rollups = rollups;
    this.live = live;
    this.tx = tx;
    this.clock = clock;
    this.batchSize = batchSize;
    rollups.kinds().forEach(k -> kinds.put(k.getSimpleName(), k));
  }

  /** Stores an event in the caller's transaction (outside one, at once). */
  void add(Object event) {
    jdbc.sql("INSERT INTO dash_inbox (kind, payload, received_at) VALUES (:kind, :payload, :at)")
        .param("kind", event.getClass().getSimpleName()).param("payload", json.writeValueAsString(event))
        .param("at", SqlTime.param(clock.instant())).update();
  }

  @Scheduled(fixedDelayString = "${sw.dashboard.inbox-interval:PT0.5S}")
  void scheduled() {
    drain();
  }

  /** Applies what waits in the inbox, batch after batch until one comes back short; the number of rows taken. */
  public int drain() {
    return drain(batchSize);
  }

  int drain(int limit) {
    int total = 0;
    int taken;
    do {
      taken = batch(limit);
      total += taken;
    } while (taken == limit);
    return total;
  }

  /** Events set aside because they could not be applied (the rollups page shows their number). */
  public long failed() {
    return jdbc.sql("SELECT COUNT(*) FROM dash_inbox WHERE failed_at IS NOT NULL").query(Long.class).single();
  }

  /**
   * One batch in one transaction, then the live views of its halls are told. Should the batch fail for a reason of
   * its rows rather than of the database, its rows are taken again one by one, so the failing one is set aside.
   */
  private int batch(int limit) {
    Set<String> halls = new TreeSet<>();
    int taken;
    try {
      taken = tx.execute(s -> {
        List<Row> rows = take(limit);
        List<Object> events = new ArrayList<>(rows.size());
        for (Row row : rows) {
          events.add(event(row));
        }
        rollups.applyAll(events);
        delete(rows.stream().map(Row::id).toList());
        events.forEach(e -> tell(e, halls));
        return rows.size();
      });
    } catch (RuntimeException e) {
      if (retryLater(e)) {
        log.info("dashboard inbox: batch rolled back, tried again next time ({})", e.toString());
        return 0;
      }
      halls.clear();
      taken = oneByOne(limit, halls);
    }
    halls.forEach(live::changed);
    return taken;
  }

  private int oneByOne(int limit, Set<String> halls) {
    int taken = 0;
    while (taken < limit) {
      long[] id = {-1};
      try {
        Object event = tx.execute(s -> {
          List<Row> rows = take(1);
          if (rows.isEmpty()) {
            return null;
          }
          id[0] = rows.get(0).id();
          Object e = event(rows.get(0));
          rollups.applyAll(List.of(e));
          delete(List.of(id[0]));
          return e;
        });
        if (event == null) {
          break;
        }
        tell(event, halls);
      } catch (RuntimeException e) {
        if (id[0] < 0 || retryLater(e)) {
          log.info("dashboard inbox: tried again next time ({})", e.toString());
          break;
        }
        log.error("dashboard inbox: event {} cannot be applied; set aside (dash_inbox.failed_at)", id[0], e);
        jdbc.sql("UPDATE dash_inbox SET failed_at = :at, error = :error WHERE id = :id")
            .param("at", SqlTime.param(clock.instant())).param("id", id[0])
            .param("error", e.toString().substring(0, Math.min(1000, e.toString().length()))).update();
      }
      taken++;
    }
    return taken;
  }

  private List<Row> take(int limit) {
    return jdbc.sql("SELECT id, kind, payload FROM dash_inbox WHERE failed_at IS NULL ORDER BY id LIMIT " + limit
            + " FOR UPDATE SKIP LOCKED")
        .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("kind"), rs.getString("payload"))).list();
  }

  private void delete(List<Long> ids) {
    if (!ids.isEmpty()) {
      jdbc.sql("DELETE FROM dash_inbox WHERE id IN (:ids)").param("ids", ids).update();
    }
  }

  private Object event(Row row) {
    Class<?> kind = kinds.get(row.kind());
    if (kind == null) {
      throw new IllegalStateException("no event kind " + row.kind());
    }
    return json.readValue(row.payload(), kind);
  }

  /** Live views show tickets and ratings of their hall (a rating without a hall shows nowhere). */
  private static void tell(Object e, Set<String> halls) {
    String hall = e instanceof TicketIssued x ? x.hallCode()
        : e instanceof TicketCalled x ? x.hallCode()
        : e instanceof TicketServiceStarted x ? x.hallCode()
        : e instanceof TicketCompleted x ? x.hallCode()
        : e instanceof TicketClosedUnserved x ? x.hallCode()
        : e instanceof EvaluationSubmitted x ? x.hallCode()
        : null;
    if (hall != null) {
      halls.add(hall);
    }
  }

  /** Failures of the database or of concurrency (a deadlock, a lock timeout), not of the rows: try again later. */
  private static boolean retryLater(RuntimeException e) {
    // a transaction marked rollback-only by something inside it is the rows' failure: taken one by one, set aside
    return !(e instanceof UnexpectedRollbackException) && (e instanceof TransientDataAccessException
        || e instanceof RecoverableDataAccessException || e instanceof DataAccessResourceFailureException
        || e instanceof TransactionException);
  }
}
