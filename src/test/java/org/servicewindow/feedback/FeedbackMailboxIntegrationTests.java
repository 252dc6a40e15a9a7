package org.servicewindow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.servicewindow.IntegrationTest;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.feedback.internal.ComplaintMailbox;
import org.servicewindow.identity.Actor;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * E-mail complaints: unread messages of the complaint mailbox (GreenMail IMAP) go onto the ledger once,
 * wait in the inbox of unassigned complaints, and are assigned there by a hall manager (to a window of
 * their hall) or an inspector (to any unit) with the deadline of the type chosen.
 */
@IntegrationTest
@RecordApplicationEvents
class FeedbackMailboxIntegrationTests {

  @Autowired ApplicationEvents events;
  @Autowired EvaluationHistory history;

  @RegisterExtension
  static final GreenMailExtension IMAP = new GreenMailExtension(ServerSetupTest.IMAP);

  @Autowired ComplaintMailbox mailbox;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired NegativeFeedbackLedger ledger;
  @Autowired WorkingDays workingDays;
  @Autowired OrganizationApi organization;
  @Autowired Clock clock;

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

  @Test
  void mailedComplaintsWaitInTheInboxUntilAssignedWithTheDeadlineOfTheirType() throws Exception {
    GreenMailUser user = IMAP.setUser("tousu2@baoji.example", "tousu2", "Mail-Test-2026");
    String subject = "投诉：大厅空调 " + System.nanoTime();
    user.deliver(GreenMailUtil.createTextEmail("tousu2@baoji.example", "zhang@example.org", subject,
        "大厅等候区空调温度太低。", ServerSetupTest.IMAP));
    user.deliver(GreenMailUtil.createTextEmail("tousu2@baoji.example", "li@example.org", subject + " 2",
        "窗口人员中途离岗。", ServerSetupTest.IMAP));
    assertThat(mailbox.poll(new ComplaintMailbox.Mailbox("127.0.0.1", ServerSetupTest.IMAP.getPort(), "tousu2",
        "Mail-Test-2026", false))).isEqualTo(2);
    UUID first = entry(subject);
    UUID second = entry(subject + " 2");
    String firstNumber = jdbc.sql("SELECT number FROM ledger_entry WHERE id = :id").param("id", first).query(String.class).single();

    FeedbackFixture fixture = new FeedbackFixture(context);
    HallSetup hall = fixture.hall(1, "社保卡补办");
    Actor manager = fixture.actor("hallmanager");
    Actor inspector = fixture.actor("inspector");
    // the inbox: for hall managers and inspectors, sender masked; staff and leaders are refused
    mvc.perform(get("/feedback/complaints/inbox").with(as(manager)).param("size", "200"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(firstNumber)))
        .andExpect(content().string(not(containsString("zhang@example.org"))));
    for (Actor refused : java.util.List.of(fixture.actor(hall.staff(1)), fixture.actor("leader"))) {
      mvc.perform(get("/feedback/complaints/inbox").with(as(refused))).andExpect(status().isForbidden());
      mvc.perform(post("/feedback/complaints/{id}/assign", first).with(as(refused)).with(csrf())
          .param("type", "URGENT").param("unitCode", "x")).andExpect(status().isForbidden());
    }
    // the entry page offers the assignment to the manager
    mvc.perform(get("/feedback/ledger/{id}", first).with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/feedback/complaints/" + first + "/assign")));

    // a hall manager dispatches only within their hall: a window of another hall is refused, input kept
    mvc.perform(post("/feedback/complaints/{id}/assign", first).with(as(manager)).with(csrf())
            .param("type", "URGENT").param("windowCode", hall.window(1)))
        .andExpect(redirectedUrl("/feedback/ledger/" + first))
        .andExpect(flash().attribute("stepError", "feedback.complaint.windowNotInHall"))
        .andExpect(flash().attribute("assignWindow", hall.window(1)));
    // without a window the unit is required
    mvc.perform(post("/feedback/complaints/{id}/assign", first).with(as(inspector)).with(csrf()).param("type", "COMPLAINT"))
        .andExpect(flash().attribute("stepError", "feedback.complaint.unitRequired"));

    // the inspector sends it to the window: its unit, and the staff member on duty there, handle it
    mvc.perform(post("/feedback/complaints/{id}/assign", first).with(as(inspector)).with(csrf())
            .param("type", "CONSULTATION").param("windowCode", hall.window(1)))
        .andExpect(redirectedUrl("/feedback/complaints/inbox"))
        .andExpect(flash().attributeExists("flash"));
    Actor handler = fixture.actor(hall.staff(1));
    LedgerEntryView assigned = ledger.entry(handler, first);
    assertThat(assigned.handlerUsername()).isEqualTo(hall.staff(1));
    assertThat(assigned.windowCode()).isEqualTo(hall.window(1));
    assertThat(assigned.unitCode()).isEqualTo(organization.window(hall.window(1)).orElseThrow().unitCode());
    assertThat(assigned.complaintType()).isEqualTo("CONSULTATION");
    assertThat(assigned.dueOn()).isEqualTo(workingDays.addWorkingDays(ChinaTime.today(clock), 3).date());
    assertThat(assigned.steps()).extracting(LedgerEntryView.Step::step).containsExactly("OPENED", "ASSIGNED");
    // published for the dashboard's rollups: received in the inbox (no unit), then assigned where it counts now
    assertThat(events.stream(ComplaintReceived.class).filter(e -> e.entryId().equals(first)).toList())
        .singleElement().satisfies(e -> assertThat(e.unitCode()).isNull());
    assertThat(events.stream(ComplaintAssigned.class).filter(e -> e.entryId().equals(first)).toList())
        .singleElement().satisfies(e -> {
          assertThat(e.unitCode()).isEqualTo(assigned.unitCode());
          assertThat(e.windowCode()).isEqualTo(hall.window(1));
          assertThat(e.handlerUsername()).isEqualTo(hall.staff(1));
        });
    // the handler sees the e-mail address in clear; it is gone from the inbox; a second assignment is refused
    assertThat(assigned.contactName()).isEqualTo("zhang@example.org");
    mvc.perform(get("/feedback/complaints/inbox").with(as(manager)).param("size", "200"))
        .andExpect(content().string(not(containsString(firstNumber))));
    mvc.perform(post("/feedback/complaints/{id}/assign", first).with(as(inspector)).with(csrf())
            .param("type", "URGENT").param("windowCode", hall.window(1)))
        .andExpect(flash().attribute("stepError", "feedback.complaint.alreadyAssigned"));
    // closed (anonymous: no callback needed): published once, and the history tells the whole story
    ledger.verify(handler, first, true, "已核实");
    ledger.explain(handler, first, "已向来信人说明");
    ledger.closeWithoutCallback(handler, first, "无电话，无法回访");
    assertThat(events.stream(ComplaintClosed.class).filter(e -> e.entryId().equals(first)).toList())
        .singleElement().satisfies(e -> assertThat(e.unitCode()).isEqualTo(assigned.unitCode()));
    java.util.List<EvaluationHistory.ComplaintRecord> told = new java.util.ArrayList<>();
    history.complaints(ChinaTime.today(clock), ChinaTime.today(clock), told::add);
    assertThat(told).filteredOn(c -> c.entryId().equals(first)).singleElement().satisfies(c -> {
      assertThat(c.assigned()).isTrue();
      assertThat(c.closedAt()).isNotNull();
      assertThat(c.windowCode()).isEqualTo(hall.window(1));
    });

    // the demo hall's manager sends the other one to a unit, urgent: due the same working day
    String unit = organization.window(hall.window(1)).orElseThrow().unitCode();
    mvc.perform(post("/feedback/complaints/{id}/assign", second).with(as(manager)).with(csrf())
            .param("type", "URGENT").param("unitCode", unit))
        .andExpect(redirectedUrl("/feedback/complaints/inbox"));
    LedgerEntryView urgent = ledger.entry(manager, second);
    assertThat(urgent.unitCode()).isEqualTo(unit);
    assertThat(urgent.hallCode()).isEqualTo(manager.hallCode());
    assertThat(urgent.handlerUsername()).isNull();
    assertThat(urgent.dueOn()).isEqualTo(workingDays.addWorkingDays(ChinaTime.today(clock), 0).date());
  }

  private UUID entry(String summaryStart) {
    return jdbc.sql("SELECT id FROM ledger_entry WHERE summary LIKE :s AND summary NOT LIKE :longer")
        .param("s", summaryStart + "\n%").param("longer", summaryStart + " 2%").query(UUID.class).single();
  }
}
