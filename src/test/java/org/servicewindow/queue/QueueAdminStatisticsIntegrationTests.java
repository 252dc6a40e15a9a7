package org.servicewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.servicewindow.queue.internal.HallDirectory;
import org.servicewindow.queue.internal.QueueSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Queue administration (prefixes, settings), statistics on a known data set with its Excel export, and the jobs. */
@IntegrationTest
class QueueAdminStatisticsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired TestAccounts accounts;
  @Autowired QueueManagement queue;
  @Autowired QueueStatistics statistics;
  @Autowired QueueSettings settings;
  @Autowired HallDirectory directory;
  @Autowired QueueHousekeeping housekeeping;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
  @Autowired TestClock clock;

  QueueFixture fixture;
  HallSetup hall;
  Actor manager;

  @BeforeEach
  void hall() {
    fixture = new QueueFixture(context);
    hall = fixture.hall(1, "社保业务", "医保业务");
    String unit = context.getBean(org.servicewindow.organization.OrganizationApi.class).hall(hall.hall()).orElseThrow().unitCode();
    manager = accounts.createUser(("qm" + UUID.randomUUID().toString().substring(0, 8)), QueueFixture.PASSWORD, unit,
        hall.hall(), null, Role.HALL_MANAGER);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aPrefixIsUniqueInTheHallAndRefusalsKeepTheForm() throws Exception {
    mvc.perform(post("/admin/queue/{h}/services", hall.hall()).with(as(manager)).with(csrf())
            .param("serviceCode", "Q-ZX-" + hall.hall()).param("name", "咨询台").param("prefix", "A")
            .param("kind", "CONSULTATION").param("sortOrder", "9").param("enabled", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("前缀“A”已被本大厅的“社保业务”使用")))
        .andExpect(content().string(containsString("value=\"咨询台\"")));
    mvc.perform(post("/admin/queue/{h}/services", hall.hall()).with(as(manager)).with(csrf())
            .param("serviceCode", "Q-ZX-" + hall.hall()).param("name", "咨询台").param("prefix", "9")
            .param("kind", "CONSULTATION").param("sortOrder", "9"))
        .andExpect(status().isOk());
    assertThat(queue.lines(hall.hall())).noneSatisfy(l -> assertThat(l.prefix()).isEqualTo("9"));
    mvc.perform(post("/admin/queue/{h}/services", hall.hall()).with(as(manager)).with(csrf())
            .param("serviceCode", "Q-ZX-" + hall.hall()).param("name", "咨询台").param("prefix", "zx")
            .param("kind", "CONSULTATION").param("sortOrder", "9").param("enabled", "true"))
        .andExpect(status().isFound());
    assertThat(queue.lines(hall.hall())).anySatisfy(l -> {
      assertThat(l.prefix()).isEqualTo("ZX");
      assertThat(l.consultation()).isTrue();
    });
    HallSetup other = fixture.hall(1, "综合受理");
    mvc.perform(get("/admin/queue/{h}", other.hall()).with(as(manager))).andExpect(status().isNotFound());
  }

  @Test
  void settingsAreSavedValidatedAndAudited() throws Exception {
    assertThat(directory.settings(hall.hall()).maxRecalls()).isEqualTo(2); // the defaults, now kept for a while
    mvc.perform(post("/admin/queue/{h}/settings", hall.hall()).with(as(manager)).with(csrf())
            .param("maxRecalls", "1").param("greenCap", "0").param("callTimeoutMinutes", "3")
            .param("appointmentGraceMinutes", "10").param("notice", "今日下午系统升级"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("绿色通道连续叫号上限")));
    assertThat(settings.find(hall.hall())).isEmpty();
    mvc.perform(post("/admin/queue/{h}/settings", hall.hall()).with(as(manager)).with(csrf())
            .param("maxRecalls", "1").param("greenCap", "2").param("callTimeoutMinutes", "3")
            .param("appointmentGraceMinutes", "10").param("notice", "今日下午系统升级"))
        .andExpect(status().isFound());
    assertThat(settings.of(hall.hall())).isEqualTo(new QueueSettings.Settings(hall.hall(), 1, 2, 3, "今日下午系统升级"));
    assertThat(directory.settings(hall.hall())).isEqualTo(settings.of(hall.hall()));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'queue.settingsChanged' AND target_id = :h")
        .param("h", hall.hall()).query(Long.class).single()).isEqualTo(1);
    mvc.perform(get("/board/{h}", hall.hall())).andExpect(content().string(containsString("今日下午系统升级")));

    // settings read inside a transaction that changed them and then rolled back are not kept
    transactions.executeWithoutResult(t -> {
      settings.save(new QueueSettings.Settings(hall.hall(), 5, 5, 5, "never committed"));
      directory.forgetHall(hall.hall());
      assertThat(directory.settings(hall.hall()).maxRecalls()).isEqualTo(5);
      t.setRollbackOnly();
    });
    assertThat(directory.settings(hall.hall()).maxRecalls()).isEqualTo(1);
  }

  @Test
  void statisticsOfAKnownDayAreExactAndExportToExcel() throws Exception {
    LocalDate day = ChinaTime.today(clock).minusDays(3);
    Instant nine = day.atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
    String service = hall.services().get(0);
    // waits 2, 4, 6, 20 minutes; services 5, 10, 15 minutes; one no-show, one cancelled, one green
    ticket(service, 1, "GREEN_CHANNEL", "COMPLETED", nine, 2, 5, 3);
    ticket(service, 2, "NORMAL", "COMPLETED", nine, 4, 10, 4);
    ticket(service, 3, "NORMAL", "COMPLETED", nine, 6, 15, 20);
    ticket(service, 4, "NORMAL", "NO_SHOW", nine, 20, null, null);
    ticket(service, 5, "NORMAL", "CANCELLED", nine, null, null, null);
    var report = statistics.report(manager, new QueueStatistics.Query(hall.hall(), day, day, null));
    var total = report.total();
    assertThat(total.visits()).isEqualTo(5);
    assertThat(total.served()).isEqualTo(3);
    assertThat(total.abandonmentPercent()).isEqualTo(40.0);
    assertThat(total.greenPercent()).isEqualTo(20.0);
    assertThat(total.waiting().p50()).isEqualTo(4.0);
    assertThat(total.waiting().p90()).isEqualTo(20.0);
    assertThat(total.service().p50()).isEqualTo(10.0);
    assertThat(total.service().p90()).isEqualTo(15.0);
    assertThat(report.estimateError().count()).isEqualTo(3);
    assertThat(report.estimateError().meanAbsolute()).isEqualTo(round((1 + 0 + 14) / 3.0));
    assertThat(report.byHour()).singleElement().satisfies(h -> assertThat(h.label()).isEqualTo("09:00"));

    byte[] xlsx = mvc.perform(get("/queue/statistics/export").with(as(manager))
            .param("hall", hall.hall()).param("from", day.toString()).param("to", day.toString()))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
        .andReturn().getResponse().getContentAsByteArray();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      var rows = workbook.getFirstSheet().read();
      assertThat(rows.get(3).getCellText(0)).isEqualTo("取号数");
      assertThat(rows.get(3).getCellText(1)).isEqualTo("5");
    }
    mvc.perform(get("/queue/statistics").with(as(manager)).param("hall", hall.hall())
            .param("from", day.toString()).param("to", day.toString()))
        .andExpect(status().isOk()).andExpect(content().string(containsString("排队统计")));
    mvc.perform(get("/queue/statistics").with(as(manager)).param("hall", hall.hall())
            .param("from", day.toString()).param("to", day.minusDays(1).toString()))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void calledTicketsTimeOutAndTheDayIsClosedAfterwards() {
    Actor kiosk = new Actor(Actor.Kind.DEVICE, "device:kiosk", "取号机", Set.of(Role.DEVICE_KIOSK), null, hall.hall(), null);
    Actor staff = fixture.actor(hall.staff(1));
    TicketView called = issue(kiosk);
    queue.callNext(hall.window(1), staff).orElseThrow();
    TicketView waiting = issue(kiosk);
    clock.advance(Duration.ofMinutes(4));
    housekeeping.expireCalls();
    assertThat(queue.ticket(called.id()).status()).isEqualTo(TicketStatus.CALLED);
    clock.advance(Duration.ofMinutes(2));
    housekeeping.expireCalls();
    assertThat(queue.ticket(called.id()).status()).isEqualTo(TicketStatus.NO_SHOW);
    TicketView serving = queue.callNext(hall.window(1), staff).orElseThrow();
    queue.start(serving.id(), staff);
    assertThat(serving.id()).isEqualTo(waiting.id());
    TicketView left = issue(kiosk);

    clock.advance(Duration.ofDays(1));
    assertThat(housekeeping.closePastDays()).isGreaterThanOrEqualTo(2);
    assertThat(queue.ticket(left.id()).status()).isEqualTo(TicketStatus.CANCELLED);
    assertThat(queue.ticket(serving.id()).status()).isEqualTo(TicketStatus.COMPLETED);
    assertThat(jdbc.sql("SELECT finished_at FROM ticket WHERE id = :id").param("id", serving.id())
        .query((rs, n) -> rs.getObject(1)).optional()).isEmpty();
    assertThat(housekeeping.closePastDays()).isZero();
    // numbering starts again the next day
    assertThat(issue(kiosk).number()).isEqualTo("A001");
  }

  private TicketView issue(Actor kiosk) {
    return queue.issue(new QueueManagement.IssueRequest(hall.hall(), hall.services().get(0), IssueChannel.KIOSK,
        Priority.NORMAL, null, null), kiosk);
  }

  private void ticket(String service, int number, String priority, String status, Instant issued, Integer waitMin,
      Integer serviceMin, Integer estimate) {
    Instant called = waitMin == null ? null : issued.plus(Duration.ofMinutes(waitMin));
    Instant started = serviceMin == null ? null : called;
    Instant finished = serviceMin == null ? (called == null ? issued.plusSeconds(600) : called.plusSeconds(120))
        : started.plus(Duration.ofMinutes(serviceMin));
    jdbc.sql("""
            INSERT INTO ticket (id, hall_code, service_code, service_day, number, display_number, priority, priority_rank,
                                channel, status, queued_at, issued_at, window_code, staff_username, called_at, started_at,
                                finished_at, estimated_wait_min)
            VALUES (:id, :hall, :service, :day, :number, :display, :priority, 2, 'KIOSK', :status, :issued, :issued,
                    :window, :staff, :called, :started, :finished, :estimate)
            """)
        .param("id", UUID.randomUUID()).param("hall", hall.hall()).param("service", service)
        .param("day", issued.atZone(ChinaTime.ZONE).toLocalDate()).param("number", number)
        .param("display", String.format("A%03d", number)).param("priority", priority).param("status", status)
        .param("issued", SqlTime.param(issued)).param("window", called == null ? null : hall.window(1))
        .param("staff", called == null ? null : hall.staff(1)).param("called", SqlTime.param(called))
        .param("started", SqlTime.param(started)).param("finished", SqlTime.param(finished)).param("estimate", estimate)
        .update();
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
