package org.servicewindow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.servicewindow.IntegrationTest;
import org.servicewindow.feedback.internal.ComplaintMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** E-mail complaints: unread messages of the complaint mailbox (GreenMail IMAP) go onto the ledger once. */
@IntegrationTest
class FeedbackMailboxIntegrationTests {

  @RegisterExtension
  static final GreenMailExtension IMAP = new GreenMailExtension(ServerSetupTest.IMAP);

  @Autowired ComplaintMailbox mailbox;
  @Autowired JdbcClient jdbc;

  @Test
  void unreadMailBecomesComplaintsOnTheLedgerOnce() throws Exception {
    GreenMailUser user = IMAP.setUser("tousu@baoji.example", "tousu", "Mail-Test-2026");
    String subject = "投诉：窗口人员办事拖沓 " + System.nanoTime();
    user.deliver(GreenMailUtil.createTextEmail("tousu@baoji.example", "citizen@example.org", subject,
        "上周三在12号窗口办理社保卡，等候两个小时。", ServerSetupTest.IMAP));
    user.deliver(GreenMailUtil.createTextEmail("tousu@baoji.example", "other@example.org", subject + " 2",
        "建议增加周末窗口。", ServerSetupTest.IMAP));
    var box = new ComplaintMailbox.Mailbox("127.0.0.1", ServerSetupTest.IMAP.getPort(), "tousu", "Mail-Test-2026", false);

    assertThat(mailbox.poll(box)).isEqualTo(2);
    assertThat(jdbc.sql("""
            SELECT channel || ':' || complaint_type || ':' || contact_name FROM ledger_entry
             WHERE summary LIKE :s ORDER BY contact_name""")
        .param("s", subject + "%").query(String.class).list())
        .containsExactly("EMAIL:COMPLAINT:citizen@example.org", "EMAIL:COMPLAINT:other@example.org");
    assertThat(jdbc.sql("SELECT summary FROM ledger_entry WHERE contact_name = 'citizen@example.org' AND summary LIKE :s")
        .param("s", subject + "%").query(String.class).single()).contains("等候两个小时");
    // read messages are not taken twice
    assertThat(mailbox.poll(box)).isZero();
  }
}
