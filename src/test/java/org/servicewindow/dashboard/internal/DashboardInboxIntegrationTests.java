package org.servicewindow.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.feedback.EvaluationChannel;
import org.servicewindow.feedback.EvaluationSubmitted;
import org.servicewindow.feedback.SubjectKind;
import org.servicewindow.identity.Actor;
import org.servicewindow.queue.IssueChannel;
import org.servicewindow.queue.Priority;
import org.servicewindow.queue.QueueFixture;
import org.servicewindow.queue.QueueManagement;
import org.servicewindow.queue.TicketCalled;
import org.servicewindow.queue.TicketCompleted;
import org.servicewindow.queue.TicketIssued;
import org.servicewindow.queue.TicketServiceStarted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The events reach the rollups through the dashboard's inbox: only when the transaction that published them
 * commits, exactly once even with several drainers at work, and an event that cannot be applied is set aside
 * without holding up the ones behind it. Made-up events go into the inbox as the listener puts them there, so the
 * other modules' listeners never see them.
 */
@IntegrationTest
class DashboardInboxIntegrationTests {

  @Autowired DashboardInbox inbox;
  @Autowired ApplicationContext context;
  @Autowired QueueManagement queue;
  @Autowired TestAccounts accounts;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void aTicketIssuedInARolledBackTransactionNeverReachesTheRollups() {
    QueueFixture.HallSetup hall = new QueueFixture(context).hall(1, "业务");
    Actor staff = accounts.actor(hall.staff(1));
    var request = new QueueManagement.IssueRequest(hall.hall(), hall.services().get(0), IssueChannel.KIOSK,
        Priority.NORMAL, null, null);
    tx.executeWithoutResult(s -> {
      queue.issue(request, staff);
      s.setRollbackOnly();
    });
    queue.issue(request, staff);
    Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(issued(hall.hall())).as("the committed ticket only").isEqualTo(1));
    inbox.drain();
    assertThat(issued(hall.hall())).isEqualTo(1);
  }

  @Test
  void twoDrainersAtOnceApplyEveryEventExactlyOnce() throws Exception {
    String hall = "IB" + Long.toHexString(System.nanoTime() & 0xffffff);
    Instant base = LocalDate.of(2032, 5, 11).atTime(8, 30).atZone(ChinaTime.ZONE).toInstant();
    int tickets = 70;
    List<Object> issued = new ArrayList<>();
    List<Object> later = new ArrayList<>();
    long waitSeconds = 0;
    int ratings = 0;
    for (int i = 0; i < tickets; i++) {
      UUID id = UUID.randomUUID();
      Instant at = base.plus(Duration.ofMinutes(i));
      Instant called = at.plus(Duration.ofSeconds(97L * i % 3000));
      waitSeconds += Duration.between(at, called).toSeconds();
      String window = hall + "-W" + i % 3;
      issued.add(new TicketIssued(id, hall, "S", "A" + i, Priority.NORMAL, at));
      later.add(new TicketCalled(id, hall, "S", "A" + i, window, "u" + i % 4, called, false));
      if (i % 4 == 0) {
        later.add(new TicketCalled(id, hall, "S", "A" + i, window, "u" + i % 4, called.plusSeconds(20), true));
      }
      later.add(new TicketServiceStarted(id, hall, window, "u" + i % 4, called.plusSeconds(60)));
      later.add(new TicketCompleted(id, hall, "S", window, "u" + i % 4, called.plusSeconds(400), "tok" + id));
      if (i % 3 == 0) {
        later.add(new EvaluationSubmitted(UUID.randomUUID(), SubjectKind.TICKET, id, 5, false, EvaluationChannel.QR,
            "U", hall, window, "u" + i % 4, "S", called.plusSeconds(500)));
        ratings++;
      }
    }
    List<Object> all = new ArrayList<>(issued);
    all.addAll(later);
    all.addAll(all.subList(0, 40)); // told twice: counted once
    long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM dash_inbox").query(Long.class).single();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> drainers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        drainers.add(threads.submit(() -> {
          go.await();
          int taken = 0;
          for (int n = inbox.drain(20); n > 0; n = inbox.drain(20)) {
            taken += n;
          }
          return taken;
        }));
      }
      // all rows become visible at once, when the publishing transaction commits
      tx.executeWithoutResult(s -> all.forEach(inbox::add));
      go.countDown();
      assertThat(drainers.get(0).get()).as("rows the first drainer took").isPositive();
      assertThat(drainers.get(1).get()).as("rows the second drainer took").isPositive();
    } finally {
      threads.shutdownNow();
    }
    long total = waitSeconds;
    int rated = ratings;
    Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
            SELECT SUM(issued), SUM(served), SUM(wait_count), SUM(wait_seconds), SUM(eval_5) FROM dash_day
             WHERE hall_code = :h""").param("h", hall)
        .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))).single())
        .containsExactly((long) tickets, (long) tickets, (long) tickets, total, (long) rated));
    assertThat(jdbc.sql("SELECT SUM(called) FROM dash_hour WHERE hall_code = :h").param("h", hall).query(Long.class)
        .single()).as("first calls, recalls not counted").isEqualTo(tickets);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM dash_inbox WHERE id > :before").param("before", before)
        .query(Long.class).single()).as("rows left in the inbox").isZero();
  }

  @Test
  void anEventThatCannotBeAppliedIsSetAsideAndTheRestGoOn() throws Exception {
    String hall = "IP" + Long.toHexString(System.nanoTime() & 0xffffff);
    Instant at = LocalDate.of(2032, 6, 1).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
    long failedBefore = inbox.failed();
    long first = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM dash_inbox").query(Long.class).single();
    jdbc.sql("INSERT INTO dash_inbox (kind, payload, received_at) VALUES ('TicketIssued', '{\"ticketId\": ', :at)")
        .param("at", org.servicewindow.common.SqlTime.param(at)).update();
    jdbc.sql("INSERT INTO dash_inbox (kind, payload, received_at) VALUES ('NoSuchEvent', '{}', :at)")
        .param("at", org.servicewindow.common.SqlTime.param(at)).update();
    // reads, but its rule fails in the database: a ticket must belong to a hall
    inbox.add(new TicketIssued(UUID.randomUUID(), null, "S", "A1", Priority.NORMAL, at));
    inbox.add(new TicketIssued(UUID.randomUUID(), hall, "S", "A2", Priority.NORMAL, at));
    try {
      Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
        inbox.drain();
        assertThat(issued(hall)).as("the event behind the failing ones").isEqualTo(1);
      });
      assertThat(inbox.failed() - failedBefore).isEqualTo(3);
      // the operator sees that some were set aside where the rollups are rebuilt
      String page = mvc.perform(get("/dashboard/rollups").with(as(accounts.actor("sysadmin"))))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
      assertThat(page).contains(inbox.failed() + " 个事件未能计入汇总");
      assertThat(jdbc.sql("SELECT error FROM dash_inbox WHERE id > :first AND failed_at IS NOT NULL ORDER BY id")
          .param("first", first).query(String.class).list())
          .satisfiesExactly(e -> assertThat(e).isNotBlank(), e -> assertThat(e).contains("NoSuchEvent"),
              e -> assertThat(e).isNotBlank());
    } finally {
      jdbc.sql("DELETE FROM dash_inbox WHERE id > :first AND failed_at IS NOT NULL").param("first", first).update();
    }
  }

  private long issued(String hall) {
    return jdbc.sql("SELECT COALESCE(SUM(issued), 0) FROM dash_day WHERE hall_code = :h").param("h", hall)
        .query(Long.class).single();
  }
}
