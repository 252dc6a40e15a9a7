package org.servicewindow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.queue.DeskAttendance;
import org.servicewindow.queue.QueueFixture;
import org.servicewindow.supervision.internal.Finding;
import org.servicewindow.supervision.internal.FindingKind;
import org.servicewindow.supervision.internal.Findings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 空岗 as an automatic finding: a window open during the hall's hours with nobody signed in for more than the
 * threshold (15 minutes) is raised once per stretch, with the stretch as its evidence; a shorter gap is not.
 */
@IntegrationTest
class SupervisionUnmannedIntegrationTests {

  @Autowired ApplicationContext context;
  @Autowired TestAccounts accounts;
  @Autowired TestClock clock;
  @Autowired Findings findings;
  @Autowired DeskAttendance attendance;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void anUnmannedStretchOverTheThresholdIsOneFindingWithItsStretchAsEvidence() {
    QueueFixture.HallSetup hall = new QueueFixture(context).hall(1, "社保业务");
    String window = hall.window(1);
    Actor staff = accounts.actor(hall.staff(1));
    Instant nine = ChinaTime.today(clock).plusDays(1).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
    clock.advance(Duration.between(clock.instant(), nine));

    attendance.signIn(window, staff);
    clock.advance(Duration.ofMinutes(20));
    attendance.signOut(window, staff); // 09:20
    clock.advance(Duration.ofMinutes(10));
    attendance.signIn(window, staff); // 09:30: a gap of 10 minutes is below the threshold
    clock.advance(Duration.ofMinutes(10));
    attendance.signOut(window, staff); // 09:40
    clock.advance(Duration.ofMinutes(20)); // 10:00: unmanned for 20 minutes

    findings.detect("test");
    Actor inspector = accounts.actor("inspector");
    // read in the window's own data scope (the staff member's), so other halls' findings never crowd the page
    assertThat(stretchesStartingAt(staff, window, nine.plus(Duration.ofMinutes(20)))).isEmpty();
    List<Finding> raised = stretchesStartingAt(staff, window, nine.plus(Duration.ofMinutes(40)));
    assertThat(raised).singleElement().satisfies(f -> {
      assertThat(f.hallCode()).isEqualTo(hall.hall());
      assertThat(f.recordCount()).isEqualTo(1);
      assertThat(findings.records(inspector, f.id())).singleElement().satisfies(r -> {
        assertThat(r.kind()).isEqualTo("UNMANNED");
        assertThat(r.windowCode()).isEqualTo(window);
        assertThat(r.reference()).startsWith(format(nine.plus(Duration.ofMinutes(40)))).endsWith("10:00");
      });
    });

    // the stretch goes on: later rounds do not raise it again
    clock.advance(Duration.ofMinutes(15));
    findings.detect("test");
    assertThat(stretchesStartingAt(staff, window, nine.plus(Duration.ofMinutes(40)))).hasSize(1);
  }

  private List<Finding> stretchesStartingAt(Actor actor, String window, Instant from) {
    return findings.findings(actor, FindingKind.UNMANNED_WINDOW, PageQuery.of(0, 200)).items().stream()
        .filter(f -> window.equals(f.windowCode()) && f.subject().contains(format(from))).toList();
  }

  private static String format(Instant at) {
    return at.atZone(ChinaTime.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
  }
}
