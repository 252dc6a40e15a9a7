package org.servicewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Entering a year's arrangement as the operator does: the year's calendar, a preview with its problems or
 * its changes, then publishing — audited, announced, and the year's answers no longer provisional.
 * Years far ahead (2041–2048) with sample input, not official data, so no other test sees them change
 * (other modules' tests that publish a sample year keep clear of these: campaign 2071, enforcement 2053).
 */
@IntegrationTest
@RecordApplicationEvents
class CalendarAdminIntegrationTests {

  /** Sample input in the page's format — invented for the test, not an official arrangement. */
  static final String SAMPLE_2041 = """
      # sample input, not official data
      元旦 2041-01-01 off
      国庆节 2041-10-01..2041-10-07 off
      国庆节 2041-09-29 work
      国庆节 2041-10-12 work
      """;

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired WorkingDays workingDays;
  @Autowired JdbcClient jdbc;

  @Test
  void showsAPublishedYearWithItsHolidaysAndAdjustedWorkdays() throws Exception {
    mvc.perform(get("/admin/calendar").param("year", "2026").with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isOk())
        .andExpect(view().name("admin/calendar/year"))
        .andExpect(content().string(Matchers.containsString("国庆节")))
        .andExpect(content().string(Matchers.containsString("春节")))
        .andExpect(content().string(Matchers.containsString("cal-adjusted")))
        .andExpect(content().string(Matchers.containsString("全年工作日 248 天")))
        .andExpect(content().string(Matchers.containsString("已发布")));
  }

  @Test
  void marksAYearWithoutArrangementAsProvisionalAndAnswersHtmxWithTheGridOnly() throws Exception {
    mvc.perform(get("/admin/calendar").param("year", "2043").with(as(accounts.actor("sysadmin")))
            .header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(view().name("admin/calendar/year :: results"))
        .andExpect(content().string(Matchers.containsString("2043 年的节假日安排尚未录入")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
  }

  @Test
  void speaksEnglishToo() throws Exception {
    mvc.perform(get("/admin/calendar").param("year", "2026").param("lang", "en")
            .with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Holidays and working days")))
        .andExpect(content().string(Matchers.containsString("October")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("全年工作日"))));
  }

  @Test
  void offersTheNextUnpublishedYearAndPrefillsAPublishedOneForReplacing() throws Exception {
    mvc.perform(get("/admin/calendar/arrangements/new").with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isOk())
        .andExpect(view().name("admin/calendar/form"));
    mvc.perform(get("/admin/calendar/arrangements/new").param("year", "2026").with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("国庆节 2026-10-01..2026-10-07 off")))
        .andExpect(content().string(Matchers.containsString("国务院办公厅关于2026年部分节假日安排的通知")));
  }

  @Test
  void previewListsEveryProblemAndKeepsWhatWasTyped() throws Exception {
    String typed = "国庆节 2044-10-01..2044-10-07 off\n国庆节 2044-10-10 work\n元旦 2044-02-30 off\n";
    mvc.perform(post("/admin/calendar/arrangements/preview").with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("year", "2044").param("source", "示例").param("text", typed))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("第 2 行：2044-10-10 不是周末")))
        .andExpect(content().string(Matchers.containsString("第 3 行的日期“2044-02-30”无效")))
        .andExpect(content().string(Matchers.containsString("国庆节 2044-10-10 work")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("发布 2044 年安排"))));
    assertThat(workingDays.isPublished(2044)).isFalse();
  }

  @Test
  void previewShowsTheCalendarAndTheDaysThatChangeBeforeAnythingIsSaved() throws Exception {
    mvc.perform(post("/admin/calendar/arrangements/preview").with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("year", "2048").param("source", "示例输入（非官方数据）")
            .param("text", "国庆节 2048-10-01..2048-10-07 off\n国庆节 2048-10-10 work\n"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("2048 年安排预览（尚未保存）")))
        .andExpect(content().string(Matchers.containsString("以下 6 个日期的工作日状态将改变")))
        .andExpect(content().string(Matchers.containsString("2048-10-10 周六")))
        .andExpect(content().string(Matchers.containsString("发布 2048 年安排")));
    assertThat(workingDays.day(LocalDate.of(2048, 10, 1)).provisional()).as("nothing saved yet").isTrue();
  }

  @Test
  void anUploadedCsvBecomesTheTextToPreview() throws Exception {
    byte[] csv = "\uFEFFdate,name,kind\n2047-01-01,元旦,off\n".getBytes(StandardCharsets.UTF_8);
    mvc.perform(multipart("/admin/calendar/arrangements/preview")
            .file(new MockMultipartFile("file", "2047.csv", "text/csv", csv))
            .param("year", "2047").param("source", "示例").param("text", "")
            .with(as(accounts.actor("sysadmin"))).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("2047-01-01,元旦,off")))
        .andExpect(content().string(Matchers.containsString("2047 年安排预览")));
  }

  @Test
  void anUploadedCsvWithProblemsCanBeCorrectedInTheTextBox() throws Exception {
    byte[] csv = "date,name,kind\n2047-01-01,元旦,off\n2047-01-07,元旦,work\n".getBytes(StandardCharsets.UTF_8);
    mvc.perform(multipart("/admin/calendar/arrangements/preview")
            .file(new MockMultipartFile("file", "2047.csv", "text/csv", csv))
            .param("year", "2047").param("source", "示例").param("text", "typed before the upload")
            .with(as(accounts.actor("sysadmin"))).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("第 3 行：2047-01-07 不是周末")))
        .andExpect(content().string(Matchers.matchesPattern(
            "(?s).*<textarea id=\"text\" name=\"text\"[^>]*>date,name,kind\n2047-01-01,元旦,off\n2047-01-07,元旦,work\n</textarea>.*")));
  }

  @Test
  void publishingAYearAuditsItAnnouncesItAndEndsItsProvisionalAnswers(ApplicationEvents events) throws Exception {
    assertThat(workingDays.addWorkingDays(LocalDate.of(2041, 9, 30), 1))
        .isEqualTo(new WorkingDate(LocalDate.of(2041, 10, 1), true));

    mvc.perform(post("/admin/calendar/arrangements").with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("year", "2041").param("source", "示例输入（非官方数据）").param("text", SAMPLE_2041))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/calendar?year=2041"))
        .andExpect(flash().attributeExists("flash"));

    assertThat(events.stream(HolidayArrangementPublished.class)).containsExactly(new HolidayArrangementPublished(2041));
    assertThat(workingDays.addWorkingDays(LocalDate.of(2041, 9, 30), 1))
        .isEqualTo(new WorkingDate(LocalDate.of(2041, 10, 8), false));
    mvc.perform(get("/api/v1/calendar/days/2041-10-12"))
        .andExpect(jsonPath("$.adjustedWorkday").value(true))
        .andExpect(jsonPath("$.provisional").value(false));
    Map<String, Object> audit = jdbc.sql("""
            SELECT actor, before_state, after_state FROM audit_log
             WHERE action = 'calendar.arrangementPublished' AND target_id = '2041'
            """).query().singleRow();
    assertThat(audit.get("actor")).isEqualTo("sysadmin");
    assertThat(audit.get("before_state")).isNull();
    assertThat((String) audit.get("after_state")).contains("国庆节 2041-10-01..2041-10-07 off", "示例输入（非官方数据）");
    mvc.perform(get("/admin/calendar").param("year", "2041").with(as(accounts.actor("sysadmin"))))
        .andExpect(content().string(Matchers.containsString("示例输入（非官方数据）")));
  }

  @Test
  void replacingAYearKeepsOnlyTheNewDaysAndAuditsWhatWasBefore(ApplicationEvents events) throws Exception {
    publish(2042, "元旦 2042-01-01 off\n劳动节 2042-05-01..2042-05-05 off\n劳动节 2042-04-27 work\n");
    publish(2042, "元旦 2042-01-01 off\n劳动节 2042-05-01..2042-05-04 off\n劳动节 2042-05-10 work\n");

    assertThat(workingDays.day(LocalDate.of(2042, 5, 5)).workingDay()).isTrue();
    assertThat(workingDays.day(LocalDate.of(2042, 4, 27)).workingDay()).isFalse();
    assertThat(workingDays.day(LocalDate.of(2042, 5, 10)).adjustedWorkday()).isTrue();
    assertThat(events.stream(HolidayArrangementPublished.class)).hasSize(2);
    String before = jdbc.sql("""
            SELECT before_state FROM audit_log WHERE action = 'calendar.arrangementPublished' AND target_id = '2042'
             ORDER BY id DESC LIMIT 1
            """).query(String.class).single();
    assertThat(before).contains("劳动节 2042-04-27 work");
  }

  @Test
  void aTextWithProblemsIsNeverSavedEvenWithoutPreview() throws Exception {
    mvc.perform(post("/admin/calendar/arrangements").with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("year", "2046").param("source", "示例").param("text", "元旦 2046-01-01 holiday"))
        .andExpect(status().isOk())
        .andExpect(view().name("admin/calendar/form"))
        .andExpect(content().string(Matchers.containsString("2046 年安排有错误，未保存")))
        .andExpect(content().string(Matchers.containsString("元旦 2046-01-01 holiday")));
    mvc.perform(post("/admin/calendar/arrangements").with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("year", "2046").param("source", "").param("text", "元旦 2046-01-01 off"))
        .andExpect(status().isOk())
        .andExpect(view().name("admin/calendar/form"));
    assertThat(workingDays.isPublished(2046)).isFalse();
  }

  @Test
  void anArrangementSavedByAnotherNodeIsSeenWithinSeconds() {
    assertThat(workingDays.isPublished(2049)).isFalse();
    // what another node's save leaves in the shared database: the rows and a raised revision
    jdbc.sql("""
        INSERT INTO holiday_arrangement (arrangement_year, source, published_at, published_by)
        VALUES (2049, '示例输入（非官方数据）', CURRENT_TIMESTAMP, 'another-node')
        """).update();
    jdbc.sql("INSERT INTO holiday_day (holiday_date, arrangement_year, name, kind) VALUES (DATE '2049-01-01', 2049, '元旦', 'off')")
        .update();
    jdbc.sql("UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1").update();

    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
        .until(() -> workingDays.isPublished(2049));
    assertThat(workingDays.day(LocalDate.of(2049, 1, 1)).holiday()).isEqualTo("元旦");
  }

  private void publish(int year, String text) throws Exception {
    mvc.perform(post("/admin/calendar/arrangements").with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("year", String.valueOf(year)).param("source", "示例输入（非官方数据）").param("text", text))
        .andExpect(status().is3xxRedirection());
  }
}
