package org.servicewindow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.RecordingGateway;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.notification.internal.Dispatcher;
import org.servicewindow.notification.internal.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@RecordApplicationEvents
class NotificationIntegrationTests {

  @Autowired ApplicationEvents events;

  @Autowired Notifications notifications;
  @Autowired Dispatcher dispatcher;
  @Autowired Outbox outbox;
  @Autowired RecordingGateway wechat;
  @Autowired TransactionTemplate transactions;
  @Autowired TestClock clock;
  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @AfterEach
  void reset() {
    clock.reset();
    wechat.failNext(0);
  }

  @Test
  void aMessageIsRenderedInTheRecipientsLanguageAndDeliveredOnce() {
    String openId = "wx-" + UUID.randomUUID();
    UUID id = queue(Notification.of(Channel.WECHAT, openId, "test", "test:1"));
    assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.PENDING);

    dispatcher.dispatchDue();
    dispatcher.dispatchDue();

    assertThat(wechat.sentTo(openId)).singleElement()
        .satisfies(m -> assertThat(m.subject()).isEqualTo("窗口服务平台测试消息"));
    assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
    assertThat(outbox.attempts(id)).extracting(Outbox.Attempt::outcome).containsExactly("SENT");
  }

  @Test
  void aChannelWithoutAGatewayIsRecordedAsSimulatedNotDropped() {
    UUID id = queue(Notification.of(Channel.SMS, "13800001111", "test", "test:2"));
    dispatcher.dispatchDue();
    Outbox.Entry entry = outbox.find(id).orElseThrow();
    assertThat(entry.status()).isEqualTo(Outbox.Status.SIMULATED);
    assertThat(entry.body()).contains("测试消息");
  }

  @Test
  void failuresAreRetriedWithGrowingWaitsThenGivenUpAndAnnounced() {
    String openId = "wx-" + UUID.randomUUID();
    UUID id = queue(Notification.of(Channel.WECHAT, openId, "test", "case:retry"));
    wechat.failNext(100);

    dispatcher.dispatchDue();
    assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(1);
    dispatcher.dispatchDue(); // not due yet
    assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(1);

    for (Duration wait : List.of(Duration.ofMinutes(1), Duration.ofMinutes(3), Duration.ofMinutes(9), Duration.ofMinutes(27))) {
      clock.advance(wait.plusSeconds(1));
      dispatcher.dispatchDue();
    }

    Outbox.Entry entry = outbox.find(id).orElseThrow();
    assertThat(entry.attempts()).isEqualTo(5);
    assertThat(entry.status()).isEqualTo(Outbox.Status.FAILED);
    assertThat(entry.lastError()).contains("gateway unavailable");
    assertThat(events.stream(NotificationFailed.class)).extracting(NotificationFailed::notificationId).containsExactly(id);
    assertThat(wechat.sentTo(openId)).isEmpty();

    wechat.failNext(0);
    assertThat(outbox.requeue(id, clock.instant())).isTrue();
    dispatcher.dispatchDue();
    assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
    assertThat(wechat.sentTo(openId)).hasSize(1);
  }

  @Test
  void twoDispatchersRunningAtOnceSendEachMessageExactlyOnce() throws Exception {
    String prefix = "wx-many-" + UUID.randomUUID() + "-";
    transactions.executeWithoutResult(tx -> {
      for (int i = 0; i < 200; i++) {
        notifications.send(Notification.of(Channel.WECHAT, prefix + i, "test", "bulk"));
      }
    });

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> nodes = List.of(dispatcher::dispatchDue, dispatcher::dispatchDue,
          dispatcher::dispatchDue, dispatcher::dispatchDue);
      int attempts = 0;
      for (Future<Integer> f : pool.invokeAll(nodes)) {
        attempts += f.get();
      }
      assertThat(attempts).isGreaterThanOrEqualTo(200);
    } finally {
      pool.shutdown();
    }
    for (int i = 0; i < 200; i++) {
      assertThat(wechat.sentTo(prefix + i)).as("message %d", i).hasSize(1);
    }
  }

  @Test
  void theOperatorSeesTheLogRetriesAndSendsATestMessage() throws Exception {
    UUID id = queue(Notification.of(Channel.SMS, "13912345678", "test", "ui:log"));
    dispatcher.dispatchDue();

    mvc.perform(get("/admin/notifications").param("q", "ui:log").with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("139****5678")))
        .andExpect(content().string(containsString("模拟发送")));
    mvc.perform(get("/admin/notifications/{id}", id).with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("no SMS gateway configured")));
    mvc.perform(post("/admin/notifications/{id}/retry", id).with(as(accounts.actor("sysadmin"))).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/notifications/test").with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("channel", "EMAIL").param("recipient", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请更正以下问题")));
    mvc.perform(post("/admin/notifications/test").with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("channel", "EMAIL").param("recipient", "ops@example.org"))
        .andExpect(status().is3xxRedirection());
  }

  private UUID queue(Notification notification) {
    return transactions.execute(tx -> notifications.send(notification));
  }
}
