package org.servicewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The published read APIs for other modules: a hall's queue right now, and every ticket of past days. */
@IntegrationTest
class QueueFloorIntegrationTests {

  @Autowired ApplicationContext context;
  @Autowired QueueManagement queue;
  @Autowired QueueFloor floor;
  @Autowired TicketHistory history;
  @Autowired TestAccounts accounts;
  @Autowired java.time.Clock clock;

  @Test
  void showsWhoWaitsWhichWindowServesAndHandsOverTheDaysTickets() {
    QueueFixture.HallSetup hall = new QueueFixture(context).hall(2, "业务一", "业务二");
    Actor staff = accounts.actor(hall.staff(1));
    TicketView first = queue.issue(new QueueManagement.IssueRequest(hall.hall(), hall.services().get(0), IssueChannel.KIOSK,
        Priority.NORMAL, null, null), staff);
    queue.issue(new QueueManagement.IssueRequest(hall.hall(), hall.services().get(1), IssueChannel.KIOSK, Priority.NORMAL,
        null, null), staff);
    QueueFloor.Snapshot before = floor.of(hall.hall());
    assertThat(before.waitingTotal()).isEqualTo(2);
    assertThat(before.oldestQueuedAt()).isNotNull();
    assertThat(before.issuedToday()).isEqualTo(2);

    TicketView called = queue.callNext(hall.window(1), staff).orElseThrow();
    assertThat(called.id()).isEqualTo(first.id());
    queue.start(called.id(), staff);
    QueueFloor.Snapshot serving = floor.of(hall.hall());
    assertThat(serving.waitingTotal()).isEqualTo(1);
    assertThat(serving.windows()).anySatisfy(w -> {
      assertThat(w.windowCode()).isEqualTo(hall.window(1));
      assertThat(w.ticketStatus()).isEqualTo(TicketStatus.SERVING);
      assertThat(w.ticketNumber()).isEqualTo(first.number());
    });
    queue.complete(called.id(), staff);
    assertThat(floor.of(hall.hall()).servedToday()).isEqualTo(1);

    LocalDate today = ChinaTime.today(clock);
    List<TicketHistory.TicketRecord> records = new ArrayList<>();
    history.tickets(today, today, r -> {
      if (r.hallCode().equals(hall.hall())) {
        records.add(r);
      }
    });
    assertThat(records).hasSize(2);
    assertThat(records).anySatisfy(r -> {
      assertThat(r.ticketId()).isEqualTo(first.id());
      assertThat(r.status()).isEqualTo(TicketStatus.COMPLETED);
      assertThat(r.startedAt()).isNotNull();
      assertThat(r.finishedAt()).isNotNull();
      assertThat(r.windowCode()).isEqualTo(hall.window(1));
    });
    assertThat(history.count(today, today)).isGreaterThanOrEqualTo(2);
  }
}
