package org.servicewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.casework.CaseworkPagesIntegrationTests.flashKey;
import static org.servicewindow.casework.CaseworkPagesIntegrationTests.flashLevel;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.casework.CaseworkFixture.Office;
import org.servicewindow.common.ForbiddenException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** First-contact ownership with accepted handovers, the consultation log, and escalations decided by a leader. */
@IntegrationTest
class CaseworkDeskIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired FrontDesk desk;
  @Autowired Casework casework;

  CaseworkFixture fixture;
  Office office;
  Actor first;
  Actor second;

  @BeforeEach
  void office() {
    fixture = new CaseworkFixture(context);
    office = fixture.office();
    first = fixture.actor(office.staff1());
    second = fixture.actor(office.staff2());
  }

  @Test
  void theFirstAskedOwnsTheInquiryUntilAColleagueAcceptsIt() throws Exception {
    mvc.perform(post("/casework/inquiries").with(as(first)).with(csrf())
            .param("subject", "营业执照地址变更咨询").param("question", "公司搬家后执照地址怎么改？").param("citizenPhone", "13991700007"))
        .andExpect(flashLevel("success"));
    UUID id = jdbc.sql("SELECT id FROM inquiry WHERE owner_username = :u").param("u", first.username()).query(UUID.class).single();

    // nobody else can close it; the owner offers it, it stays theirs until accepted
    mvc.perform(post("/casework/inquiries/{id}/resolve", id).with(as(second)).with(csrf()).param("resolution", "x"))
        .andExpect(flashLevel("error"));
    mvc.perform(post("/casework/inquiries/{id}/handover", id).with(as(first)).with(csrf())
            .param("to", second.username()).param("note", "涉及住所登记，转综合窗口"))
        .andExpect(flashLevel("success"));
    assertThat(desk.inquiries(first, false, PageQuery.of(0, 20)).items()).anyMatch(i -> i.id().equals(id)
        && i.ownerUsername().equals(first.username()) && i.status().equals("HANDOVER"));
    mvc.perform(get("/casework/inquiries").with(as(second)))
        .andExpect(content().string(Matchers.containsString("确认接收")));
    mvc.perform(post("/casework/inquiries/{id}/accept", id).with(as(second)).with(csrf())).andExpect(flashLevel("success"));
    mvc.perform(post("/casework/inquiries/{id}/resolve", id).with(as(second)).with(csrf()).param("resolution", "已告知网上办理流程"))
        .andExpect(flashLevel("success"));
    assertThat(desk.inquiryEvents(id, second).stream().map(e -> e.type()).toList())
        .containsExactly("LOGGED", "HANDOVER_OFFERED", "HANDOVER_ACCEPTED", "RESOLVED");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE reference = :r AND recipient = :u")
        .param("r", "inquiry:" + id).param("u", second.username()).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void anInquiryOpenTooLongShowsUpForTheHallManager() throws Exception {
    var inquiry = desk.logInquiry("社保转移", "异地社保如何转入？", null, null, first);
    var clock = context.getBean(org.servicewindow.TestClock.class);
    try {
      clock.advance(java.time.Duration.ofHours(30));
      Actor manager = fixture.actor(office.unitAdmin());
      assertThat(desk.inquiries(manager, true, PageQuery.of(0, 200)).items()).anyMatch(i -> i.id().equals(inquiry.id()));
    } finally {
      clock.reset();
    }
    assertThat(desk.inquiries(fixture.actor(office.unitAdmin()), true, PageQuery.of(0, 200)).items())
        .noneMatch(i -> i.id().equals(inquiry.id()));
  }

  @Test
  void aConsultationIsLoggedWithTheFullAnswerAndTheGuideGoesOutBySms() throws Exception {
    mvc.perform(post("/casework/consultations").with(as(first)).with(csrf()).param("service", office.service())
            .param("question", "需要带什么材料？").param("answer", " ").param("minutes", "6"))
        .andExpect(flashKey("casework.consultation.answerRequired"));
    mvc.perform(post("/casework/consultations").with(as(first)).with(csrf()).param("service", office.service())
            .param("question", "需要带什么材料？").param("answer", "申请书、身份证原件；租用场所的带租赁合同。")
            .param("phone", "13991700008").param("sendGuide", "true").param("minutes", "6"))
        .andExpect(flashLevel("success"));
    mvc.perform(get("/casework/consultations").with(as(first)))
        .andExpect(content().string(Matchers.containsString("租用场所的带租赁合同")))
        .andExpect(content().string(Matchers.containsString("139****0008")));
    assertThat(jdbc.sql("SELECT body FROM notification_outbox WHERE recipient = '13991700008' AND template = 'casework.guideLink'")
        .query(String.class).list()).anyMatch(b -> b.contains("/guides/" + office.service()));
  }

  @Test
  void theEscalationListOffersTheFormAndListsWhatWasRaised() throws Exception {
    mvc.perform(get("/casework/escalations").with(as(fixture.actor("staff02"))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("拟解决方案")));
    String target = mvc.perform(post("/casework/escalations").with(as(fixture.actor("staff02"))).with(csrf())
            .param("problem", "清税信息未推送").param("solution", "先行受理，协调推送"))
        .andExpect(flashLevel("success")).andReturn().getResponse().getRedirectedUrl();
    mvc.perform(get(target).with(as(fixture.actor("staff02")))).andExpect(status().isOk());
    mvc.perform(get("/casework/escalations?open=true").with(as(fixture.actor("leader"))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("清税信息未推送")));
  }

  @Test
  void anEscalationNeedsAProposedSolutionAndALeadersDecisionGoesBackToStaffAndCase() throws Exception {
    UUID app = casework.receive(new Casework.Intake(office.service(), new Applicant("吴十", "13991700009", null, null, null, null),
        List.of(), null, null), first).id();
    mvc.perform(post("/casework/escalations").with(as(first)).with(csrf()).param("problem", "新业态无对应事项")
            .param("solution", "  ").param("application", app.toString()))
        .andExpect(flashKey("casework.escalation.solutionRequired"));
    assertThatThrownBy(() -> desk.escalate("新业态无对应事项", null, app, first))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.status()).isEqualTo(400));

    mvc.perform(post("/casework/escalations").with(as(first)).with(csrf()).param("problem", "“互联网+明厨亮灶”新业态无对应事项")
            .param("solution", "参照食品经营许可（餐饮服务）受理，现场核查后报领导审定").param("application", app.toString()))
        .andExpect(flashLevel("success"));
    UUID id = jdbc.sql("SELECT id FROM escalation WHERE application_id = :a").param("a", app).query(UUID.class).single();

    mvc.perform(post("/casework/escalations/{id}/decision", id).with(as(first)).with(csrf()).param("decision", "APPROVED"))
        .andExpect(status().isForbidden());
    Actor leader = fixture.actor("leader");
    assertThatThrownBy(() -> desk.decide(id, "APPROVED", null, fixture.actor(office.unitAdmin())))
        .isInstanceOf(ForbiddenException.class);
    mvc.perform(post("/casework/escalations/{id}/decision", id).with(as(leader)).with(csrf()).param("decision", "AMENDED"))
        .andExpect(flashKey("casework.escalation.instructionRequired"));
    mvc.perform(post("/casework/escalations/{id}/decision", id).with(as(leader)).with(csrf()).param("decision", "AMENDED")
            .param("instruction", "同意参照受理，须先征求市场监管局意见"))
        .andExpect(flashLevel("success"));
    mvc.perform(get("/casework/escalations/{id}", id).with(as(first)))
        .andExpect(content().string(Matchers.containsString("修改后同意")))
        .andExpect(content().string(Matchers.containsString("须先征求市场监管局意见")));
    assertThat(jdbc.sql("SELECT type FROM application_event WHERE application_id = :a ORDER BY id").param("a", app)
        .query(String.class).list()).contains("ESCALATED", "ESCALATION_AMENDED");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE reference = :r AND recipient = :u")
        .param("r", "escalation:" + id).param("u", first.username()).query(Integer.class).single()).isEqualTo(1);
    // another window's staff does not see it
    mvc.perform(get("/casework/escalations/{id}", id).with(as(second))).andExpect(status().isNotFound());
  }
}
