package org.servicewindow.prereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.servicewindow.casework.CaseworkFixture;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 群众评议: the supervision office opens a campaign, people answer through the public link after a phone
 * code — once per person, also when two answers race — and results per unit with comments come out on the
 * page (a unit admin sees their own unit only) and through the facade for assessment.
 */
@IntegrationTest
class AppraisalIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired PublicAppraisals appraisals;
  @Autowired TestAccounts accounts;
  @Autowired java.time.Clock clock;

  @org.junit.jupiter.api.AfterEach
  void resetClock() {
    ((org.servicewindow.TestClock) clock).reset();
  }

  @Test
  void onePersonOneAnswerResultsPerUnitWithComments() throws Exception {
    var fixture = new CaseworkFixture(context);
    var office = fixture.officeWithForm();
    var other = fixture.officeWithForm();
    LocalDate today = ChinaTime.today(clock);
    String title = "测试评议" + System.nanoTime();
    String location = mvc.perform(post("/admin/appraisals").with(as(accounts.actor("inspector"))).with(csrf())
            .param("title", title).param("opensOn", today.toString()).param("closesOn", today.plusDays(7).toString()))
        .andExpect(redirectedUrlPattern("/admin/appraisals/*"))
        .andReturn().getResponse().getRedirectedUrl();
    var campaign = appraisals.campaigns(org.servicewindow.common.PageQuery.of(0, 200)).items().stream()
        .filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    mvc.perform(post("/admin/appraisals").with(as(fixture.actor(office.unitAdmin()))).with(csrf())
        .param("title", "x")).andExpect(status().isForbidden());

    String phone = "136" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    mvc.perform(get("/appraisal/{t}", campaign.token())).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("工作纪律")))
        .andExpect(content().string(Matchers.containsString("非常满意")));
    mvc.perform(post("/appraisal/{t}/code", campaign.token()).with(csrf()).param("phone", phone))
        .andExpect(status().is3xxRedirection());
    // an incomplete answer is refused and what was chosen stays
    mvc.perform(post("/appraisal/{t}", campaign.token()).with(csrf()).param("phone", phone).param("code", code(phone))
            .param("kind", "COMPANY").param("unit", office.unit()).param("attitude", "5").param("comment", "服务很好"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("请为每一项选择评价")))
        .andExpect(content().string(Matchers.containsString("服务很好")));
    clock(13);
    mvc.perform(post("/appraisal/{t}/code", campaign.token()).with(csrf()).param("phone", phone));
    String code = code(phone);
    mvc.perform(answer(campaign.token(), phone, code, office.unit(), "5", "窗口服务热情周到"))
        .andExpect(redirectedUrlPattern("/appraisal/*/thanks"));
    // the same person again: refused
    clock(13);
    mvc.perform(post("/appraisal/{t}/code", campaign.token()).with(csrf()).param("phone", phone));
    mvc.perform(answer(campaign.token(), phone, code(phone), other.unit(), "1", "再评一次"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("已参加过本次评议")));

    // two answers of one person at the same moment count once
    String racer = "135" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    var answer = new PublicAppraisals.Answer("CITIZEN", office.unit(), 3, 3, 3, 3, 3, null);
    CountDownLatch start = new CountDownLatch(1);
    Callable<Boolean> attempt = () -> {
      start.await();
      try {
        appraisals.respond(campaign.token(), racer, answer);
        return true;
      } catch (ConflictException e) {
        return false;
      }
    };
    var pool = Executors.newFixedThreadPool(3);
    var results = pool.invokeAll(List.of(attempt, attempt, () -> {
      start.countDown();
      return null;
    }));
    pool.shutdown();
    long ok = results.stream().limit(2).filter(f -> {
      try {
        return Boolean.TRUE.equals(f.get());
      } catch (Exception e) {
        return false;
      }
    }).count();
    assertThat(ok).isEqualTo(1);

    // results for assessment and on the page
    var unitResult = appraisals.results(campaign.id()).stream().filter(r -> r.unitCode().equals(office.unit()))
        .findFirst().orElseThrow();
    assertThat(unitResult.responses()).isEqualTo(2);
    assertThat(unitResult.attitude()).isEqualTo(4.0);
    mvc.perform(get(location + "?unit=" + office.unit()).with(as(accounts.actor("inspector"))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("窗口服务热情周到")))
        .andExpect(content().string(Matchers.containsString(other.unit())));
    mvc.perform(get(location).with(as(fixture.actor(office.unitAdmin())))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("窗口服务热情周到")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("unit=" + other.unit()))));
    mvc.perform(get(location).with(as(fixture.actor(office.staff1())))).andExpect(status().isForbidden());
  }

  private org.springframework.test.web.servlet.RequestBuilder answer(String token, String phone, String code,
      String unit, String score, String comment) {
    return post("/appraisal/{t}", token).with(csrf()).param("phone", phone).param("code", code).param("kind", "CITIZEN")
        .param("unit", unit).param("attitude", score).param("efficiency", score).param("results", score)
        .param("environment", score).param("discipline", score).param("comment", comment);
  }

  private void clock(int minutes) {
    ((org.servicewindow.TestClock) clock).advance(java.time.Duration.ofMinutes(minutes));
  }

  private String code(String phone) {
    String body = jdbc.sql("SELECT body FROM notification_outbox WHERE recipient = :p AND template = 'prereview.code' "
            + "ORDER BY created_at DESC FETCH FIRST 1 ROWS ONLY").param("p", phone).query(String.class).single();
    Matcher m = Pattern.compile("(\\d{6})").matcher(body);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
