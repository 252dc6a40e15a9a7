package org.servicewindow.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.assessment.internal.AssessmentRuns;
import org.servicewindow.assessment.internal.AssessmentStore;
import org.servicewindow.assessment.internal.Honours;
import org.servicewindow.assessment.internal.Period;
import org.servicewindow.assessment.internal.Rankings;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.feedback.EvaluationChannel;
import org.servicewindow.feedback.Evaluations;
import org.servicewindow.feedback.LedgerEntryView;
import org.servicewindow.feedback.LedgerStatus;
import org.servicewindow.feedback.NegativeFeedbackLedger;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.queue.IssueChannel;
import org.servicewindow.queue.Priority;
import org.servicewindow.queue.QueueFixture;
import org.servicewindow.queue.QueueManagement;
import org.servicewindow.queue.TicketView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A hall of its own is served and rated through the queue's and feedback's public APIs, then scored: every
 * score's lines add up to it and name the records behind them; a frozen period gets an adjustment line
 * when a 差评 is verified afterwards; unit admins and hall managers see only their own subjects; honours
 * are proposed from a frozen period, approved by a leader and published.
 */
@IntegrationTest
class AssessmentIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired TestAccounts accounts;
  @Autowired TestClock clock;
  @Autowired QueueManagement queue;
  @Autowired Evaluations evaluations;
  @Autowired NegativeFeedbackLedger ledger;
  @Autowired OrganizationApi organization;
  @Autowired AssessmentRuns runs;
  @Autowired Rankings rankings;
  @Autowired Honours honours;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private record Served(UUID ticket, UUID evaluation) {}

  private Served serveAndRate(QueueFixture.HallSetup h, int window, int level) {
    Actor kiosk = new Actor(Actor.Kind.DEVICE, "device:kiosk", "取号机", Set.of(Role.DEVICE_KIOSK), null, h.hall(), null);
    queue.issue(new QueueManagement.IssueRequest(h.hall(), h.services().get(0), IssueChannel.KIOSK, Priority.NORMAL,
        null, null), kiosk);
    Actor staff = accounts.actor(h.staff(window));
    TicketView called = queue.callNext(h.window(window), staff).orElseThrow();
    queue.start(called.id(), staff);
    TicketView done = queue.complete(called.id(), staff);
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (evaluations.rateable(done.evaluationToken()).isEmpty()) {
      assertThat(System.nanoTime()).as("feedback learns the ticket").isLessThan(until);
      Thread.onSpinWait();
    }
    UUID evaluation = evaluations.submit(new Evaluations.Submission(done.evaluationToken(), level, EvaluationChannel.WEB,
        List.of(), level <= 2 ? "等了很久，态度不好" : null, null, null), null, "10.88." + window + "." + level).id();
    return new Served(called.id(), evaluation);
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

  private static BigDecimal sum(List<AssessmentStore.LineRow> lines) {
    return lines.stream().map(AssessmentStore.LineRow::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void scoresAreExplainedByTheirRecordsAndCorrectionsAfterFreezingAreAdjustments() throws Exception {
    QueueFixture.HallSetup h = new QueueFixture(context).hall(2, "考核测试事项");
    String unit = organization.hall(h.hall()).orElseThrow().unitCode();
    Served happy = serveAndRate(h, 1, 5);
    Served unhappy = serveAndRate(h, 1, 1);
    Served other = serveAndRate(h, 2, 4);
    Period month = Period.containing(PeriodKind.MONTH, ChinaTime.today(clock));
    Actor inspector = accounts.actor("inspector");

    runs.compute(month);
    AssessmentStore.ScoreRow window = scoreOf(month, SubjectType.WINDOW, h.window(1));
    List<AssessmentStore.LineRow> lines = rankings.lines(inspector, window.id());
    assertThat(sum(lines)).isEqualByComparingTo(window.score());
    AssessmentStore.LineRow satisfaction = lines.stream().filter(l -> l.indicator() == Indicator.SATISFACTION)
        .findFirst().orElseThrow();
    assertThat(satisfaction.raw()).isEqualByComparingTo("50");
    assertThat(satisfaction.count()).isEqualTo(2);
    assertThat(satisfaction.points()).isEqualByComparingTo("0"); // 50 % is below the scale's 80 %
    assertThat(rankings.evidence(inspector, window.id(), satisfaction.id(), PageQuery.of(0, 50)).items())
        .extracting(AssessmentStore.EvidenceRow::recordId)
        .containsExactlyInAnyOrder(happy.evaluation().toString(), unhappy.evaluation().toString());
    AssessmentStore.LineRow waiting = lines.stream().filter(l -> l.indicator() == Indicator.WAITING).findFirst().orElseThrow();
    assertThat(rankings.evidence(inspector, window.id(), waiting.id(), PageQuery.of(0, 50)).items())
        .extracting(AssessmentStore.EvidenceRow::recordId)
        .containsExactlyInAnyOrder(happy.ticket().toString(), unhappy.ticket().toString());
    // every score of every subject type adds up
    for (SubjectType type : SubjectType.values()) {
      String code = switch (type) {
        case STAFF -> h.staff(2);
        case WINDOW -> h.window(2);
        case HALL -> h.hall();
        case UNIT -> unit;
      };
      AssessmentStore.ScoreRow s = scoreOf(month, type, code);
      assertThat(sum(rankings.lines(inspector, s.id()))).as(type.name()).isEqualByComparingTo(s.score());
    }

    // the drill-down pages: ranking → score → records
    mvc.perform(get("/assessment").param("type", "WINDOW").with(as(inspector))).andExpect(status().isOk());
    mvc.perform(get("/assessment/scores/" + window.id()).with(as(inspector))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("满意率")));
    mvc.perform(get("/assessment/scores/" + window.id() + "/lines/" + satisfaction.id()).with(as(inspector)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(unhappy.evaluation().toString())));

    // freezing needs the period to have ended
    assertThatThrownBy(() -> runs.freeze(month, "inspector")).isInstanceOf(BusinessRuleException.class);
    clock.advance(Duration.ofDays(month.to().toEpochDay() - ChinaTime.today(clock).toEpochDay() + 2));
    runs.freeze(month, "inspector");
    AssessmentStore.ScoreRow frozen = scoreOf(month, SubjectType.WINDOW, h.window(1));
    // the days the clock skipped left the windows unmanned (空岗, nobody signed in) until the month ended, so the
    // freeze's own scoring may be lower than the earlier run by at most the 空岗 cap; the snapshot is what it scored
    assertThat(frozen.frozenScore()).isEqualByComparingTo(frozen.score())
        .isBetween(window.score().subtract(new BigDecimal("5")), window.score());

    // the 差评 is verified 成立 after the freeze: a visible adjustment, not a silent change
    Actor manager = accounts.createUser("ashm" + System.nanoTime() % 1_000_000, "Assess-Test-2026", unit, h.hall(), null,
        Role.HALL_MANAGER);
    LedgerEntryView entry = ledger.page(manager, LedgerStatus.OPEN, false, PageQuery.of(0, 50)).items().stream()
        .filter(e -> unhappy.evaluation().equals(e.evaluationId())).findFirst().orElseThrow();
    ledger.verify(manager, entry.id(), true, "监控录像显示窗口人员态度生硬");
    AssessmentRuns.Outcome outcome = runs.compute(month);
    assertThat(outcome.adjustments()).isPositive();
    AssessmentStore.ScoreRow adjusted = scoreOf(month, SubjectType.WINDOW, h.window(1));
    assertThat(adjusted.frozenScore()).isEqualByComparingTo(frozen.frozenScore());
    assertThat(adjusted.score()).isEqualByComparingTo(frozen.frozenScore().subtract(new BigDecimal("2")));
    List<AssessmentStore.LineRow> after = rankings.lines(inspector, adjusted.id());
    assertThat(sum(after)).isEqualByComparingTo(adjusted.score());
    AssessmentStore.LineRow adjustment = after.stream().filter(l -> "ADJUSTMENT".equals(l.kind())).findFirst().orElseThrow();
    assertThat(adjustment.adjusts()).isEqualTo("NEGATIVE");
    assertThat(adjustment.points()).isEqualByComparingTo("-2");
    assertThat(rankings.evidence(inspector, adjusted.id(), adjustment.id(), PageQuery.of(0, 10)).items())
        .extracting(AssessmentStore.EvidenceRow::recordId).containsExactly(entry.id().toString());
    // the frozen lines themselves are unchanged
    assertThat(after.stream().filter(l -> !"ADJUSTMENT".equals(l.kind())).toList()).hasSize(lines.size());
    // a second recomputation with nothing new adds nothing
    assertThat(runs.compute(month).adjustments()).isZero();

    // data scope: the demo unit admin and hall manager cannot see this hall's scores; its own hall manager can
    for (String outsider : List.of("unitadmin", "hallmanager")) {
      Actor a = accounts.actor(outsider);
      mvc.perform(get("/assessment/scores/" + window.id()).with(as(a))).andExpect(status().isNotFound());
      assertThatThrownBy(() -> rankings.score(a, window.id())).isInstanceOf(NotFoundException.class);
      UUID period = rankings.period(window.periodId()).id();
      assertThat(rankings.ranking(a, period, SubjectType.WINDOW, PageQuery.of(0, 200)).items())
          .extracting(AssessmentStore.ScoreRow::code).doesNotContain(h.window(1), h.window(2));
    }
    mvc.perform(get("/assessment/scores/" + window.id()).with(as(manager))).andExpect(status().isOk());
    assertThat(rankings.ranking(manager, window.periodId(), SubjectType.WINDOW, PageQuery.of(0, 50)).items())
        .extracting(AssessmentStore.ScoreRow::code).containsExactlyInAnyOrder(h.window(1), h.window(2));
    Actor ownAdmin = accounts.createUser("asua" + System.nanoTime() % 1_000_000, "Assess-Test-2026", unit, null, null,
        Role.UNIT_ADMIN);
    assertThat(rankings.ranking(ownAdmin, window.periodId(), SubjectType.STAFF, PageQuery.of(0, 50)).items())
        .extracting(AssessmentStore.ScoreRow::code).containsExactlyInAnyOrder(h.staff(1), h.staff(2));
    mvc.perform(get("/assessment/scores/" + window.id()).with(as(accounts.actor("leader")))).andExpect(status().isOk());
  }

  @Test
  void honoursAreProposedFromAFrozenPeriodApprovedByALeaderAndPublished() throws Exception {
    Actor inspector = accounts.actor("inspector");
    Actor leader = accounts.actor("leader");
    // an open period cannot propose
    Period open = Period.containing(PeriodKind.MONTH, ChinaTime.today(clock));
    UUID openId = runs.ensure(open).id();
    if (!runs.period(openId).frozen()) {
      assertThatThrownBy(() -> honours.propose(inspector, openId)).isInstanceOf(BusinessRuleException.class);
    }
    // the demo froze the last four complete months; the last one holds demo history (tests keep 30 days of it)
    Period frozen = Period.containing(PeriodKind.MONTH, ChinaTime.today(clock).minusMonths(1));
    UUID frozenId = runs.ensure(frozen).id();
    assertThat(runs.period(frozenId).frozen()).isTrue();
    mvc.perform(post("/assessment/periods/" + frozenId + "/honours").with(as(inspector)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    Honours.Honour candidate = honours.page(leader, PageQuery.of(0, 200)).items().stream()
        .filter(c -> c.periodId().equals(frozenId) && "PROPOSED".equals(c.status())).findFirst().orElseThrow();
    mvc.perform(get("/assessment/honours/" + candidate.id()).with(as(leader))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(candidate.name())));
    // an inspector may not decide (URL rule) and the leader's decision is kept once
    mvc.perform(post("/assessment/honours/" + candidate.id() + "/decision").param("decision", "APPROVE")
        .with(as(inspector)).with(csrf())).andExpect(status().isForbidden());
    mvc.perform(post("/assessment/honours/" + candidate.id() + "/decision").param("decision", "APPROVE")
        .param("note", "同意").with(as(leader)).with(csrf())).andExpect(status().is3xxRedirection());
    assertThat(honours.get(leader, candidate.id()).status()).isEqualTo("APPROVED");
    assertThatThrownBy(() -> honours.decide(leader, candidate.id(), false, null))
        .isInstanceOf(org.servicewindow.common.ConflictException.class);
    mvc.perform(get("/honours")).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(candidate.name())));
  }

  @Test
  void aNewSchemeVersionAppliesFromItsMonthOnAndOldPeriodsKeepTheirs() throws Exception {
    Actor inspector = accounts.actor("inspector");
    int before = rankings.period(runs.ensure(Period.parse(PeriodKind.MONTH, "2069-12")).id()).schemeVersion();
    // a version reaching into the past is refused and the form keeps the input
    mvc.perform(post("/assessment/schemes").with(as(inspector)).with(csrf()).param("name", "回溯方案")
            .param("effectiveFrom", "2020-01").param("base", "50").param("max", "100").param("min", "0")
            .param("on_SATISFACTION", "true").param("weight_SATISFACTION", "50").param("low_SATISFACTION", "70")
            .param("high_SATISFACTION", "100").param("noData_SATISFACTION", "25"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("回溯方案")))
        .andExpect(content().string(Matchers.containsString("新版本不能追溯到本月之前")));
    mvc.perform(post("/assessment/schemes").with(as(inspector)).with(csrf()).param("name", "2070 年方案")
            .param("effectiveFrom", "2070-01").param("base", "50").param("max", "100").param("min", "0")
            .param("on_SATISFACTION", "true").param("weight_SATISFACTION", "50").param("low_SATISFACTION", "70")
            .param("high_SATISFACTION", "100").param("noData_SATISFACTION", "25"))
        .andExpect(status().is3xxRedirection());
    Period p2070 = Period.parse(PeriodKind.MONTH, "2070-01");
    AssessmentStore.PeriodRow row = rankings.period(runs.ensure(p2070).id());
    assertThat(row.schemeVersion()).isGreaterThan(before);
    assertThat(rankings.period(runs.ensure(Period.parse(PeriodKind.MONTH, "2069-12")).id()).schemeVersion())
        .isEqualTo(before);
    // a quarter starting before the new version keeps the old one too
    assertThat(rankings.period(runs.ensure(Period.parse(PeriodKind.QUARTER, "2069-Q4")).id()).schemeVersion())
        .isEqualTo(before);
    assertThat(LocalDate.of(2070, 1, 1)).isEqualTo(p2070.from());
  }
}
