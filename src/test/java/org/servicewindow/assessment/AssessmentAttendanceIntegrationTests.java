package org.servicewindow.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.assessment.internal.AssessmentRuns;
import org.servicewindow.assessment.internal.AssessmentStore;
import org.servicewindow.assessment.internal.Period;
import org.servicewindow.assessment.internal.Rankings;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.queue.DeskAttendance;
import org.servicewindow.queue.QueueFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The attendance indicator (空岗): each unmanned stretch of at least 15 minutes is one record deducted from the
 * window's, its assigned staff member's, the hall's and the unit's score, and shows in the drill-down.
 */
@IntegrationTest
class AssessmentAttendanceIntegrationTests {

  @Autowired ApplicationContext context;
  @Autowired TestAccounts accounts;
  @Autowired TestClock clock;
  @Autowired DeskAttendance attendance;
  @Autowired OrganizationApi organization;
  @Autowired AssessmentRuns runs;
  @Autowired Rankings rankings;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void anUnmannedStretchIsDeductedPerStretchAndExplainedByItsRecord() {
    QueueFixture.HallSetup h = new QueueFixture(context).hall(1, "空岗考核事项");
    String unit = organization.hall(h.hall()).orElseThrow().unitCode();
    LocalDate day = ChinaTime.today(clock).plusDays(1);
    Instant nine = day.atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
    clock.advance(Duration.between(clock.instant(), nine));
    Actor staff = accounts.actor(h.staff(1));
    attendance.signIn(h.window(1), staff);
    clock.advance(Duration.ofMinutes(20));
    attendance.signOut(h.window(1), staff); // 09:20
    clock.advance(Duration.ofMinutes(30));
    attendance.signIn(h.window(1), staff); // 09:50: 30 minutes unmanned
    clock.advance(Duration.ofMinutes(10));

    Period month = Period.containing(PeriodKind.MONTH, day);
    runs.compute(month);
    Actor inspector = accounts.actor("inspector");
    for (var subject : List.of(new Object[] {SubjectType.WINDOW, h.window(1)}, new Object[] {SubjectType.STAFF,
        h.staff(1)}, new Object[] {SubjectType.HALL, h.hall()}, new Object[] {SubjectType.UNIT, unit})) {
      AssessmentStore.ScoreRow score = scoreOf(month, (SubjectType) subject[0], (String) subject[1]);
      List<AssessmentStore.LineRow> lines = rankings.lines(inspector, score.id());
      assertThat(lines.stream().map(AssessmentStore.LineRow::points).reduce(BigDecimal.ZERO, BigDecimal::add))
          .as("the lines add up to the score").isEqualByComparingTo(score.score());
      AssessmentStore.LineRow unmanned = lines.stream().filter(l -> l.indicator() == Indicator.UNMANNED).findFirst()
          .orElseThrow();
      assertThat(unmanned.count()).as(subject[0] + " stretches").isEqualTo(1);
      assertThat(unmanned.points()).isEqualByComparingTo("-1");
      assertThat(rankings.evidence(inspector, score.id(), unmanned.id(), PageQuery.of(0, 50)).items())
          .singleElement().satisfies(r -> {
            assertThat(r.recordKind()).isEqualTo("UNMANNED");
            assertThat(r.label()).isEqualTo(day + " 09:20–09:50");
            assertThat(r.value()).isEqualByComparingTo("30");
          });
    }
  }

  private AssessmentStore.ScoreRow scoreOf(Period p, SubjectType type, String code) {
    Actor inspector = accounts.actor("inspector");
    UUID period = rankings.periods(p.kind()).stream().filter(r -> r.key().equals(p.key())).findFirst().orElseThrow().id();
    List<AssessmentStore.ScoreRow> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      var paged = rankings.ranking(inspector, period, type, PageQuery.of(page, 200));
      all.addAll(paged.items());
      if (!paged.hasNext()) {
        break;
      }
    }
    return all.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
  }
}
