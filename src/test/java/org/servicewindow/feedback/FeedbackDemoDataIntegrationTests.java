package org.servicewindow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.SqlTime;
import org.servicewindow.queue.QueueHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's ratings belong to the queue's real served tickets — the ticket's own evaluation token, its
 * window, its staff member and its service — and its ledger follows from its ratings and complaints: one
 * entry per 差评, entries in every state, complaints from every channel.
 */
@IntegrationTest
class FeedbackDemoDataIntegrationTests {

  record DemoRating(String token, String windowCode, String staffUsername, String serviceCode, boolean negative,
      java.util.UUID subjectId) {}

  @Autowired QueueHistory history;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void everyDemoRatingIsThatOfAServedTicketAndEveryNegativeOneHasItsLedgerEntry() {
    LocalDate today = ChinaTime.today(clock);
    Map<String, QueueHistory.ServedTicket> served = new HashMap<>();
    history.served(null, today.minusDays(90), today.minusDays(1), t -> {
      if (t.evaluationToken() != null) {
        served.put(t.evaluationToken(), t);
      }
    });
    // the demo's ratings are those of services finished in the 90 days before today (other tests rate
    // tickets of today, or of a year ago)
    List<DemoRating> ratings = jdbc.sql("""
            SELECT token, window_code, staff_username, service_code, negative, subject_id FROM evaluation
             WHERE served_at < :today AND served_at >= :from""")
        .param("today", SqlTime.param(today.atStartOfDay(ChinaTime.ZONE).toInstant()))
        .param("from", SqlTime.param(today.minusDays(90).atStartOfDay(ChinaTime.ZONE).toInstant()))
        .query(DemoRating.class).list();

    assertThat(ratings).hasSizeGreaterThan(100);
    assertThat(ratings).allSatisfy(r -> {
      QueueHistory.ServedTicket ticket = served.get(r.token());
      assertThat(ticket).as("ticket of %s", r.token()).isNotNull();
      assertThat(r.subjectId()).isEqualTo(ticket.ticketId());
      assertThat(r.windowCode()).isEqualTo(ticket.windowCode());
      assertThat(r.staffUsername()).isEqualTo(ticket.staffUsername());
      assertThat(r.serviceCode()).isEqualTo(ticket.serviceCode());
    });
    long negative = ratings.stream().filter(DemoRating::negative).count();
    assertThat(negative).isPositive().isLessThan(ratings.size() / 5);
    long entriesOfNegative = jdbc.sql("""
            SELECT COUNT(*) FROM ledger_entry l JOIN evaluation e ON e.id = l.evaluation_id
             WHERE e.negative = TRUE AND e.served_at < :today AND e.served_at >= :from
               AND l.handler_username = e.staff_username AND l.window_code = e.window_code""")
        .param("today", SqlTime.param(today.atStartOfDay(ChinaTime.ZONE).toInstant()))
        .param("from", SqlTime.param(today.minusDays(90).atStartOfDay(ChinaTime.ZONE).toInstant()))
        .query(Long.class).single();
    assertThat(entriesOfNegative).isEqualTo(negative);

    for (LedgerStatus status : LedgerStatus.values()) {
      assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE status = :s AND source = 'EVALUATION'")
          .param("s", status.name()).query(Long.class).single()).as(status.name()).isPositive();
    }
    for (ComplaintChannel channel : ComplaintChannel.values()) {
      assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE source = 'COMPLAINT' AND channel = :c")
          .param("c", channel.name()).query(Long.class).single()).as(channel.name()).isPositive();
    }
    // the unrated services of the last days stay rateable by their tickets' tokens
    assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback_rateable r WHERE NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.token = r.token)")
        .query(Long.class).single()).isPositive();
  }
}
