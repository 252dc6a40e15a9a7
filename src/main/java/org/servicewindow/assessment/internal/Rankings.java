package org.servicewindow.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.assessment.PeriodKind;
import org.servicewindow.assessment.SubjectType;
import org.servicewindow.assessment.internal.AssessmentStore.EvidenceRow;
import org.servicewindow.assessment.internal.AssessmentStore.LineRow;
import org.servicewindow.assessment.internal.AssessmentStore.PeriodRow;
import org.servicewindow.assessment.internal.AssessmentStore.ScoreRow;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.DataScope;
import org.servicewindow.identity.Role;
import org.springframework.stereotype.Service;

/**
 * The read side: rankings and 红黑榜 inside the reader's data scope (a unit admin sees only their unit's
 * staff and windows, a hall manager their hall), the drill-down of a score to its lines and records, and
 * the last-place warnings (last in two consecutive months).
 */
@Service
public class Rankings {

  /** A subject that was last in two consecutive months. */
  public record Warning(SubjectType type, String code, String name, String firstMonth, String secondMonth,
      UUID scoreId) {}

  private final AssessmentStore store;
  private final Clock clock;

  Rankings(AssessmentStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public List<PeriodRow> periods(PeriodKind kind) {
    return store.computedPeriods(kind, 36);
  }

  public Paged<ScoreRow> ranking(Actor actor, UUID periodId, SubjectType type, PageQuery page) {
    if (ownOnly(actor)) {
      List<ScoreRow> own = type == SubjectType.STAFF ? store.staffScores(periodId, actor.username()) : List.of();
      return page.result(own.stream().skip(page.offset()).limit(page.size()).toList(), own.size());
    }
    return store.ranking(periodId, type, actor.scope(), page);
  }

  /** The 红榜 (best) or 黑榜 (worst) five. */
  public List<ScoreRow> board(Actor actor, UUID periodId, SubjectType type, boolean red) {
    if (ownOnly(actor)) {
      return type == SubjectType.STAFF ? store.staffScores(periodId, actor.username()) : List.of();
    }
    return store.ends(periodId, type, actor.scope(), red, 5);
  }

  /**
   * A staff member without a reading role sees only their own scores (their login is the STAFF subject's code);
   * a window scope would otherwise show them their colleagues at the same window.
   */
  static boolean ownOnly(Actor actor) {
    return !actor.isDevice() && actor.has(Role.STAFF) && !actor.has(Role.LEADER) && !actor.has(Role.INSPECTOR)
        && !actor.has(Role.SYSADMIN) && !actor.has(Role.UNIT_ADMIN) && !actor.has(Role.HALL_MANAGER);
  }

  /** A score the actor may see; any other does not exist for them. */
  public ScoreRow score(Actor actor, UUID id) {
    ScoreRow s = store.score(id).orElseThrow(() -> new NotFoundException("assessment.score.notFound"));
    boolean own = s.type() == SubjectType.STAFF && s.code().equals(actor.username());
    if (ownOnly(actor) ? !own : !visible(actor.scope(), s)) {
      throw new NotFoundException("assessment.score.notFound");
    }
    return s;
  }

  public List<LineRow> lines(Actor actor, UUID scoreId) {
    score(actor, scoreId);
    return store.lines(scoreId);
  }

  public LineRow line(Actor actor, UUID scoreId, UUID lineId) {
    score(actor, scoreId);
    LineRow l = store.line(lineId).orElseThrow(() -> new NotFoundException("assessment.score.notFound"));
    if (!l.scoreId().equals(scoreId)) {
      throw new NotFoundException("assessment.score.notFound");
    }
    return l;
  }

  public Paged<EvidenceRow> evidence(Actor actor, UUID scoreId, UUID lineId, PageQuery page) {
    line(actor, scoreId, lineId);
    return store.evidence(lineId, page);
  }

  public PeriodRow period(UUID id) {
    return store.period(id).orElseThrow(() -> new NotFoundException("assessment.period.notFound"));
  }

  /** Subjects last in two consecutive months within the last year, inside the actor's scope. */
  public List<Warning> warnings(Actor actor) {
    return warnings(actor.scope());
  }

  List<Warning> warnings(DataScope scope) {
    LocalDate since = ChinaTime.today(clock).withDayOfMonth(1).minusMonths(12);
    List<ScoreRow> lasts = store.lastPlaces(scope, since);
    Map<UUID, PeriodRow> periods = new HashMap<>();
    Map<String, String> lastMonthOf = new HashMap<>();
    List<Warning> out = new ArrayList<>();
    for (ScoreRow s : lasts) {
      PeriodRow p = periods.computeIfAbsent(s.periodId(), id -> store.period(id).orElseThrow());
      String key = s.type() + ":" + s.code();
      String previous = lastMonthOf.put(key, p.key());
      if (previous != null && p.period().previous().key().equals(previous)) {
        out.add(new Warning(s.type(), s.code(), s.name(), previous, p.key(), s.id()));
      }
    }
    java.util.Collections.reverse(out);
    return out;
  }

  static boolean visible(DataScope scope, ScoreRow s) {
    return scope.permits(s.unitCode(), s.hallCode(), s.windowCode());
  }
}
