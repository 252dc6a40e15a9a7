package org.servicewindow.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.queue.DeskAttendance;
import org.servicewindow.queue.QueueFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The live hall view's and the cockpit's 空岗 follow the queue's desk attendance: an open window nobody is signed in
 * at during opening hours is unmanned (with an alert), a signed-in one is idle with its staff member's name.
 */
@IntegrationTest
class LiveUnmannedIntegrationTests {

  @Autowired ApplicationContext context;
  @Autowired TestAccounts accounts;
  @Autowired TestClock clock;
  @Autowired DeskAttendance attendance;
  @Autowired OrganizationApi organization;
  @Autowired LiveHall live;
  @Autowired Cockpit cockpit;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void windowsWithoutASignedInStaffMemberAreUnmannedInTheLiveViewAndTheCockpitOnceTheHallRecordsAttendance() {
    QueueFixture.HallSetup hall = new QueueFixture(context).hall(2, "社保业务");
    Instant nine = ChinaTime.today(clock).plusDays(1).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
    clock.advance(Duration.between(clock.instant(), nine));
    var summary = organization.hall(hall.hall()).orElseThrow();
    var slice = new CockpitQueries.Slice(null, hall.hall(), null, null);

    LiveHall.Snapshot unrecorded = live.of(summary);
    assertThat(unrecorded.windowsOpen()).isEqualTo(2);
    assertThat(unrecorded.windowsUnmanned()).as("a hall that never signed in records no attendance: no data, not 空岗")
        .isZero();
    assertThat(unrecorded.alerts()).noneMatch(a -> a.kind().equals("unmanned"));

    attendance.signIn(hall.window(1), accounts.actor(hall.staff(1)));
    attendance.signOut(hall.window(1), accounts.actor(hall.staff(1)));
    LiveHall.Snapshot before = live.of(summary);
    assertThat(before.windowsUnmanned()).isEqualTo(2);
    assertThat(cockpit.today(DataScope.ALL, slice).windowsUnmanned()).isEqualTo(2);

    attendance.signIn(hall.window(1), accounts.actor(hall.staff(1)));
    LiveHall.Snapshot after = live.of(summary);
    assertThat(after.windowsUnmanned()).isEqualTo(1);
    assertThat(after.windows()).extracting(LiveHall.WindowTile::code, LiveHall.WindowTile::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(hall.window(1), LiveHall.WindowStatus.IDLE),
            org.assertj.core.groups.Tuple.tuple(hall.window(2), LiveHall.WindowStatus.UNMANNED));
    assertThat(after.windows()).filteredOn(t -> t.code().equals(hall.window(1)))
        .extracting(LiveHall.WindowTile::staffName).containsExactly("测试人员1");
    assertThat(after.alerts()).filteredOn(a -> a.kind().equals("unmanned")).hasSize(1);
    assertThat(cockpit.today(DataScope.ALL, slice).windowsUnmanned()).isEqualTo(1);

    // 30 minutes without a press: the sign-in has lapsed and the window is unmanned again
    clock.advance(Duration.ofMinutes(31));
    assertThat(live.of(summary).windowsUnmanned()).isEqualTo(2);
  }
}
