package org.servicewindow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.TestSupport.fromNewAddress;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestClock;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.servicewindow.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 差评台账 from a real negative rating: routed to the staff member who served, due in 15 working days
 * by the calendar, verified → rectified by a deadline → called back → closed, every step on the timeline;
 * a real-name entry cannot close without a callback; overdue entries escalate once; contact data is
 * shown to the handler only.
 */
@IntegrationTest
class FeedbackLedgerIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired NegativeFeedbackLedger ledger;
  @Autowired WorkingDays workingDays;

  FeedbackFixture fixture;

  @BeforeEach
  void fixture() {
    fixture = new FeedbackFixture(context);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  UUID rateNegatively(HallSetup hall, boolean realName) throws Exception {
    String token = fixture.completedTicket(hall);
    mvc.perform(post("/api/v1/evaluations").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"token\":\"" + token + "\",\"level\":1,\"channel\":\"QR\",\"reasons\":[\"SERVICE_ATTITUDE\"],"
                + "\"comment\":\"态度生硬\"" + (realName ? ",\"contactName\":\"李四\",\"contactPhone\":\"13912345678\"" : "")
                + "}"))
        .andExpect(status().isCreated());
    return jdbc.sql("SELECT l.id FROM ledger_entry l JOIN evaluation e ON e.id = l.evaluation_id WHERE e.token = :t")
        .param("t", token).query(UUID.class).single();
  }

  @Test
  void aRealNameNegativeRatingGoesThroughTheWholeLedger() throws Exception {
    HallSetup hall = fixture.hall(1, "社保卡补办");
    UUID id = rateNegatively(hall, true);
    Actor handler = fixture.actor(hall.staff(1));

    LedgerEntryView opened = ledger.entry(handler, id);
    assertThat(opened.status()).isEqualTo(LedgerStatus.OPEN);
    assertThat(opened.handlerUsername()).isEqualTo(hall.staff(1));
    assertThat(opened.dueOn()).isEqualTo(workingDays.addWorkingDays(ChinaTime.today(clock), 15).date());
    assertThat(opened.contactPhone()).isEqualTo("13912345678");
    // anyone else who may read it sees the citizen masked
    LedgerEntryView forInspector = ledger.entry(fixture.actor("inspector"), id);
    assertThat(forInspector.contactPhone()).isEqualTo("139****5678");
    assertThat(forInspector.contactName()).isEqualTo("李*");
    // the demo hall's manager is not this hall's: the entry does not exist for them
    assertThatThrownBy(() -> ledger.entry(fixture.actor("hallmanager"), id)).isInstanceOf(NotFoundException.class);

    // the unit is alerted at once through the outbox
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE reference = :r")
        .param("r", "ledger:" + opened.number()).query(Long.class).single()).isEqualTo(1);

    mvc.perform(get("/feedback/ledger").with(as(handler)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(opened.number())));
    mvc.perform(get("/feedback/ledger/{id}", id).with(as(handler)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("13912345678")))
        .andExpect(content().string(containsString("提交核实结论")));
    mvc.perform(get("/feedback/ledger/{id}", id).with(as(fixture.actor("inspector"))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("13912345678"))))
        .andExpect(content().string(not(containsString("提交核实结论"))));

    // a step without its note is refused clearly, and nothing moves
    mvc.perform(post("/feedback/ledger/{id}/verify", id).with(as(handler)).with(csrf()).param("verdict", "VALID"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("stepError", "feedback.ledger.evidenceRequired"));
    mvc.perform(post("/feedback/ledger/{id}/verify", id).with(as(handler)).with(csrf()).param("verdict", "VALID")
            .param("note", "调取监控，确有语气生硬"))
        .andExpect(flash().attributeExists("flash"));
    mvc.perform(post("/feedback/ledger/{id}/rectify", id).with(as(handler)).with(csrf()).param("immediately", "false")
            .param("note", "开展文明用语培训"))
        .andExpect(flash().attributeExists("flash"));
    LedgerEntryView rectifying = ledger.entry(handler, id);
    assertThat(rectifying.status()).isEqualTo(LedgerStatus.RECTIFYING);
    assertThat(rectifying.rectifyDue()).isEqualTo(workingDays.addWorkingDays(ChinaTime.today(clock), 15).date());
    mvc.perform(post("/feedback/ledger/{id}/rectified", id).with(as(handler)).with(csrf()).param("note", "培训已完成"))
        .andExpect(flash().attributeExists("flash"));
    // real name: no closing without a callback
    mvc.perform(post("/feedback/ledger/{id}/close", id).with(as(handler)).with(csrf()).param("note", "不回访"))
        .andExpect(flash().attribute("stepError", "feedback.ledger.callbackMandatory"));
    mvc.perform(post("/feedback/ledger/{id}/callback", id).with(as(handler)).with(csrf()).param("satisfaction", "SATISFIED")
            .param("note", "电话回访，群众表示满意"))
        .andExpect(flash().attributeExists("flash"));

    LedgerEntryView closed = ledger.entry(handler, id);
    assertThat(closed.status()).isEqualTo(LedgerStatus.CLOSED);
    assertThat(closed.satisfaction()).isEqualTo("SATISFIED");
    assertThat(closed.steps()).extracting(LedgerEntryView.Step::step)
        .containsExactly("OPENED", "VERIFIED", "RECTIFY_SCHEDULED", "RECTIFIED", "CALLED_BACK", "CLOSED");
    mvc.perform(get("/feedback/ledger/{id}", id).with(as(handler)))
        .andExpect(content().string(containsString("调取监控，确有语气生硬")))
        .andExpect(content().string(containsString("电话回访，群众表示满意")));
    // a closed entry takes no further step
    mvc.perform(post("/feedback/ledger/{id}/verify", id).with(as(handler)).with(csrf()).param("verdict", "VALID")
            .param("note", "再次核实"))
        .andExpect(flash().attributeExists("stepError"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE target_type = 'ledger-entry' AND target_id = :n")
        .param("n", opened.number()).query(Long.class).single()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void anInvalidAnonymousRatingIsExplainedAndClosedWithoutCallback() throws Exception {
    HallSetup hall = fixture.hall(1, "公积金提取");
    UUID id = rateNegatively(hall, false);
    Actor handler = fixture.actor(hall.staff(1));
    ledger.verify(handler, id, false, "系统故障导致等待，非窗口原因");
    assertThatThrownBy(() -> ledger.rectify(handler, id, true, null, "x")).isInstanceOf(BusinessRuleException.class);
    ledger.explain(handler, id, "已在大厅公告说明系统故障原因");
    ledger.closeWithoutCallback(handler, id, "匿名评价，无法回访");
    assertThat(ledger.entry(handler, id).status()).isEqualTo(LedgerStatus.CLOSED);
  }

  @Test
  void onlyNegativeRatingsOpenEntriesAndOthersCannotHandleThem() throws Exception {
    HallSetup hall = fixture.hall(2, "户口迁移");
    String token = fixture.completedTicket(hall);
    mvc.perform(post("/api/v1/evaluations").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"token\":\"" + token + "\",\"level\":3}")).andExpect(status().isCreated());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry l JOIN evaluation e ON e.id = l.evaluation_id WHERE e.token = :t")
        .param("t", token).query(Long.class).single()).isZero();

    UUID id = rateNegatively(hall, false);
    // the colleague at window 2 neither sees nor handles window 1's entry
    Actor colleague = fixture.actor(hall.staff(2));
    assertThatThrownBy(() -> ledger.entry(colleague, id)).isInstanceOf(NotFoundException.class);
    mvc.perform(get("/feedback/ledger/{id}", id).with(as(colleague))).andExpect(status().isNotFound());
    // an inspector reads everything but handles nothing
    mvc.perform(post("/feedback/ledger/{id}/verify", id).with(as(fixture.actor("inspector"))).with(csrf())
        .param("verdict", "VALID").param("note", "x")).andExpect(status().isForbidden());
  }

  @Test
  void overdueEntriesEscalateOnceToTheUnit() throws Exception {
    HallSetup hall = fixture.hall(1, "不动产登记");
    UUID id = rateNegatively(hall, false);
    LocalDate due = ledger.entry(fixture.actor("inspector"), id).dueOn();
    clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(ChinaTime.today(clock), due) + 1));
    assertThat(ledger.escalateOverdue()).isGreaterThanOrEqualTo(1);
    LedgerEntryView escalated = ledger.entry(fixture.actor("inspector"), id);
    assertThat(escalated.overdue()).isTrue();
    assertThat(escalated.escalatedAt()).isNotNull();
    assertThat(escalated.steps()).extracting(LedgerEntryView.Step::step).containsExactly("OPENED", "ESCALATED");
    ledger.escalateOverdue();
    assertThat(ledger.entry(fixture.actor("inspector"), id).steps()).hasSize(2);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE reference = :r AND template = 'feedbackOverdue'")
        .param("r", "ledger:" + escalated.number()).query(Long.class).single()).isEqualTo(1);
    mvc.perform(get("/feedback/ledger").param("overdue", "true").with(as(fixture.actor(hall.staff(1)))))
        .andExpect(content().string(containsString(escalated.number())));
  }
}
