package org.servicewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.identity.Actor;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fifty windows pressing "call next" while twenty kiosks issue: every ticket is called by exactly one
 * window, every number of every service is used once and none is skipped.
 */
@IntegrationTest
class QueueConcurrencyIntegrationTests {

  static final int WINDOWS = 50;
  static final int KIOSKS = 20;
  static final int TICKETS_PER_KIOSK = 25;

  @Autowired QueueManagement queue;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  @Test
  void everyTicketIsCalledExactlyOnceAndNumbersAreGapless() throws Exception {
    QueueFixture fixture = new QueueFixture(context);
    HallSetup hall = fixture.hall(WINDOWS, "社保业务", "医保业务", "公积金业务");
    List<Actor> staff = hall.windows().stream().map(w -> fixture.actor(hall.staffOfWindow().get(w))).toList();
    Actor kiosk = new Actor(Actor.Kind.DEVICE, "device:kiosk", "取号机", Set.of(org.servicewindow.identity.Role.DEVICE_KIOSK),
        null, hall.hall(), null);
    int total = KIOSKS * TICKETS_PER_KIOSK;

    ExecutorService pool = Executors.newFixedThreadPool(KIOSKS + WINDOWS);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger issuedCount = new AtomicInteger();
    Map<java.util.UUID, String> calledBy = new ConcurrentHashMap<>();
    List<String> doubleCalls = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> jobs = new ArrayList<>();
    for (int k = 0; k < KIOSKS; k++) {
      jobs.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < TICKETS_PER_KIOSK; i++) {
          String service = hall.services().get(i % hall.services().size());
          queue.issue(new QueueManagement.IssueRequest(hall.hall(), service, IssueChannel.KIOSK,
              i % 10 == 0 ? Priority.GREEN_CHANNEL : Priority.NORMAL, i % 10 == 0 ? "ELDERLY" : null, null), kiosk);
          issuedCount.incrementAndGet();
        }
        return null;
      }));
    }
    for (int w = 0; w < WINDOWS; w++) {
      String window = hall.windows().get(w);
      Actor operator = staff.get(w);
      jobs.add(pool.submit(() -> {
        start.await();
        while (true) {
          Optional<TicketView> called = queue.callNext(window, operator);
          if (called.isEmpty()) {
            if (issuedCount.get() >= total && calledBy.size() >= total) {
              return null;
            }
            if (issuedCount.get() >= total) {
              Thread.sleep(5);
              if (waiting(hall.hall()) == 0) {
                return null;
              }
            }
            Thread.sleep(2);
            continue;
          }
          if (calledBy.putIfAbsent(called.get().id(), window) != null) {
            doubleCalls.add(called.get().number());
          }
          queue.complete(called.get().id(), operator);
        }
      }));
    }
    start.countDown();
    for (Future<?> job : jobs) {
      job.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(doubleCalls).isEmpty();
    assertThat(calledBy).hasSize(total);
    List<Map<String, Object>> calls = jdbc.sql("""
            SELECT e.ticket_id, COUNT(*) AS n FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id
             WHERE t.hall_code = :hall AND e.type = 'CALLED' GROUP BY e.ticket_id
            """).param("hall", hall.hall()).query().listOfRows();
    assertThat(calls).hasSize(total).allSatisfy(row -> assertThat(((Number) row.get("n")).intValue()).isEqualTo(1));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket WHERE hall_code = :hall AND status <> 'COMPLETED'")
        .param("hall", hall.hall()).query(Long.class).single()).isZero();
    for (String service : hall.services()) {
      List<Integer> numbers = jdbc.sql("SELECT number FROM ticket WHERE hall_code = :hall AND service_code = :s ORDER BY number")
          .param("hall", hall.hall()).param("s", service).query(Integer.class).list();
      assertThat(numbers).as("numbers of %s", service).isEqualTo(java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList());
    }
    Set<Long> seqs = new HashSet<>(jdbc.sql("SELECT board_seq FROM ticket_event WHERE hall_code = :hall AND board_seq IS NOT NULL")
        .param("hall", hall.hall()).query(Long.class).list());
    assertThat(seqs).hasSize(total).allSatisfy(s -> assertThat(s).isBetween(1L, (long) total));
  }

  private long waiting(String hall) {
    return jdbc.sql("SELECT COUNT(*) FROM ticket WHERE hall_code = :hall AND status = 'WAITING'").param("hall", hall)
        .query(Long.class).single();
  }
}
