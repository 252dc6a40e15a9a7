package org.servicewindow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.servicewindow.ServiceWindowApplication;
import org.servicewindow.SseClient;
import org.servicewindow.TestDatabase;
import org.servicewindow.TestSupport;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.servicewindow.queue.TicketView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The evaluator device follows its window live (SSE): idle → serving → rating → idle, pushed as the
 * queue's events change the window's screen. On PostgreSQL the device is connected to a second app node
 * while the ticket is handled on the first, so the push crosses nodes (the queue's {@code WindowSignals}
 * over NOTIFY); the embedded H2 database is single-node by design, so there both are the same node.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"sw.notification.poll-enabled=false", "sw.feedback.evaluator-gap=0s",
    "sw.feedback.evaluator-heartbeat=PT1S"})
@Import(TestSupport.class)
class FeedbackEvaluatorStreamIntegrationTests {

  static final Duration WAIT = Duration.ofSeconds(10);

  @Autowired ApplicationContext context;
  @Autowired Environment environment;
  @LocalServerPort int port;

  @Test
  void theDeviceIsToldOfEveryChangeOfItsWindowOnWhicheverNodeItIsConnectedTo() throws Exception {
    FeedbackFixture fixture = new FeedbackFixture(context);
    HallSetup hall = fixture.hall(2, "不动产登记");
    String device = fixture.evaluatorToken(hall.hall(), hall.window(1));
    String otherDevice = fixture.evaluatorToken(hall.hall(), hall.window(2));

    ConfigurableApplicationContext nodeB = TestDatabase.isPostgres() ? secondNode() : null;
    try {
      int devicePort = nodeB == null ? port : ((WebServerApplicationContext) nodeB).getWebServer().getPort();
      String url = "http://localhost:" + devicePort + "/api/v1/evaluator/events";
      try (SseClient stream = SseClient.withBearer(url, device); SseClient other = SseClient.withBearer(url, otherDevice)) {
        assertThat(stream.status()).isEqualTo(200);
        stream.await(e -> e.name().equals("screen") && e.data().contains("\"screen\":\"IDLE\""), WAIT);

        TicketView serving = fixture.serving(hall, 1);
        var servingEvent = stream.await(e -> e.data().contains("\"screen\":\"SERVING\"")
            && e.data().contains("\"ticketNumber\":\"" + serving.number() + "\""), WAIT);
        assertThat(servingEvent.data()).contains("测试人员1").contains("不动产登记");

        String token = fixture.complete(hall, 1, serving.id());
        var ratingEvent = stream.await(e -> e.data().contains("\"screen\":\"RATING\""), WAIT);
        assertThat(ratingEvent.data()).contains("\"token\":\"" + token + "\"");
        assertThat(Long.parseLong(ratingEvent.id())).isGreaterThan(Long.parseLong(servingEvent.id()));

        HttpResponse<String> rated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/evaluations"))
            .header("Authorization", "Bearer " + device).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\",\"level\":5,\"channel\":\"EVALUATOR\"}"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rated.statusCode()).isEqualTo(201);
        stream.await(e -> e.data().contains("\"screen\":\"IDLE\"") && Long.parseLong(e.id()) > Long.parseLong(ratingEvent.id()), WAIT);

        // the other window's device only ever heard of its own (idle) window
        assertThat(other.events()).isNotEmpty().allSatisfy(e -> {
          assertThat(e.data()).contains("\"windowCode\":\"" + hall.window(2) + "\"");
          assertThat(e.data()).doesNotContain(token);
        });
      }
    } finally {
      if (nodeB != null) {
        nodeB.close();
      }
    }
  }

  /**
   * A screen that moved on without a signal reaching this node (one lost with a node that died right after its
   * commit) still reaches the device: the keep-alive compares versions and pushes it.
   */
  @Test
  void aChangeWhoseSignalWasLostArrivesWithTheNextKeepAlive() throws Exception {
    FeedbackFixture fixture = new FeedbackFixture(context);
    HallSetup hall = fixture.hall(1, "公积金提取");
    String device = fixture.evaluatorToken(hall.hall(), hall.window(1));
    try (SseClient stream = SseClient.withBearer("http://localhost:" + port + "/api/v1/evaluator/events", device)) {
      stream.await(e -> e.name().equals("screen") && e.data().contains("\"screen\":\"IDLE\""), WAIT);
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      jdbc.sql("""
              INSERT INTO feedback_window_state (window_code, hall_code, state, changed_at, version)
              VALUES (:w, :h, 'IDLE', CURRENT_TIMESTAMP, 0) ON CONFLICT DO NOTHING""")
          .param("w", hall.window(1)).param("h", hall.hall()).update();
      // written behind the signals' back: no NOTIFY, no in-process signal
      jdbc.sql("""
              UPDATE feedback_window_state SET state = 'RATING', token = 'lost-signal-token', version = version + 1
               WHERE window_code = :w""")
          .param("w", hall.window(1)).update();
      stream.await(e -> e.name().equals("screen") && e.data().contains("lost-signal-token"), WAIT);
    }
  }

  @Test
  void onlyAnEvaluatorDeviceMayListen() throws Exception {
    FeedbackFixture fixture = new FeedbackFixture(context);
    HallSetup hall = fixture.hall(1, "社保登记");
    String url = "http://localhost:" + port + "/api/v1/evaluator/events";
    try (SseClient anonymous = SseClient.withBearer(url, null);
        SseClient staff = SseClient.withBearer(url, fixture.token(hall.staff(1)));
        SseClient caller = SseClient.withBearer(url, fixture.callerToken(hall.hall(), hall.window(1)));
        SseClient forged = SseClient.withBearer(url, "forged-token")) {
      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(staff.status()).isEqualTo(403);
      assertThat(caller.status()).isEqualTo(403);
      assertThat(forged.status()).isEqualTo(401);
    }
  }

  private ConfigurableApplicationContext secondNode() {
    return new SpringApplicationBuilder(ServiceWindowApplication.class).run(
        "--spring.profiles.active=second-node", "--server.port=0", "--spring.main.banner-mode=off",
        "--sw.notification.poll-enabled=false",
        "--sw.test.shared-database-url=" + environment.getProperty("spring.datasource.url"));
  }
}
