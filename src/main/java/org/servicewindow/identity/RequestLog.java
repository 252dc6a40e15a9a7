package org.servicewindow.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The request log's group commit. A request hands its audit row over and waits until the row is stored; one
 * writer thread stores everything that queued up meanwhile in one transaction. Under load — hundreds of state
 * changes a second, each with its row — one commit per request becomes one per batch, and nothing is given up:
 * a request still finishes only once its row is durable, or fails as it would have on its own. Whenever the
 * writer is not there to do it (the context is closing, the thread died) a request stores its row itself.
 */
@Component
class RequestLog implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(RequestLog.class);
  private static final int MAX_BATCH = 500;

  private record Pending(AuditTrail.Stamped entry, CompletableFuture<Void> stored) {}

  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean running = true;

  RequestLog(AuditTrail audit, TransactionTemplate transactions) {
    this.audit = audit;
    this.transactions = transactions;
    this.writer = new Thread(this::write, "sw-request-log");
    writer.setDaemon(true);
    writer.start();
  }

  /** Stores the entry, returning once it is committed; throws what storing it threw. */
  void append(AuditTrail.Stamped entry) {
    Pending pending = new Pending(entry, new CompletableFuture<>());
    queue.add(pending);
    while (true) {
      try {
        pending.stored().get(1, TimeUnit.SECONDS);
        return;
      } catch (TimeoutException e) {
        if ((!running || !writer.isAlive()) && queue.remove(pending)) {
          audit.insertAll(List.of(entry)); // nobody will take it: store it here
          return;
        }
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while storing the request's audit row", e);
      }
    }
  }

  private void write() {
    List<Pending> batch = new ArrayList<>();
    while (running || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        store(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      } catch (Throwable e) { // the thread must outlive any failure, or requests would wait for it in vain
        log.error("The request log's writer failed; its batch fails with it", e);
        batch.forEach(p -> p.stored().completeExceptionally(e));
      } finally {
        batch.clear();
      }
    }
  }

  /**
   * One transaction for the batch. Should it fail because of a row, each row is tried on its own, so one bad row
   * fails only its request; should the database be out of reach, the batch fails at once, as each request would.
   */
  private void store(List<Pending> batch) {
    try {
      transactions.executeWithoutResult(s -> audit.insertAll(batch.stream().map(Pending::entry).toList()));
      batch.forEach(p -> p.stored().complete(null));
    } catch (DataAccessResourceFailureException | CannotCreateTransactionException | TransientDataAccessException
             unreachable) {
      batch.forEach(p -> p.stored().completeExceptionally(unreachable));
    } catch (RuntimeException batchFailed) {
      for (Pending p : batch) {
        try {
          audit.insertAll(List.of(p.entry()));
          p.stored().complete(null);
        } catch (RuntimeException e) {
          log.warn("Could not store the audit row of {} {}: {}", p.entry().entry().httpMethod(),
              p.entry().entry().path(), e.toString());
          p.stored().completeExceptionally(e);
        }
      }
    }
  }

  @Override
  public void destroy() throws InterruptedException {
    running = false;
    writer.join(5_000);
  }
}
