package org.servicewindow.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.servicewindow.assessment.PeriodKind;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DemoData;
import org.servicewindow.common.Ids;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo city's default scheme (its weights are the demo city's policy choice, see docs/assessment.md)
 * effective a year back, and scores of the last four months, the quarter and the year from the demo's
 * tickets, ratings, ledger, applications and inspections; the four complete months are frozen and the
 * latest frozen month's top windows and staff are proposed, two of them approved by the leader.
 */
@Component
@Profile("demo")
@Order(85)
class AssessmentDemo implements DemoData {

  private final AssessmentStore store;
  private final AssessmentRuns runs;
  private final Honours honours;
  private final Clock clock;

  AssessmentDemo(AssessmentStore store, AssessmentRuns runs, Honours honours, Clock clock) {
    this.store = store;
    this.runs = runs;
    this.honours = honours;
    this.clock = clock;
  }

  @Override
  public boolean derived() {
    return true;
  }

  /** One transaction, so a start interrupted while scoring leaves no half-seeded scheme behind. */
  @Override
  @Transactional
  public void seed() {
    if (!store.schemes().isEmpty()) {
      return;
    }
    LocalDate today = ChinaTime.today(clock);
    Schemes.Draft d = Schemes.demoDefault(today.withDayOfMonth(1).minusMonths(12));
    // the initial version is seeded as of a year back; later versions go through Schemes.publish
    store.insertScheme(new Scheme(Ids.newId(clock), 1, d.name(), d.effectiveFrom(), d.base(), d.max(), d.min(), d.note(),
        "system", clock.instant(), d.rules()));
    Actor inspector = new Actor(Actor.Kind.USER, "inspector", "赵敏（市督查室）", Set.of(Role.INSPECTOR), null, null, null);
    Actor leader = new Actor(Actor.Kind.USER, "leader", "王建国（市领导）", Set.of(Role.LEADER), null, null, null);
    Period lastFrozen = null;
    for (int back = 4; back >= 0; back--) {
      Period p = Period.containing(PeriodKind.MONTH, today.minusMonths(back));
      runs.compute(p);
      if (back >= 1) {
        runs.freeze(p, inspector.username());
        lastFrozen = p;
      }
    }
    runs.compute(Period.containing(PeriodKind.QUARTER, today));
    runs.compute(Period.containing(PeriodKind.YEAR, today));
    var row = store.period(lastFrozen.kind(), lastFrozen.key()).orElseThrow();
    honours.propose(inspector, row.id());
    var candidates = honours.page(leader, org.servicewindow.common.PageQuery.of(0, 50)).items();
    for (String title : java.util.List.of("MODEL_WINDOW", "MODEL_STAFF")) {
      candidates.stream().filter(h -> h.title().equals(title))
          .min(java.util.Comparator.comparingInt(Honours.Honour::rank))
          .ifPresent(h -> honours.decide(leader, h.id(), true, "考核得分第一，群众评价好，同意授予。"));
    }
  }
}
