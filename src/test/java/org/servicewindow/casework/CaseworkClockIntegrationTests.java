package org.servicewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestClock;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.casework.CaseworkFixture.Office;
import org.servicewindow.common.ChinaTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clock of an application on the real calendar, moving the shared test clock: pauses and resumption,
 * a leader's extension, the day-4 warning and day-6 automatic acceptance, yellow and red prompts, and the
 * daily round running once.
 */
@IntegrationTest
@RecordApplicationEvents
class CaseworkClockIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired ApplicationContext context;
  @Autowired WorkingDays workingDays;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;
  @Autowired Casework casework;
  @Autowired CaseworkSupervision supervision;
  @Autowired ApplicationEvents events;
  @Autowired ApplicationHistory history;

  CaseworkFixture fixture;
  Office office;
  String staff;

  @BeforeEach
  void office() {
    fixture = new CaseworkFixture(context);
    office = fixture.office();
    staff = office.staff1();
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void pauseResumeAndALeadersExtensionMoveTheDueDatesAndKeepTheirHistory() throws Exception {
    UUID id = received(List.of("APPLICATION-FORM", "ID-CARD"));
    LocalDate accepted = ChinaTime.today(clock);
    api("/accept", null, staff).andExpect(status().isOk());

    api("/pause", "{\"kind\":\"INSPECTION\",\"reason\":\"现场核查经营场所\"}", staff)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pausedSince").value(accepted.toString()));
    api("/complete", null, staff).andExpect(status().isConflict());
    api("/pause", "{\"kind\":\"HEARING\",\"reason\":\"again\"}", staff).andExpect(status().isConflict());

    LocalDate resumedOn = moveTo(workingDays.addWorkingDays(accepted, 3).date());
    int paused = workingDays.countWorkingDays(accepted.minusDays(1), resumedOn.minusDays(1)).days();
    api("/resume", null, staff)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.promisedDueDate").value(workingDays.addWorkingDays(accepted, 5 + paused).date().toString()))
        .andExpect(jsonPath("$.legalDueDate").value(workingDays.addWorkingDays(accepted, 20 + paused).date().toString()));

    JsonNode extension = json.readTree(api("/extensions", "{\"days\":10,\"reason\":\"需组织专家论证\"}", staff)
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    String decision = "/extensions/" + extension.get("id").asString() + "/decision";
    api(decision, "{\"approve\":true}", staff).andExpect(status().isForbidden());
    api(decision, "{\"approve\":true,\"note\":\"同意延期\"}", "leader")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.legalDueDate").value(workingDays.addWorkingDays(accepted, 30 + paused).date().toString()));
    api(decision, "{\"approve\":true}", "leader").andExpect(status().isConflict());

    assertThat(jdbc.sql("SELECT cause FROM application_due_change WHERE application_id = :id ORDER BY id")
        .param("id", id).query(String.class).list()).containsExactly("ACCEPTED", "PAUSED", "RESUMED", "EXTENDED");
    assertThat(jdbc.sql("SELECT kind FROM application_notice WHERE application_id = :id ORDER BY issued_at, number")
        .param("id", id).query(String.class).list()).containsExactly("ACCEPTANCE", "PAUSE", "EXTENSION");
  }

  @Test
  void withoutANoticeStaffAreWarnedOnDay4AndTheApplicationCountsAsAcceptedOnDay6() throws Exception {
    UUID id = received(List.of("APPLICATION-FORM"));
    LocalDate receivedOn = ChinaTime.today(clock);

    LocalDate day3 = moveTo(workingDays.addWorkingDays(receivedOn, 3).date());
    supervision.supervise(day3);
    assertThat(types(id)).containsExactly("RECEIVED");

    LocalDate day4 = moveTo(workingDays.addWorkingDays(receivedOn, 4).date());
    supervision.supervise(day4);
    supervision.supervise(day4);
    assertThat(types(id)).containsExactly("RECEIVED", "NOTICE_DAY4_WARNING");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE channel = 'WECHAT' AND recipient = :u AND template = 'casework.noticeDay4'")
        .param("u", office.staff1()).query(Integer.class).single()).isEqualTo(1);

    LocalDate day6 = moveTo(workingDays.addWorkingDays(receivedOn, 6).date());
    supervision.supervise(day6);
    var app = casework.get(id, fixture.actor(office.staff1()));
    assertThat(app.status()).isEqualTo(ApplicationStatus.ACCEPTED);
    assertThat(app.autoAccepted()).isTrue();
    assertThat(app.acceptedOn()).isEqualTo(receivedOn);
    assertThat(app.promisedDue()).isEqualTo(workingDays.addWorkingDays(receivedOn, 5).date());
    assertThat(types(id)).endsWith("AUTO_ACCEPTED");
    // published for the dashboard's rollups, and told again by the history on the acceptance date
    assertThat(events.stream(ApplicationAccepted.class).filter(e -> e.applicationId().equals(id)).toList())
        .singleElement().satisfies(e -> {
          assertThat(e.automatic()).isTrue();
          assertThat(e.acceptedOn()).isEqualTo(receivedOn);
        });
    List<ApplicationAccepted> told = new java.util.ArrayList<>();
    history.accepted(receivedOn, receivedOn, told::add);
    assertThat(told).filteredOn(e -> e.applicationId().equals(id)).singleElement()
        .satisfies(e -> assertThat(e.automatic()).isTrue());
  }

  @Test
  void aNoticeWithinFiveDaysStopsTheAutomaticAcceptance() throws Exception {
    UUID id = received(List.of("APPLICATION-FORM"));
    LocalDate receivedOn = ChinaTime.today(clock);
    moveTo(workingDays.addWorkingDays(receivedOn, 5).date());
    api("/supplement-notice", null, staff).andExpect(status().isCreated());
    LocalDate day6 = moveTo(workingDays.addWorkingDays(receivedOn, 6).date());
    supervision.supervise(day6);
    assertThat(casework.get(id, fixture.actor(office.staff1())).status()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUIRED);
  }

  @Test
  void yellowThenRedPromptsGoOutOnceAndAnOverdueApplicationIsPublished() throws Exception {
    UUID id = received(List.of("APPLICATION-FORM", "ID-CARD"));
    LocalDate accepted = ChinaTime.today(clock);
    api("/accept", null, staff).andExpect(status().isOk());
    LocalDate due = workingDays.addWorkingDays(accepted, 5).date();
    assertThat(events.stream(ApplicationAccepted.class).filter(e -> e.applicationId().equals(id)).toList())
        .singleElement().satisfies(e -> {
          assertThat(e.automatic()).isFalse();
          assertThat(e.acceptedOn()).isEqualTo(accepted);
        });
    List<ApplicationAccepted> told = new java.util.ArrayList<>();
    history.accepted(accepted, accepted, told::add);
    assertThat(told).filteredOn(e -> e.applicationId().equals(id)).singleElement()
        .satisfies(e -> assertThat(e.automatic()).isFalse());

    LocalDate yellow = moveTo(workingDays.addWorkingDays(accepted, 4).date());
    supervision.supervise(yellow);
    supervision.supervise(yellow);
    assertThat(levels(id)).containsExactly("YELLOW");

    LocalDate red = moveTo(workingDays.addWorkingDays(due, 1).date());
    supervision.supervise(red);
    supervision.supervise(red);
    assertThat(levels(id)).containsExactly("YELLOW", "RED");
    assertThat(events.stream(ApplicationOverdue.class).filter(e -> e.applicationId().equals(id)).count()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE template = 'casework.prompt' AND reference LIKE :r")
        .param("r", "%" + casework.get(id, fixture.actor(office.staff1())).number()).query(Integer.class).single())
        .isGreaterThanOrEqualTo(4); // handler by WeChat and the unit's contact by SMS, for yellow and for red

    // completion after the promised date is published as late, with the evaluation token
    api("/complete", null, staff).andExpect(status().isOk());
    var completed = events.stream(ApplicationCompleted.class).filter(e -> e.applicationId().equals(id)).findFirst().orElseThrow();
    assertThat(completed.onTime()).isFalse();
    assertThat(completed.evaluationToken()).isNotBlank();
  }

  @Test
  void dueDatesReachingIntoAnUnpublishedYearAreProvisional() throws Exception {
    LocalDate today = ChinaTime.today(clock);
    int year = today.getYear();
    while (workingDays.isPublished(year + 1)) {
      year++;
    }
    // from 1 December of the last published year, a 20-working-day limit reaches into the next one
    LocalDate december = LocalDate.of(year, 12, 1);
    if (today.isBefore(december)) {
      moveTo(december);
    }
    received(List.of("APPLICATION-FORM", "ID-CARD"));
    LocalDate accepted = ChinaTime.today(clock);
    api("/accept", null, staff)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.legalDueDate").value(workingDays.addWorkingDays(accepted, 20).date().toString()))
        .andExpect(jsonPath("$.provisional").value(true));
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/casework/applications/" + id)
            .with(org.servicewindow.TestSupport.as(fixture.actor(staff))))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
            .string(org.hamcrest.Matchers.containsString("按周一至周五暂定")));
    // recomputing with the same calendar moves nothing and keeps the history as it was
    assertThat(casework.recomputeDueDates(id, "HOLIDAYS_" + (year + 1))).isFalse();
  }

  @Test
  void publishingAYearsHolidayArrangementRecomputesProvisionalDueDatesAndTellsTheHandlersOfEveryChange()
      throws Exception {
    // 2060 and 2061 are this test's own years (development.md): nobody else publishes them
    moveTo(LocalDate.of(2060, 12, 27)); // a Monday; the days after it follow 2061's arrangement, not yet entered
    UUID moved = received(List.of("APPLICATION-FORM", "ID-CARD"));
    api("/accept", null, staff)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.provisional").value(true))
        .andExpect(jsonPath("$.promisedDueDate").value("2061-01-03")); // by the weekday rule
    var before = casework.get(moved, fixture.actor(office.staff1()));

    moveTo(LocalDate.of(2061, 1, 10));
    UUID unchanged = casework.receive(new Casework.Intake(office.service(), new Applicant("周九", "13991700006", null, null,
        null, null), List.of("APPLICATION-FORM", "ID-CARD"), null, null), fixture.actor(office.staff2())).id();
    var kept = casework.accept(unchanged, fixture.actor(office.staff2()));
    assertThat(kept.dueProvisional()).isTrue();

    // a sample arrangement (not official data): New Year's Day off from Saturday to Monday
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/calendar/arrangements")
            .with(org.servicewindow.TestSupport.as(fixture.actor("sysadmin")))
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
            .param("year", "2061").param("source", "示例输入（非官方数据）").param("text", "元旦 2061-01-01..2061-01-03 off\n"))
        .andExpect(status().is3xxRedirection());
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
        .until(() -> !casework.get(moved, fixture.actor(office.staff1())).dueProvisional()
            && !casework.get(unchanged, fixture.actor(office.staff2())).dueProvisional());

    var after = casework.get(moved, fixture.actor(office.staff1()));
    LocalDate accepted = LocalDate.of(2060, 12, 27);
    assertThat(after.promisedDue()).isEqualTo(LocalDate.of(2061, 1, 4))
        .isEqualTo(workingDays.addWorkingDays(accepted, 5).date());
    assertThat(after.legalDue()).isEqualTo(workingDays.addWorkingDays(accepted, 20).date())
        .isEqualTo(workingDays.addWorkingDays(before.legalDue(), 1).date());
    assertThat(jdbc.sql("""
            SELECT promised_before, promised_after FROM application_due_change
             WHERE application_id = :id AND cause = 'HOLIDAYS_2061'""").param("id", moved)
        .query((rs, n) -> rs.getObject(1, LocalDate.class) + ">" + rs.getObject(2, LocalDate.class)).list())
        .containsExactly("2061-01-03>2061-01-04");
    assertThat(types(moved)).endsWith("DUE_RECOMPUTED");
    // the handler is told, with the dates before and after; the unmoved application's handler is not
    String number = after.number();
    assertThat(jdbc.sql("""
            SELECT body FROM notification_outbox
             WHERE channel = 'WECHAT' AND template = 'casework.dueChanged' AND recipient = :u AND reference = :r""")
        .param("u", office.staff1()).param("r", "application:" + number).query(String.class).list())
        .singleElement().satisfies(body -> assertThat(body).contains(number, "2061-01-03", "2061-01-04"));

    var same = casework.get(unchanged, fixture.actor(office.staff2()));
    assertThat(same.promisedDue()).isEqualTo(kept.promisedDue());
    assertThat(same.legalDue()).isEqualTo(kept.legalDue());
    assertThat(types(unchanged)).doesNotContain("DUE_RECOMPUTED");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE template = 'casework.dueChanged' AND reference = :r")
        .param("r", "application:" + same.number()).query(Integer.class).single()).isZero();
  }

  @Test
  void theDailyRoundRunsOnceADayAcrossNodes() {
    LocalDate far = LocalDate.of(2099, 1, 5).plusDays(System.nanoTime() % 300);
    assertThat(supervision.runOnce(far)).isTrue();
    assertThat(supervision.runOnce(far)).isFalse();
  }

  private LocalDate moveTo(LocalDate day) {
    long days = ChronoUnit.DAYS.between(ChinaTime.today(clock), day);
    clock.advance(Duration.ofDays(days));
    return ChinaTime.today(clock);
  }

  private List<String> types(UUID id) {
    return jdbc.sql("SELECT type FROM application_event WHERE application_id = :id ORDER BY id").param("id", id)
        .query(String.class).list();
  }

  private List<String> levels(UUID id) {
    return jdbc.sql("SELECT level FROM supervision_prompt WHERE application_id = :id ORDER BY raised_at").param("id", id)
        .query(String.class).list();
  }

  private UUID id;

  private UUID received(List<String> materials) {
    id = casework.receive(new Casework.Intake(office.service(), new Applicant("孙八", "13991700005", null, null, null, null),
        materials, null, null), fixture.actor(office.staff1())).id();
    return id;
  }

  private org.springframework.test.web.servlet.ResultActions api(String path, String body, String username) throws Exception {
    var request = post("/api/v1/applications/" + id + path).header("Authorization", bearer(fixture.token(username)));
    if (body != null) {
      request = request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }
}
