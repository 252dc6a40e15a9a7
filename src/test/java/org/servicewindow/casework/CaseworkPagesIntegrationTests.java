package org.servicewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.casework.CaseworkFixture.Office;
import org.servicewindow.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.hamcrest.Matchers;

/** The window's screens: intake from the checklist, the application page's actions, the printed notices and their check. */
@IntegrationTest
class CaseworkPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  CaseworkFixture fixture;
  Office office;
  Actor staff;

  @BeforeEach
  void office() {
    fixture = new CaseworkFixture(context);
    office = fixture.office();
    staff = fixture.actor(office.staff1());
  }

  @Test
  void intakeShowsTheGuidesChecklistAndRegistersWhatWasFound() throws Exception {
    mvc.perform(get("/casework/intake").with(as(staff)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("测试许可")));
    mvc.perform(get("/casework/intake?service={s}", office.service()).with(as(staff)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("场所租赁合同")))
        .andExpect(content().string(Matchers.containsString("办事指南第 1 版")));

    // a wrong ID number keeps everything typed and says why
    mvc.perform(post("/casework/intake").with(as(staff)).with(csrf())
            .param("service", office.service()).param("name", "李四").param("phone", "13991700002")
            .param("idNumber", "610302198506121231").param("state.APPLICATION-FORM", "RECEIVED")
            .param("state.ID-CARD", "DEFECTIVE").param("reason.ID-CARD", "身份证已过有效期").param("state.LEASE", "MISSING"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("身份证号码不正确")))
        .andExpect(content().string(Matchers.containsString("身份证已过有效期")))
        .andExpect(content().string(Matchers.containsString("李四")));

    String location = mvc.perform(post("/casework/intake").with(as(staff)).with(csrf())
            .param("service", office.service()).param("name", "李四").param("phone", "13991700002")
            .param("idNumber", "61030219850612123X").param("state.APPLICATION-FORM", "RECEIVED")
            .param("state.ID-CARD", "DEFECTIVE").param("reason.ID-CARD", "身份证已过有效期").param("state.LEASE", "MISSING"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/casework/applications/*"))
        .andExpect(flash().attributeExists("flash"))
        .andReturn().getResponse().getRedirectedUrl();
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

    mvc.perform(get(location).with(as(staff)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("身份证已过有效期")))
        .andExpect(content().string(Matchers.containsString("610302********123X")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("61030219850612123X"))));

    // the one-time notice lists the defective ID card (the conditional lease is not required)
    mvc.perform(post(location + "/notice").with(as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
    UUID noticeId = jdbc.sql("SELECT id FROM application_notice WHERE application_id = :id").param("id", id)
        .query(UUID.class).single();
    String print = mvc.perform(get(location + "/notices/" + noticeId).with(as(staff)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("一次性告知书")))
        .andExpect(content().string(Matchers.containsString("身份证已过有效期")))
        .andExpect(content().string(Matchers.containsString("印章")))
        .andExpect(content().string(Matchers.containsString("data:image/png;base64,")))
        .andReturn().getResponse().getContentAsString();
    assertThat(print).doesNotContain("场所租赁合同");
    String verify = jdbc.sql("SELECT verify_code FROM application_notice WHERE id = :id").param("id", noticeId)
        .query(String.class).single();
    mvc.perform(get("/verify/" + verify))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("真实有效")))
        .andExpect(content().string(Matchers.containsString("李*")));
    mvc.perform(get("/verify/forged")).andExpect(status().isNotFound());

    // accept refuses while incomplete (shown as a message), then works once the ID card is handed in again
    mvc.perform(post(location + "/accept").with(as(staff)).with(csrf()))
        .andExpect(flashLevel("error"));
    mvc.perform(post(location + "/materials").with(as(staff)).with(csrf()).param("code", "ID-CARD"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post(location + "/accept").with(as(staff)).with(csrf()))
        .andExpect(flashLevel("success"));
    mvc.perform(get(location).with(as(staff)))
        .andExpect(content().string(Matchers.containsString("受理通知书")))
        .andExpect(content().string(Matchers.containsString("出具一次性告知书")));
  }

  @Test
  void intakeStartsFromTheTicketCalledToTheWindow() throws Exception {
    context.getBean(org.servicewindow.queue.internal.QueueServices.class).save(
        new org.servicewindow.queue.internal.QueueServices.QueueService(office.hall(), office.service(), "测试许可", "A",
            org.servicewindow.queue.internal.QueueServices.Kind.SERVICE, 0, true));
    var queue = context.getBean(org.servicewindow.queue.QueueManagement.class);
    var issued = queue.issue(new org.servicewindow.queue.QueueManagement.IssueRequest(office.hall(), office.service(),
        org.servicewindow.queue.IssueChannel.KIOSK, org.servicewindow.queue.Priority.NORMAL, null, null), staff);
    queue.callNext(office.window1(), staff).orElseThrow();

    mvc.perform(get("/casework/intake").with(as(staff)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("当前叫号 " + issued.number())))
        .andExpect(content().string(Matchers.containsString("场所租赁合同")));
    String location = mvc.perform(post("/casework/intake").with(as(staff)).with(csrf())
            .param("service", office.service()).param("ticket", issued.id().toString()).param("name", "冯二")
            .param("phone", "13991700011").param("state.APPLICATION-FORM", "RECEIVED").param("state.ID-CARD", "RECEIVED"))
        .andExpect(status().is3xxRedirection())
        .andReturn().getResponse().getRedirectedUrl();
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    assertThat(jdbc.sql("SELECT ticket_id FROM application WHERE id = :id").param("id", id).query(UUID.class).single())
        .isEqualTo(issued.id());
    mvc.perform(get(location).with(as(staff)))
        .andExpect(content().string(Matchers.containsString(issued.number())));

    // a ticket of another hall is refused
    Office other = fixture.office();
    context.getBean(org.servicewindow.queue.internal.QueueServices.class).save(
        new org.servicewindow.queue.internal.QueueServices.QueueService(other.hall(), other.service(), "其他", "B",
            org.servicewindow.queue.internal.QueueServices.Kind.SERVICE, 0, true));
    var foreign = queue.issue(new org.servicewindow.queue.QueueManagement.IssueRequest(other.hall(), other.service(),
        org.servicewindow.queue.IssueChannel.KIOSK, org.servicewindow.queue.Priority.NORMAL, null, null),
        fixture.actor(other.staff1()));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.getBean(Casework.class).receive(new Casework.Intake(
            office.service(), new Applicant("冯二", "13991700011", null, null, null, null), java.util.List.of(),
            foreign.id(), null), staff))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void rejectionPrintsItsBasisAndTheRemedies() throws Exception {
    UUID id = context.getBean(Casework.class).receive(new Casework.Intake(office.service(),
        new Applicant("赵六", "13991700003", null, null, "宝鸡某餐饮有限公司", "91610300MA6X12345D"),
        java.util.List.of(), null, null), staff).id();
    mvc.perform(post("/casework/applications/{id}/reject", id).with(as(staff)).with(csrf()).param("basis", " "))
        .andExpect(flashKey("casework.reject.basisRequired"));
    mvc.perform(post("/casework/applications/{id}/reject", id).with(as(staff)).with(csrf())
            .param("basis", "申请事项依法不需要取得行政许可（《行政许可法》第三十二条第一款第（一）项）"))
        .andExpect(flashLevel("success"));
    UUID noticeId = jdbc.sql("SELECT id FROM application_notice WHERE application_id = :id AND kind = 'REJECTION'")
        .param("id", id).query(UUID.class).single();
    mvc.perform(get("/casework/applications/{id}/notices/{n}", id, noticeId).with(as(staff)))
        .andExpect(content().string(Matchers.containsString("不予受理告知书")))
        .andExpect(content().string(Matchers.containsString("依法不需要取得行政许可")))
        .andExpect(content().string(Matchers.containsString("六十日内")))
        .andExpect(content().string(Matchers.containsString("六个月内")));
  }

  @Test
  void listsAreScopedAndMaskIdNumbers() throws Exception {
    context.getBean(Casework.class).receive(new Casework.Intake(office.service(),
        new Applicant("钱七", "13991700004", "11010519491231002X", null, null, null), java.util.List.of(), null, null), staff);
    mvc.perform(get("/casework/applications").with(as(staff)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("110105********002X")))
        .andExpect(content().string(Matchers.containsString("钱七")));
    mvc.perform(get("/casework/applications").with(as(fixture.actor(office.staff2()))))
        .andExpect(content().string(Matchers.not(Matchers.containsString("钱七"))));
    mvc.perform(get("/casework/applications?q=钱七").header("HX-Request", "true").with(as(fixture.actor(office.unitAdmin()))))
        .andExpect(content().string(Matchers.containsString("钱七")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
    mvc.perform(get("/casework/applications?unit={u}", office.unit()).with(as(fixture.actor("inspector"))))
        .andExpect(content().string(Matchers.containsString("钱七")));
    mvc.perform(get("/casework/applications?unit={u}&dueFrom=2000-01-01&dueTo=2000-01-31", office.unit())
            .with(as(fixture.actor("inspector"))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("钱七"))));
    mvc.perform(get("/casework/supervision").with(as(fixture.actor("leader")))).andExpect(status().isOk());
  }

  static org.springframework.test.web.servlet.ResultMatcher flashLevel(String level) {
    return result -> assertThat(((org.servicewindow.common.Flash) result.getFlashMap().get("flash")).level()).isEqualTo(level);
  }

  static org.springframework.test.web.servlet.ResultMatcher flashKey(String key) {
    return result -> assertThat(((org.servicewindow.common.Flash) result.getFlashMap().get("flash")).key()).isEqualTo(key);
  }
}
