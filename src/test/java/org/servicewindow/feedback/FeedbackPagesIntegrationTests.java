package org.servicewindow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.TestSupport.fromNewAddress;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestClock;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The citizen's rating page behind the QR code and SMS link, and the evaluator device's page. */
@IntegrationTest
class FeedbackPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  FeedbackFixture fixture;

  @BeforeEach
  void fixture() {
    fixture = new FeedbackFixture(context);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aCitizenRatesOnThePhoneAndSeesTheThanksPage() throws Exception {
    HallSetup hall = fixture.hall(1, "社保卡补办");
    String token = fixture.completedTicket(hall);
    mvc.perform(get("/e/{t}", token))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("非常满意")))
        .andExpect(content().string(containsString("非常不满意")))
        .andExpect(content().string(containsString("服务态度")))
        .andExpect(content().string(not(containsString("平台操作性"))))
        .andExpect(content().string(containsString("社保卡补办")));

    // no level chosen: a clear error, the comment is kept
    mvc.perform(post("/e/{t}", token).with(csrf()).with(fromNewAddress()).param("comment", "等了很久"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请选择满意程度")))
        .andExpect(content().string(containsString("等了很久")));
    mvc.perform(post("/e/{t}", token).with(csrf()).with(fromNewAddress()).param("level", "2")
            .param("reasons", "SERVICE_EFFICIENCY").param("comment", "等了很久").param("contactName", "张三")
            .param("contactPhone", "13800001111").param("channel", "QR"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/e/" + token + "/thanks"));
    mvc.perform(get("/e/{t}/thanks", token))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("感谢您的评价")));
    mvc.perform(get("/e/{t}", token))
        .andExpect(content().string(containsString("该服务已评价")))
        .andExpect(content().string(not(containsString("提交评价</button>"))));
    assertThat(jdbc.sql("SELECT level || ':' || channel || ':' || reasons || ':' || contact_phone FROM evaluation WHERE token = :t")
        .param("t", token).query(String.class).single()).isEqualTo("2:QR:SERVICE_EFFICIENCY:13800001111");
  }

  @Test
  void unknownTokensAreNotFoundAndClosedRatingsSaySo() throws Exception {
    mvc.perform(get("/e/{t}", "forged-token")).andExpect(status().isNotFound());
    HallSetup hall = fixture.hall(1, "公积金提取");
    String token = fixture.completedTicket(hall);
    clock.advance(Duration.ofDays(8));
    mvc.perform(get("/e/{t}", token))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("评价期限已过")));
    mvc.perform(post("/e/{t}", token).with(csrf()).with(fromNewAddress()).param("level", "5"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("评价期限已过")));
  }

  @Test
  void aSignedInStaffMemberCannotRateThroughThePage() throws Exception {
    HallSetup hall = fixture.hall(1, "户口迁移");
    String token = fixture.completedTicket(hall);
    mvc.perform(post("/e/{t}", token).with(csrf()).with(as(fixture.actor(hall.staff(1)))).param("level", "5"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("工作人员和管理人员不能代替群众评价")));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE token = :t").param("t", token).query(Long.class).single())
        .isZero();
  }

  @Test
  void theEvaluatorPageIsAnEmptyShellForTheDevice() throws Exception {
    mvc.perform(get("/evaluator"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-screen-url=\"/api/v1/evaluator/screen\"")))
        .andExpect(content().string(containsString("非常不满意")));
  }

  @Test
  void aColleagueEntersAPaperFormWithItsScanButNotTheirOwnService() throws Exception {
    HallSetup hall = fixture.hall(2, "社保卡补办");
    String token = fixture.completedTicket(hall);
    var scan = new org.springframework.mock.web.MockMultipartFile("scan", "form.png", "image/png", new byte[] {1, 2, 3});
    // the staff member who served may not enter the rating of their own service
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/feedback/paper").file(scan)
            .with(as(fixture.actor(hall.staff(1)))).with(csrf()).param("token", token).param("level", "5"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("不能录入本人所办服务的评价")));
    // no scan: a clear error, the comment kept
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/feedback/paper")
            .with(as(fixture.actor(hall.staff(2)))).with(csrf()).param("token", token).param("level", "2")
            .param("comment", "窗口人员不耐烦"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请上传评价表扫描件")))
        .andExpect(content().string(containsString("窗口人员不耐烦")));
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/feedback/paper").file(scan)
            .with(as(fixture.actor(hall.staff(2)))).with(csrf()).param("token", token).param("level", "2")
            .param("reasons", "SERVICE_ATTITUDE").param("comment", "窗口人员不耐烦"))
        .andExpect(status().is3xxRedirection());
    assertThat(jdbc.sql("""
            SELECT e.channel || ':' || e.level || ':' || s.file_name FROM evaluation e
              JOIN evaluation_scan s ON s.evaluation_id = e.id WHERE e.token = :t""")
        .param("t", token).query(String.class).single()).isEqualTo("PAPER:2:form.png");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry l JOIN evaluation e ON e.id = l.evaluation_id WHERE e.token = :t")
        .param("t", token).query(Long.class).single()).isEqualTo(1);
  }
}
