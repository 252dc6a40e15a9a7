package org.servicewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicewindow.SseClient;
import org.servicewindow.TestSupport;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Display boards over a real server: a call reaches a connected board as event {@code ticket-called}
 * with its announcement; a board that reconnects with Last-Event-ID gets exactly the calls it missed.
 */
@org.springframework.test.annotation.DirtiesContext // a context of its own: close it after, freeing its connections
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sw.notification.poll-enabled=false")
@Import(TestSupport.class)
class QueueBoardIntegrationTests {

  @LocalServerPort int port;
  @Autowired QueueManagement queue;
  @Autowired ApplicationContext context;

  @Test
  void aCallReachesTheBoardAndAReconnectingBoardGetsExactlyWhatItMissed() throws Exception {
    QueueFixture fixture = new QueueFixture(context);
    HallSetup hall = fixture.hall(3, "综合受理");
    Actor kiosk = new Actor(Actor.Kind.DEVICE, "device:k", "取号机", Set.of(Role.DEVICE_KIOSK), null, hall.hall(), null);
    for (int i = 0; i < 3; i++) {
      queue.issue(new QueueManagement.IssueRequest(hall.hall(), hall.services().get(0), IssueChannel.KIOSK, null, null, null), kiosk);
    }
    String url = "http://localhost:" + port + "/api/v1/halls/" + hall.hall() + "/events";

    String firstId;
    try (SseClient board = SseClient.resuming(url, null).connected()) {
      callAt(hall, 1);
      List<SseClient.Event> events = board.await(1, Duration.ofSeconds(5));
      assertThat(events).singleElement().satisfies(e -> {
        assertThat(e.name()).isEqualTo("ticket-called");
        assertThat(e.data()).contains("\"number\":\"A001\"").contains("\"windowCode\":\"" + hall.window(1) + "\"")
            .contains("\"windowName\":\"1号窗口\"").contains("请A001号到1号窗口办理").contains("+08:00");
      });
      firstId = events.get(0).id();
    }

    callAt(hall, 2);
    callAt(hall, 3);

    try (SseClient board = SseClient.resuming(url, firstId).connected()) {
      List<SseClient.Event> missed = board.await(2, Duration.ofSeconds(5));
      assertThat(missed).extracting(SseClient.Event::data)
          .satisfiesExactly(d -> assertThat(d).contains("A002"), d -> assertThat(d).contains("A003"));
      queue.issue(new QueueManagement.IssueRequest(hall.hall(), hall.services().get(0), IssueChannel.KIOSK, null, null, null), kiosk);
      queue.complete(queue.ticket(java.util.UUID.fromString(idOfCallAt(hall, 1))).id(), fixture.actor(hall.staff(1)));
      callAt(hall, 1);
      List<SseClient.Event> all = board.await(3, Duration.ofSeconds(5));
      Thread.sleep(300);
      assertThat(board.await(3, Duration.ZERO)).hasSize(3);
      assertThat(all.get(2).data()).contains("A004");
      assertThat(all).extracting(SseClient.Event::id).doesNotHaveDuplicates();
    }
  }

  private final java.util.Map<String, String> currentAt = new java.util.HashMap<>();

  private void callAt(HallSetup hall, int window) {
    Actor staff = new QueueFixture(context).actor(hall.staff(window));
    TicketView called = queue.callNext(hall.window(window), staff).orElseThrow();
    currentAt.put(hall.window(window), called.id().toString());
  }

  private String idOfCallAt(HallSetup hall, int window) {
    return currentAt.get(hall.window(window));
  }
}
