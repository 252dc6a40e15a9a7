package org.servicewindow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.dashboard.internal.Cockpit;
import org.servicewindow.dashboard.internal.CockpitQueries;
import org.servicewindow.dashboard.internal.Jobs;
import org.servicewindow.dashboard.internal.RollupRebuild;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.DataScope;
import org.servicewindow.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cockpit, live view, public screen and exports over HTTP on a real database: grants and denials by
 * role and data scope, the background export seen through the job table, the PDF with its embedded font,
 * and a rebuild from the modules' published history.
 */
@IntegrationTest
class DashboardIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Jobs jobs;
  @Autowired RollupRebuild rebuild;
  @Autowired JdbcClient jdbc;
  @Autowired Cockpit cockpit;
  @Autowired org.servicewindow.organization.OrganizationApi organization;

  Actor leader() {
    return accounts.actor("leader");
  }

  Actor hallManager() {
    return accounts.actor("hallmanager");
  }

  @Test
  void leaderSeesTheCityAndDrillsDownToAHall() throws Exception {
    String city = mvc.perform(get("/dashboard").with(as(leader()))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(city).contains("领导驾驶舱").contains("各单位").contains("data-chart=\"trend\"");
    String hall = mvc.perform(get("/dashboard?hall=BJZWFW").with(as(leader()))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(hall).contains("各窗口").contains("/queue/statistics?hall=BJZWFW");
  }

  @Test
  void lateRectificationsOfTheSliceAreCountedWithinTheReadersScope() {
    String unit = "DRU" + System.nanoTime() % 1_000_000;
    String other = unit + "X";
    LocalDate due = LocalDate.of(2021, 3, 10); // long past: an open order is late
    order(unit, due, null); // still open past its deadline
    order(unit, due, due.plusDays(2)); // closed late
    order(unit, due, due.minusDays(1)); // closed in time
    order(other, due, null);
    CockpitQueries.Slice slice = new CockpitQueries.Slice(unit, null, null, null);
    LocalDate from = due.withDayOfMonth(1);
    LocalDate to = due.withDayOfMonth(31);
    assertThat(cockpit.rectifications(DataScope.ALL, slice, from, to, true)).isEqualTo(2);
    assertThat(cockpit.rectifications(DataScope.ALL, slice, from, to, false)).isEqualTo(3);
    assertThat(cockpit.rectifications(DataScope.ALL, CockpitQueries.Slice.CITY, from, to, true)).isGreaterThanOrEqualTo(3);
    assertThat(cockpit.rectifications(DataScope.unit(other), slice, from, to, false)).isZero();
    assertThat(cockpit.rectifications(DataScope.ALL, slice, to.plusDays(1), to.plusDays(30), false)).isZero();
  }

  /** An order of a unit of its own (marked escalated already, so supervision's escalation leaves it alone). */
  private void order(String unit, LocalDate deadline, LocalDate closedOn) {
    jdbc.sql("""
            INSERT INTO supervision_order (id, inspection_kind, unit_code, hall_code, status, issued_on, deadline,
                                           issued_by, closed_at, created_at, escalated_at)
            VALUES (:id, 'SPECIAL', :unit, 'H-' || :unit, :status, :issued, :deadline, 'inspector', :closed, :created,
                    :created)""")
        .param("id", UUID.randomUUID()).param("unit", unit).param("status", closedOn == null ? "OPEN" : "CLOSED")
        .param("issued", deadline.minusDays(20)).param("deadline", deadline)
        .param("closed", closedOn == null ? null
            : org.servicewindow.common.SqlTime.param(closedOn.atTime(12, 0).atZone(org.servicewindow.common.ChinaTime.ZONE).toInstant()))
        .param("created", org.servicewindow.common.SqlTime.param(java.time.Instant.now()))
        .update();
  }

  @Test
  void hallManagerSeesOnlyTheirHall() throws Exception {
    String own = mvc.perform(get("/dashboard").with(as(hallManager()))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(own).contains("各窗口");
    mvc.perform(get("/dashboard?hall=NOSUCHHALL").with(as(hallManager()))).andExpect(status().isNotFound());
    String otherHall = organization.halls().stream().map(h -> h.code()).filter(c -> !c.equals("BJZWFW")).findFirst()
        .orElse(null);
    if (otherHall != null) {
      mvc.perform(get("/dashboard?hall=" + otherHall).with(as(hallManager()))).andExpect(status().isNotFound());
      mvc.perform(get("/dashboard/halls/" + otherHall + "/live").with(as(hallManager())))
          .andExpect(status().isNotFound());
    }
  }

  @Test
  void unitAdminIsKeptInTheirUnit() throws Exception {
    Actor admin = accounts.createUser("dashua" + System.nanoTime() % 100000, "Dash-Test-2026", "BJXZSPJ", null, null,
        Role.UNIT_ADMIN);
    mvc.perform(get("/dashboard").with(as(admin))).andExpect(status().isOk());
    mvc.perform(get("/dashboard?unit=BJZWFWZX").with(as(admin))).andExpect(status().isNotFound());
  }

  @Test
  void staffAndOperatorsAreDenied() throws Exception {
    mvc.perform(get("/dashboard").with(as(accounts.actor("staff01")))).andExpect(status().isForbidden());
    mvc.perform(get("/dashboard").with(as(accounts.actor("sysadmin")))).andExpect(status().isForbidden());
  }

  @Test
  void liveViewAndPublicScreen() throws Exception {
    String live = mvc.perform(get("/dashboard/halls/BJZWFW/live").with(as(hallManager()))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(live).contains("窗口状态").contains("window-tile");
    String screen = mvc.perform(get("/public/halls/BJZWFW/screen")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(screen).contains("今日取号").contains("本月满意率");
    mvc.perform(get("/public/halls/NOSUCHHALL/screen")).andExpect(status().isNotFound());
  }

  @Test
  void exportsTheListsAndAMonthlyPdfWithItsFontEmbedded() throws Exception {
    byte[] xlsx = mvc.perform(get("/dashboard/export").with(as(leader()))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    byte[] pdf = mvc.perform(get("/dashboard/report").with(as(leader()))).andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var page = document.getPage(0);
      java.util.List<org.apache.pdfbox.pdmodel.font.PDFont> fonts = new java.util.ArrayList<>();
      for (var name : page.getResources().getFontNames()) {
        fonts.add(page.getResources().getFont(name));
      }
      assertThat(fonts).anySatisfy(f -> {
        assertThat(f.getName()).contains("NotoSansCJK");
        assertThat(f.isEmbedded()).isTrue();
      });
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text).contains("窗口服务月度报告").contains("满意率");
    }
    mvc.perform(get("/dashboard/report?month=bad").with(as(leader()))).andExpect(status().is4xxClientError());
  }

  @Test
  void largeExportsRunInTheBackgroundAndOnlyTheirOwnerDownloadsThem() throws Exception {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    String location = mvc.perform(post("/dashboard/exports?from=" + today.minusDays(60) + "&to=" + today)
            .with(as(leader())).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jobs.find(id).orElseThrow().finished());
    assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(Jobs.Status.DONE);
    mvc.perform(get("/dashboard/exports/" + id).with(as(leader()))).andExpect(status().isOk());
    byte[] file = mvc.perform(get("/dashboard/exports/" + id + "/download").with(as(leader())))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(file, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    mvc.perform(get("/dashboard/exports/" + id + "/download").with(as(accounts.actor("inspector"))))
        .andExpect(status().isNotFound());
  }

  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired org.servicewindow.queue.QueueManagement queue;

  @Test
  void queueEventsReachTheRollupsAndTheCockpitOfTheHall() throws Exception {
    var hall = new org.servicewindow.queue.QueueFixture(context).hall(1, "业务");
    Actor staff = accounts.actor(hall.staff(1));
    var request = new org.servicewindow.queue.QueueManagement.IssueRequest(hall.hall(), hall.services().get(0),
        org.servicewindow.queue.IssueChannel.KIOSK, org.servicewindow.queue.Priority.NORMAL, null, null);
    queue.issue(request, staff);
    queue.issue(request, staff);
    var first = queue.callNext(hall.window(1), staff).orElseThrow();
    queue.start(first.id(), staff);
    queue.complete(first.id(), staff);
    var second = queue.callNext(hall.window(1), staff).orElseThrow();
    queue.markNoShow(second.id(), staff);
    Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      var row = jdbc.sql("""
              SELECT SUM(issued) AS issued, SUM(served) AS served, SUM(no_show) AS no_show, SUM(wait_count) AS waits,
                     SUM(service_count) AS services
                FROM dash_day WHERE hall_code = :h""").param("h", hall.hall())
          .query((rs, n) -> new long[] {rs.getLong("issued"), rs.getLong("served"), rs.getLong("no_show"),
              rs.getLong("waits"), rs.getLong("services")}).single();
      assertThat(row).containsExactly(2, 1, 1, 2, 1);
    });
    String page = mvc.perform(get("/dashboard?hall=" + hall.hall()).with(as(leader()))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("排队测试大厅").contains("各窗口");
  }

  @Test
  void rebuildsTheRollupsFromTheModulesHistory() {
    long before = jdbc.sql("SELECT COALESCE(SUM(issued), 0) FROM dash_day").query(Long.class).single();
    UUID job = rebuild.runNow("test");
    Jobs.Job done = jobs.find(job).orElseThrow();
    assertThat(done.status()).isEqualTo(Jobs.Status.DONE);
    assertThat(done.progress()).isEqualTo(100);
    long after = jdbc.sql("SELECT COALESCE(SUM(issued), 0) FROM dash_day").query(Long.class).single();
    assertThat(after).isGreaterThanOrEqualTo(0);
    assertThat(before).isGreaterThanOrEqualTo(0);
    // the rebuild fills the coarse tables the upper levels read: they equal the fine table summed
    assertThat(sums("dash_day_window")).containsExactly(sums("dash_day"));
    assertThat(sums("dash_month")).containsExactly(sums("dash_day"));
  }

  private long[] sums(String table) {
    return jdbc.sql("SELECT COALESCE(SUM(issued), 0), COALESCE(SUM(served), 0), COALESCE(SUM(wait_seconds), 0),"
            + " COALESCE(SUM(eval_1 + eval_2 + eval_3 + eval_4 + eval_5), 0), COALESCE(SUM(apps_completed), 0),"
            + " COALESCE(SUM(apps_overdue), 0), COALESCE(SUM(apps_accepted), 0) FROM " + table)
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
            rs.getLong(6), rs.getLong(7)}).single();
  }
}
