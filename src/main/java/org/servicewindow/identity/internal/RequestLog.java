package org.servicewindow.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.servicewindow.identity.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The request log's group commit. A request hands its audit row over and waits until the row is stored; one
 * writer thread stores everything that queued up meanwhile in one transaction. Under load — hundreds of state
 * changes a second, each with its row — one commit per request becomes one per batch, and nothing is given up:
 * a request still finishes only once its row is durable. When the writer is not running (the context is
 * closing) a request stores its row itself.
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

  /** Stores the entry, returning once it is committed. */
  void append(AuditTrail.Stamped entry) {
    if (!running) {
      audit.insertAll(List.of(entry));
      return;
    }
    Pending pending = new Pending(entry, new CompletableFuture<>());
    queue.add(pending);
    pending.stored().join();
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
      } finally {
        batch.clear();
      }
    }
  }

  /** One transaction for the batch; should it fail, each row on its own, so one bad row fails only its request. */
  private void store(List<Pending> batch) {
    try {
      transactions.executeWithoutResult(s -> audit.insertAll(batch.stream().map(Pending::entry).toList()));
      batch.forEach(p -> p.stored().complete(null));
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
    // anything that raced in after the writer's last look
    List<Pending> rest = new ArrayList<>();
    queue.drainTo(rest);
    if (!rest.isEmpty()) {
      store(rest);
    }
  }
}
