package org.servicewindow.queue.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The embedded database's carrier: one process. A hall's lock is held from taking the sequence number
 * until the call has been delivered after commit, so deliveries happen in sequence order.
 */
class InProcessHallEvents implements HallEvents {

  private final Tickets tickets;
  private final HallBoards boards;
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  InProcessHallEvents(Tickets tickets, HallBoards boards) {
    this.tickets = tickets;
    this.boards = boards;
  }

  @Override
  public Tickets.CallRecord announce(UUID ticketId, String hall, String number, String service, String window,
      String staff, Instant at, boolean recall) {
    ReentrantLock lock = locks.computeIfAbsent(hall, h -> new ReentrantLock());
    lock.lock();
    Tickets.CallRecord call;
    try {
      call = new Tickets.CallRecord(tickets.nextBoardSeq(hall), hall, number, service, window, at, recall);
      tickets.recordCall(call, ticketId, staff);
    } catch (RuntimeException e) {
      lock.unlock();
      throw e;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        boards.deliver(call);
      }

      @Override
      public void afterCompletion(int status) {
        lock.unlock();
      }
    });
    return call;
  }
}
