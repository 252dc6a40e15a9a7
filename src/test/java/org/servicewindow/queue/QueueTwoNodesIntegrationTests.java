package org.servicewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicewindow.ServiceWindowApplication;
import org.servicewindow.SseClient;
import org.servicewindow.TestDatabase;
import org.servicewindow.TestSupport;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Two application nodes on one PostgreSQL database: a ticket called on node A is announced to a board
 * connected to node B (PostgreSQL NOTIFY), numbers issued on both nodes stay gapless, and window signals sent
 * on node A after their commit reach node B. The embedded
 * H2 database is single-node by design, so this runs on PostgreSQL only.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sw.notification.poll-enabled=false")
@Import(TestSupport.class)
class QueueTwoNodesIntegrationTests {

  @Autowired QueueManagement nodeA;
  @Autowired ApplicationContext context;
  @Autowired Environment environment;

  @Test
  void aCallOnOneNodeReachesTheBoardsOfTheOtherAndNumbersStayGapless() throws Exception {
    assumeTrue(TestDatabase.isPostgres(), "cross-node events need PostgreSQL");
    QueueFixture fixture = new QueueFixture(context);
    HallSetup hall = fixture.hall(1, "综合受理");
    Actor kiosk = new Actor(Actor.Kind.DEVICE, "device:k", "取号机", Set.of(Role.DEVICE_KIOSK), null, hall.hall(), null);

    try (ConfigurableApplicationContext nodeBContext = new SpringApplicationBuilder(ServiceWindowApplication.class).run(
        // A second node as production runs it: no demo profile, which would seed today's queue into
        // the fixture's hall.
        "--spring.profiles.active=second-node", "--server.port=0", "--spring.main.banner-mode=off", "--sw.notification.poll-enabled=false",
        "--sw.test.shared-database-url=" + environment.getProperty("spring.datasource.url"))) {
      QueueManagement nodeB = nodeBContext.getBean(QueueManagement.class);
      int portB = ((WebServerApplicationContext) nodeBContext).getWebServer().getPort();

      var first = nodeA.issue(new QueueManagement.IssueRequest(hall.hall(), hall.services().get(0), IssueChannel.KIOSK, null, null, null), kiosk);
      var second = nodeB.issue(new QueueManagement.IssueRequest(hall.hall(), hall.services().get(0), IssueChannel.KIOSK, null, null, null), kiosk);
      assertThat(first.number()).isEqualTo("A001");
      assertThat(second.number()).isEqualTo("A002");

      try (SseClient boardOnB = SseClient.resuming("http://localhost:" + portB + "/api/v1/halls/" + hall.hall() + "/events", null).connected()) {
        nodeA.callNext(hall.window(1), fixture.actor(hall.staff(1))).orElseThrow();
        var events = boardOnB.await(1, Duration.ofSeconds(5));
        assertThat(events).singleElement().satisfies(e -> assertThat(e.data()).contains("A001").contains(hall.window(1)));
      }

      // window signals: those of one transaction leave together after its commit, a rollback's never
      var heard = new java.util.concurrent.CopyOnWriteArrayList<String>();
      try (var subscription = nodeBContext.getBean(WindowSignals.class).subscribe(heard::add)) {
        var signalsA = context.getBean(WindowSignals.class);
        var transactions = context.getBean(org.springframework.transaction.support.TransactionTemplate.class);
        transactions.executeWithoutResult(t -> {
          signalsA.signal("SIG-1");
          signalsA.signal("SIG-2");
          signalsA.signal("SIG-3");
        });
        transactions.executeWithoutResult(t -> {
          signalsA.signal("SIG-ROLLED-BACK");
          t.setRollbackOnly();
        });
        signalsA.signal("SIG-4");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
            .until(() -> heard.containsAll(java.util.List.of("SIG-1", "SIG-2", "SIG-3", "SIG-4")));
        assertThat(heard).doesNotContain("SIG-ROLLED-BACK");
      }
    }
  }
}
