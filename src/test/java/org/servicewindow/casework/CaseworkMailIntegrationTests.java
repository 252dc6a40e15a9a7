package org.servicewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.servicewindow.TestSupport;
import org.servicewindow.casework.CaseworkFixture.Office;
import org.servicewindow.notification.internal.Dispatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** A completed application's e-mail really leaves over SMTP, in Chinese, with the evaluation link. */
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(properties = {
  "spring.mail.host=127.0.0.1", "spring.mail.port=3025", "sw.notification.poll-enabled=false",
  "sw.notification.mail-from=noreply@baoji.example", "sw.public-url=https://zwfw.baoji.example"})
@Import(TestSupport.class)
class CaseworkMailIntegrationTests {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired ApplicationContext context;
  @Autowired Casework casework;
  @Autowired Dispatcher dispatcher;

  @Test
  void theApplicantGetsTheCompletionByEmail() throws Exception {
    CaseworkFixture fixture = new CaseworkFixture(context);
    Office office = fixture.office();
    var staff = fixture.actor(office.staff1());
    var app = casework.receive(new Casework.Intake(office.service(), new Applicant("周九", "13991700006", null,
        "zhoujiu@example.org", null, null), List.of("APPLICATION-FORM", "ID-CARD"), null, null), staff);
    casework.accept(app.id(), staff);
    var completed = casework.complete(app.id(), true, null, staff);

    dispatcher.dispatchDue();

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("zhoujiu@example.org");
    assertThat(received[0].getSubject()).isEqualTo("办件办结通知");
    String body = received[0].getContent().toString();
    assertThat(body).contains(app.number()).contains("准予许可")
        .contains("https://zwfw.baoji.example/e/" + completed.evaluationToken());
  }
}
