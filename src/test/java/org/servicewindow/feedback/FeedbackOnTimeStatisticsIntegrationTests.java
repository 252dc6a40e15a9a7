package org.servicewindow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.fromNewAddress;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestClock;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The statistics count how many ledger entries were closed by their deadline (整改按时办结率). */
@IntegrationTest
class FeedbackOnTimeStatisticsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired NegativeFeedbackLedger ledger;
  @Autowired EvaluationStatistics statistics;
  @Autowired OrganizationApi organization;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void anEntryClosedAfterItsDeadlineIsNotOnTime() throws Exception {
    FeedbackFixture fixture = new FeedbackFixture(context);
    HallSetup hall = fixture.hall(1, "社保卡补办");
    Actor handler = fixture.actor(hall.staff(1));
    UUID quick = negative(fixture, hall);
    UUID slow = negative(fixture, hall);
    var today = ChinaTime.today(clock);

    close(handler, quick);
    clock.advance(Duration.ofDays(40));
    close(handler, slow);

    var summary = statistics.summary(DataScope.unit(organization.window(hall.window(1)).orElseThrow().unitCode()),
        today.minusDays(1), today.plusDays(60), ChinaTime.today(clock));
    assertThat(summary.ledgerClosed()).isEqualTo(2);
    assertThat(summary.ledgerClosedOnTime()).isEqualTo(1);
    assertThat(summary.onTimeRate()).isEqualTo(50.0);
  }

  private void close(Actor handler, UUID id) {
    ledger.verify(handler, id, true, "核实属实");
    ledger.rectify(handler, id, true, null, "当面致歉");
    ledger.callback(handler, id, "SATISFIED", "回访满意");
  }

  private UUID negative(FeedbackFixture fixture, HallSetup hall) throws Exception {
    String token = fixture.completedTicket(hall);
    mvc.perform(post("/api/v1/evaluations").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"token\":\"" + token + "\",\"level\":2,\"channel\":\"QR\"}")).andExpect(status().isCreated());
    return jdbc.sql("SELECT l.id FROM ledger_entry l JOIN evaluation e ON e.id = l.evaluation_id WHERE e.token = :t")
        .param("t", token).query(UUID.class).single();
  }
}
