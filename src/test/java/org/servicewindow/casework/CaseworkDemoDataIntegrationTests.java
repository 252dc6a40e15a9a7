package org.servicewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.SqlTime;
import org.servicewindow.queue.QueueHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo applications belong to the demo ticket history: each was started while a served ticket was at
 * the window — same hall, window, staff member and day, received between the call and the end of the
 * service — and together they cover every state.
 */
@IntegrationTest
class CaseworkDemoDataIntegrationTests {

  @Autowired QueueHistory queueHistory;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  record Row(UUID ticketId, String windowCode, String handler, Instant receivedAt, LocalDate receivedOn, String status) {}

  @Test
  void demoApplicationsWereStartedAtTheWindowWhileARealDemoTicketWasServed() {
    LocalDate today = ChinaTime.today(clock);
    Map<UUID, QueueHistory.ServedTicket> served = new HashMap<>();
    queueHistory.served("BJZWFW", today.minusDays(100), today, t -> served.put(t.ticketId(), t));
    // received before today: what the demo wrote (tests receive today, or on days they move the clock to)
    List<Row> demo = jdbc.sql("""
            SELECT ticket_id, window_code, handler_username, received_at, received_on, status
              FROM application WHERE hall_code = 'BJZWFW' AND received_on < :today""")
        .param("today", today)
        .query((rs, n) -> new Row(rs.getObject("ticket_id", UUID.class), rs.getString("window_code"),
            rs.getString("handler_username"), SqlTime.instant(rs, "received_at"),
            rs.getObject("received_on", LocalDate.class), rs.getString("status")))
        .list();

    assertThat(demo).hasSizeGreaterThan(30);
    assertThat(demo).allSatisfy(a -> {
      QueueHistory.ServedTicket t = served.get(a.ticketId());
      assertThat(t).as("ticket of a demo application").isNotNull();
      assertThat(a.windowCode()).isEqualTo(t.windowCode());
      assertThat(a.handler()).isEqualTo(t.staffUsername());
      assertThat(a.receivedOn()).isEqualTo(t.serviceDay());
      assertThat(a.receivedAt()).isBetween(t.calledAt(), t.finishedAt());
    });
    assertThat(demo.stream().map(Row::ticketId).distinct().count()).isEqualTo(demo.size());
    assertThat(demo.stream().map(Row::status).distinct()).contains("SUPPLEMENT_REQUIRED", "ACCEPTED", "REJECTED",
        "COMPLETED");
  }
}
