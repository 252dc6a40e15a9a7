package org.servicewindow.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.assessment.PeriodKind;
import org.servicewindow.assessment.SubjectType;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.identity.Role;
import org.servicewindow.identity.internal.UserAdministration;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.queue.DeskAttendance;
import org.servicewindow.queue.QueueFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A last-place warning reaches the unit's admins and leaders by e-mail and SMS through the outbox, once: a rerun of
 * the ranking (or of the notices) finds it claimed and sends nothing more.
 */
@IntegrationTest
class LastPlaceNoticesIntegrationTests {

  @Autowired ApplicationContext context;
  @Autowired TestAccounts accounts;
  @Autowired TestClock clock;
  @Autowired DeskAttendance attendance;
  @Autowired OrganizationApi organization;
  @Autowired AssessmentRuns runs;
  @Autowired AssessmentStore store;
  @Autowired LastPlaceNotices notices;
  @Autowired UserAdministration administration;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aWarningIsSentToTheUnitsAdminsAndLeadersOnce() {
    QueueFixture.HallSetup h = new QueueFixture(context).hall(1, "末位预警事项");
    String unit = organization.hall(h.hall()).orElseThrow().unitCode();
    String run = UUID.randomUUID().toString().substring(0, 8);
    administration.create(new UserAdministration.AccountDetails("wa" + run, "单位管理员", "13900000001",
        "admin-" + run + "@example.org", unit, null, null, Set.of(Role.UNIT_ADMIN)), "Passw0rd!" + run);
    administration.create(new UserAdministration.AccountDetails("wl" + run, "单位领导", "13900000002", null, unit, null,
        null, Set.of(Role.LEADER)), "Passw0rd!" + run);
    administration.create(new UserAdministration.AccountDetails("wo" + run, "他单位管理员", "13900000003",
        "other-" + run + "@example.org", "BJXZSPJ", null, null, Set.of(Role.UNIT_ADMIN)), "Passw0rd!" + run);

    // a real score of the unit to warn about: one 空岗 stretch in a month
    // a month years ahead, which no other test of the shared context scores or freezes
    LocalDate day = ChinaTime.today(clock).plusYears(3).withDayOfMonth(10);
    Instant nine = day.atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
    clock.advance(Duration.between(clock.instant(), nine));
    attendance.signIn(h.window(1), accounts.actor(h.staff(1)));
    clock.advance(Duration.ofMinutes(5));
    attendance.signOut(h.window(1), accounts.actor(h.staff(1)));
    clock.advance(Duration.ofMinutes(20));
    Period month = Period.containing(PeriodKind.MONTH, day);
    runs.compute(month);
    UUID period = store.period(PeriodKind.MONTH, month.key()).orElseThrow().id();
    AssessmentStore.ScoreRow score = store.scoresOf(period).stream()
        .filter(s -> s.type() == SubjectType.UNIT && s.code().equals(unit)).findFirst().orElseThrow();
    var warning = new Rankings.Warning(SubjectType.UNIT, unit, score.name(), month.previous().key(),
        month.key(), score.id());
    String reference = "assessment-warning:UNIT:" + unit + ":" + month.key();

    assertThat(notices.notifyAll(List.of(warning))).as("an open month's last place may still be made good").isZero();
    assertThat(outbox(reference)).isEmpty();
    clock.advance(Duration.between(clock.instant(),
        month.to().plusDays(1).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant()));
    runs.freeze(month, "inspector");

    assertThat(notices.notifyAll(List.of(warning))).isEqualTo(1);
    assertThat(outbox(reference)).containsExactlyInAnyOrder("EMAIL admin-" + run + "@example.org",
        "SMS 13900000001", "SMS 13900000002");
    assertThat(jdbc.sql("SELECT body FROM notification_outbox WHERE reference = :r").param("r", reference)
        .query(String.class).list()).allSatisfy(body -> assertThat(body).contains("连续两个月考核排名末位")
        .contains(month.key()));

    // once: the same warning again, and a rerun of the month's ranking, send nothing more
    assertThat(notices.notifyAll(List.of(warning))).isZero();
    runs.compute(month);
    assertThat(outbox(reference)).hasSize(3);
  }

  private List<String> outbox(String reference) {
    return jdbc.sql("SELECT channel, recipient FROM notification_outbox WHERE reference = :r")
        .param("r", reference).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
  }
}
