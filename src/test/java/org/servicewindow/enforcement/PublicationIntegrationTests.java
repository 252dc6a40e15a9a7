package org.servicewindow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.TestSupport.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Publication (公示): due 7 working days after a licence or penalty decision and 20 after others, counted
 * over the official holidays; late and missing publications listed for supervision; personal data masked
 * on every public page; withdrawn when the decision is revoked.
 */
@IntegrationTest
class PublicationIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired ApplicationContext context;
  @Autowired TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private void setDate(LocalDate date) {
    clock.reset();
    clock.advance(Duration.between(clock.instant(), date.atTime(LocalTime.of(10, 0)).atZone(ChinaTime.ZONE).toInstant()));
  }

  private String overdueList() throws Exception {
    return mvc.perform(get("/api/v1/enforcement/overdue-publications").param("size", "200")
            .header("Authorization", bearer(accounts.token("inspector"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  @Test
  void deadlinesCountWorkingDaysAcrossTheNationalDayHoliday() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase penalty = f.atDecision(CaseKind.PENALTY);
    EnforcementCase inspection = f.atDecision(CaseKind.INSPECTION);
    EnforcementCase onTime = f.atDecision(CaseKind.LICENSING);
    setDate(LocalDate.of(2026, 9, 30)); // the day before 国庆节 (10-01..10-07 off, 10-10 worked)
    f.enforcement.decide(f.officer, penalty.id());
    f.enforcement.decide(f.officer, inspection.id());
    f.enforcement.decide(f.officer, onTime.id());
    Publication p = f.publication.ofCase(penalty.id()).orElseThrow();
    assertThat(p.decidedOn()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(p.dueOn()).isEqualTo(LocalDate.of(2026, 10, 15));
    assertThat(f.publication.ofCase(inspection.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 11, 3));

    setDate(LocalDate.of(2026, 10, 15));
    assertThat(p.status(f.publication.today())).isEqualTo(Publication.Status.PENDING);
    f.publication.publish(f.admin, f.publication.ofCase(onTime.id()).orElseThrow().id());
    assertThat(overdueList()).doesNotContain(penalty.caseNumber()).doesNotContain(onTime.caseNumber());

    setDate(LocalDate.of(2026, 10, 16));
    assertThat(overdueList()).contains(penalty.caseNumber()).doesNotContain(inspection.caseNumber())
        .doesNotContain(onTime.caseNumber());
    String page = mvc.perform(get("/enforcement/supervision").param("size", "200")
            .with(as(EnforcementFixture.actor("inspector", null, Role.INSPECTOR))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("执法公示督查");

    mvc.perform(post("/enforcement/publications/" + p.id() + "/publish").with(as(f.admin)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    Publication late = f.publication.ofCase(penalty.id()).orElseThrow();
    assertThat(late.publishedOn()).isEqualTo(LocalDate.of(2026, 10, 16));
    assertThat(late.status(f.publication.today())).isEqualTo(Publication.Status.PUBLISHED_LATE);
    assertThat(overdueList()).contains(penalty.caseNumber());
    assertThat(f.publication.ofCase(onTime.id()).orElseThrow().status(f.publication.today()))
        .isEqualTo(Publication.Status.PUBLISHED);
  }

  @Test
  void aProvisionalDeadlineIsRecomputedWhenTheNextYearsArrangementIsPublished() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase c = f.atDecision(CaseKind.PENALTY);
    setDate(LocalDate.of(2052, 12, 27)); // a Friday; the days after it follow 2053's arrangement, not yet entered
    f.enforcement.decide(f.officer, c.id());
    Publication before = f.publication.ofCase(c.id()).orElseThrow();
    assertThat(before.dueProvisional()).isTrue();
    assertThat(before.dueOn()).isEqualTo(LocalDate.of(2053, 1, 7)); // the weekday rule

    mvc.perform(post("/admin/calendar/arrangements").with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("year", "2053").param("source", "示例输入（非官方数据）").param("text", "元旦 2053-01-01..2053-01-03 off\n"))
        .andExpect(status().is3xxRedirection());

    Publication after = before;
    for (int i = 0; i < 100 && after.dueProvisional(); i++) {
      Thread.sleep(100);
      after = f.publication.ofCase(c.id()).orElseThrow();
    }
    assertThat(after.dueProvisional()).isFalse();
    assertThat(after.dueOn()).isEqualTo(LocalDate.of(2053, 1, 10));
    assertThat(f.enforcement.record(f.officer, c.id(), org.servicewindow.common.PageQuery.of(0, 50)).items())
        .extracting(RecordEntry::summary).contains("公示期限按节假日安排重新计算");
    assertThat(f.enforcement.verify(f.officer, c.id()).intact()).isTrue();
  }

  @Test
  void publicPagesMaskIdNumbersPhoneNumbersAndNames() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    String id = EnforcementFixture.residentId("19780315");
    String name = "欧阳" + "明远";
    NewCase base = f.newCase(CaseKind.PENALTY, f.twoOfficers());
    NewCase person = new NewCase(base.unitCode(), base.kind(), base.title(), PartyType.PERSON, name, id,
        "13912345678", "宝鸡市渭滨区", "当事人" + name + "（身份证号 " + id + "，电话 13912345678，座机 0917-3261234）占道经营。",
        base.legalBasis(), base.discretionId(), base.officerIds());
    EnforcementCase c = f.enforcement.file(f.officer, person);
    f.enforcement.advance(f.officer, c.id(), "调查", false);
    f.enforcement.propose(f.officer, c.id(), new Proposal("对" + name + "罚款 200 元，联系电话 13912345678。",
        new java.math.BigDecimal("200"), false, false));
    f.enforcement.advance(f.officer, c.id(), "告知", false);
    f.enforcement.advance(f.officer, c.id(), "无申辩", false);
    f.enforcement.decide(f.officer, c.id());
    Publication p = f.publication.ofCase(c.id()).orElseThrow();
    mvc.perform(get("/public/enforcement/decisions/" + p.id())).andExpect(status().isNotFound());
    f.publication.publish(f.admin, p.id());

    String maskedId = id.substring(0, 6) + "********" + id.substring(14);
    for (String html : List.of(
        mvc.perform(get("/public/enforcement").param("q", c.caseNumber())).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(),
        mvc.perform(get("/public/enforcement/decisions/" + p.id())).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(),
        mvc.perform(get("/api/v1/enforcement/publications").param("q", c.caseNumber())).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString())) {
      assertThat(html).contains(c.caseNumber()).contains("欧***").contains(maskedId)
          .doesNotContain(id).doesNotContain("13912345678").doesNotContain(name).doesNotContain("3261234");
    }
    String detail = mvc.perform(get("/public/enforcement/decisions/" + p.id())).andReturn().getResponse()
        .getContentAsString();
    assertThat(detail).contains("139****5678").contains("0917-****1234");
  }

  @Test
  void aRevokedDecisionIsWithdrawnFromPublication() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase c = f.atDecision(CaseKind.PENALTY);
    f.enforcement.decide(f.officer, c.id());
    Publication p = f.publication.ofCase(c.id()).orElseThrow();
    f.publication.publish(f.admin, p.id());
    mvc.perform(get("/public/enforcement/decisions/" + p.id())).andExpect(status().isOk());
    mvc.perform(post("/enforcement/cases/" + c.id() + "/revoke").param("reason", "经复议撤销")
            .with(as(f.officer)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/public/enforcement/decisions/" + p.id())).andExpect(status().isNotFound());
    assertThat(mvc.perform(get("/public/enforcement").param("q", c.caseNumber())).andReturn().getResponse()
        .getContentAsString()).doesNotContain("/public/enforcement/decisions/" + p.id());
    String admin = mvc.perform(get("/enforcement/publications").param("filter", "withdrawn").param("size", "200")
            .with(as(f.admin)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(f.publication.ofCase(c.id()).orElseThrow().status(f.publication.today()))
        .isEqualTo(Publication.Status.WITHDRAWN);
    assertThat(admin).contains("已撤回");
    assertThat(f.enforcement.record(f.officer, c.id(), org.servicewindow.common.PageQuery.of(0, 50)).items())
        .extracting(RecordEntry::summary).contains("决定已公示", "撤销决定");
  }

  @Test
  void prePublicationShowsBodiesOfficersAndDiscretionTables() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    String certificate = f.officer(null).certificateNumber();
    String home = mvc.perform(get("/public/enforcement")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    assertThat(home).contains("市城管执法局").contains("市市场监管局");
    String unit = mvc.perform(get("/public/enforcement/units/BJCGZFJ")).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString();
    assertThat(unit).contains(certificate).contains("擅自占用城市道路摆摊经营").contains("救济途径").contains("行政复议");
    mvc.perform(post("/enforcement/disclosures/items").param("category", "PROCEDURE").param("title", "简易程序说明")
            .param("content", "当场作出处罚决定的情形。").with(as(f.admin)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    String blank = mvc.perform(post("/enforcement/disclosures/officers").param("name", "").param("certificateNumber", "")
            .with(as(f.admin)).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(blank).contains("请更正以下问题");
    assertThat(mvc.perform(get("/public/enforcement/units/BJCGZFJ")).andReturn().getResponse().getContentAsString())
        .contains("简易程序说明");
  }
}
