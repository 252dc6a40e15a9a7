package org.servicewindow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.TestSupport.fromNewAddress;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.ForbiddenException;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Appeals (申诉复核) change a rating's effect, not the record: an upheld appeal takes the rating out of the
 * satisfaction and 差评 figures and leaves the evaluation row as it was. Statistics pages and export.
 */
@IntegrationTest
@RecordApplicationEvents
class FeedbackAppealsStatisticsIntegrationTests {

  @Autowired ApplicationEvents events;
  @Autowired EvaluationHistory history;
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Appeals appeals;
  @Autowired EvaluationStatistics statistics;
  @Autowired OrganizationApi organization;

  FeedbackFixture fixture;

  @BeforeEach
  void fixture() {
    fixture = new FeedbackFixture(context);
  }

  UUID rate(HallSetup hall, int level) throws Exception {
    String token = fixture.completedTicket(hall);
    mvc.perform(post("/api/v1/evaluations").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"token\":\"" + token + "\",\"level\":" + level + ",\"channel\":\"QR\"}")).andExpect(status().isCreated());
    return jdbc.sql("SELECT id FROM evaluation WHERE token = :t").param("t", token).query(UUID.class).single();
  }

  @Test
  void anUpheldAppealExcludesTheRatingFromStatisticsButKeepsIt() throws Exception {
    HallSetup hall = fixture.hall(1, "社保卡补办");
    String unit = organization.window(hall.window(1)).orElseThrow().unitCode();
    rate(hall, 5);
    rate(hall, 4);
    rate(hall, 3);
    UUID malicious = rate(hall, 1);
    var today = ChinaTime.today(java.time.Clock.systemUTC());
    DataScope scope = DataScope.unit(unit);
    var before = statistics.summary(scope, today.minusDays(1), today.plusDays(1), today);
    assertThat(before.all().total()).isEqualTo(4);
    assertThat(before.all().satisfactionRate()).isEqualTo(75.0);
    assertThat(before.all().negative()).isEqualTo(1);

    // only the staff member rated may appeal, once
    assertThatThrownBy(() -> appeals.file(fixture.actor("hallmanager"), malicious, "x"))
        .isInstanceOf(ForbiddenException.class);
    UUID ledgerEntry = jdbc.sql("SELECT id FROM ledger_entry WHERE evaluation_id = :e").param("e", malicious)
        .query(UUID.class).single();
    mvc.perform(get("/feedback/ledger/{id}", ledgerEntry).with(as(fixture.actor(hall.staff(1)))))
        .andExpect(content().string(containsString("提出申诉")));
    mvc.perform(post("/feedback/appeals").with(as(fixture.actor(hall.staff(1)))).with(csrf())
            .param("evaluationId", malicious.toString()).param("entry", ledgerEntry.toString())
            .param("reason", "该群众未办理业务，评价器被误触"))
        .andExpect(status().is3xxRedirection());
    assertThatThrownBy(() -> appeals.file(fixture.actor(hall.staff(1)), malicious, "再次申诉"))
        .isInstanceOf(ConflictException.class);
    Appeals.Appeal appeal = appeals.find(malicious).orElseThrow();
    assertThat(appeal.status()).isEqualTo("PENDING");

    mvc.perform(get("/feedback/appeals").with(as(fixture.actor("inspector"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("评价器被误触")))
        .andExpect(content().string(containsString("提交复核")));
    mvc.perform(post("/feedback/appeals/{id}/decide", appeal.id()).with(as(fixture.actor("inspector"))).with(csrf())
            .param("decision", "UPHELD").param("note", "调取监控确认误触"))
        .andExpect(status().is3xxRedirection());
    assertThat(appeals.find(malicious).orElseThrow().status()).isEqualTo("UPHELD");
    // published with the rating as it was counted (the dashboard takes it back out), and told by the history
    assertThat(events.stream(EvaluationAppealUpheld.class).filter(e -> e.evaluationId().equals(malicious)).toList())
        .singleElement().satisfies(e -> {
          assertThat(e.level()).isEqualTo(1);
          assertThat(e.unitCode()).isEqualTo(unit);
          assertThat(e.hallCode()).isEqualTo(hall.hall());
          assertThat(e.appealId()).isEqualTo(appeal.id());
        });
    java.util.List<EvaluationAppealUpheld> told = new java.util.ArrayList<>();
    history.upheldAppeals(today.minusDays(1), today.plusDays(1), told::add);
    assertThat(told).filteredOn(e -> e.evaluationId().equals(malicious)).singleElement()
        .satisfies(e -> assertThat(e.level()).isEqualTo(1));
    assertThatThrownBy(() -> appeals.decide(fixture.actor("inspector"), appeal.id(), false, "改判"))
        .isInstanceOf(ConflictException.class);

    var after = statistics.summary(scope, today.minusDays(1), today.plusDays(1), today);
    assertThat(after.all().total()).isEqualTo(3);
    assertThat(after.all().satisfactionRate()).isEqualTo(100.0);
    assertThat(after.all().negative()).isZero();
    assertThat(after.excluded()).isEqualTo(1);
    // the rating itself is untouched
    assertThat(jdbc.sql("SELECT level FROM evaluation WHERE id = :id").param("id", malicious).query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void theStatisticsPageExportAndPublicResultsShowTheFigures() throws Exception {
    HallSetup hall = fixture.hall(1, "公积金提取");
    rate(hall, 5);
    rate(hall, 2);
    mvc.perform(get("/feedback/statistics").param("by", "WINDOW").with(as(fixture.actor("inspector"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("满意率")))
        .andExpect(content().string(containsString("1号窗口")));
    for (String by : new String[] {"UNIT", "HALL", "STAFF", "SERVICE", "CHANNEL", "MONTH"}) {
      mvc.perform(get("/feedback/statistics").param("by", by).with(as(fixture.actor("leader")))).andExpect(status().isOk());
    }
    mvc.perform(get("/feedback/statistics/export").with(as(fixture.actor("hallmanager"))))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString(".xlsx")));
    mvc.perform(get("/public/evaluations"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("好差评结果公示")));
    mvc.perform(get("/public/evaluations").param("month", "garbage")).andExpect(status().isOk());
  }

  @Test
  void theProvincialBatchCarriesTheRatingsWithoutContactData() throws Exception {
    HallSetup hall = fixture.hall(1, "不动产登记");
    String token = fixture.completedTicket(hall);
    mvc.perform(post("/api/v1/evaluations").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"token\":\"" + token + "\",\"level\":2,\"contactName\":\"赵六\",\"contactPhone\":\"13700001234\"}"))
        .andExpect(status().isCreated());
    UUID id = jdbc.sql("SELECT id FROM evaluation WHERE token = :t").param("t", token).query(UUID.class).single();
    var today = ChinaTime.today(java.time.Clock.systemUTC());
    String body = mvc.perform(get("/api/v1/evaluations/export").param("from", today.minusDays(1).toString())
            .param("to", today.plusDays(1).toString())
            .header("Authorization", org.servicewindow.TestSupport.bearer(fixture.token("inspector"))))
        .andExpect(status().isOk())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.format")
            .value("sw-evaluation-batch/1"))
        .andReturn().getResponse().getContentAsString();
    assertThat(body).contains(id.toString()).doesNotContain("13700001234").doesNotContain("赵六");
    mvc.perform(get("/api/v1/evaluations/export")
            .header("Authorization", org.servicewindow.TestSupport.bearer(fixture.token(hall.staff(1)))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/evaluations/export").param("from", "2026-05-02").param("to", "2026-05-01")
            .header("Authorization", org.servicewindow.TestSupport.bearer(fixture.token("inspector"))))
        .andExpect(status().isBadRequest());
  }
}
