package org.servicewindow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.servicewindow.TestSupport;
import org.servicewindow.notification.internal.Dispatcher;
import org.servicewindow.notification.internal.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/** With an SMTP server configured, e-mail notifications really go out over SMTP, in UTF-8. */
@org.springframework.test.annotation.DirtiesContext // a context of its own: close it after, freeing its connections
@SpringBootTest(properties = {
  "spring.mail.host=127.0.0.1", "spring.mail.port=3025", "sw.notification.poll-enabled=false",
  "sw.notification.mail-from=noreply@baoji.example"})
@Import(TestSupport.class)
class SmtpDeliveryIntegrationTests {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired Notifications notifications;
  @Autowired Dispatcher dispatcher;
  @Autowired Outbox outbox;
  @Autowired TransactionTemplate transactions;

  @Test
  void sendsTheEmailInChineseOverSmtp() throws Exception {
    var id = transactions.execute(tx -> notifications.send(
        Notification.of(Channel.EMAIL, "citizen@example.org", "test", "test:smtp")));

    dispatcher.dispatchDue();

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("窗口服务平台测试消息");
    assertThat(received[0].getFrom()[0].toString()).isEqualTo("noreply@baoji.example");
    assertThat(received[0].getContent().toString()).contains("测试消息");
    assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
  }
}
