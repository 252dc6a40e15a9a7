package org.servicewindow.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.assessment.Indicator;
import org.servicewindow.assessment.PeriodKind;
import org.servicewindow.assessment.SubjectType;
import org.servicewindow.assessment.internal.AssessmentStore.LineRow;
import org.servicewindow.assessment.internal.AssessmentStore.PeriodRow;
import org.servicewindow.assessment.internal.AssessmentStore.ScoreRow;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.WindowSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores a period: collects the facts, groups them by staff member, window, hall and unit, scores each
 * subject with the period's pinned scheme version and stores every line with the ids of its records. An
 * open period is simply scored again; a frozen one keeps its snapshot and gets {@code ADJUSTMENT} lines
 * for whatever changed since, so a correction is never silent.
 */
@Service
public class AssessmentRuns {

  private static final Logger LOG = LoggerFactory.getLogger(AssessmentRuns.class);

  /** What one run did. */
  public record Outcome(Period period, int subjects, int lines, long evidence, int adjustments) {}

  private final AssessmentStore store;
  private final FactSources sources;
  private final OrganizationApi organization;
  private final AuditTrail audit;
  private final LastPlaceNotices notices;
  private final Clock clock;

  AssessmentRuns(AssessmentStore store, FactSources sources, OrganizationApi organization, AuditTrail audit,
      LastPlaceNotices notices, Clock clock) {
    this.notices = notices;
    this.store = store;
    this.sources = sources;
    this.organization = organization;
    this.audit = audit;
    this.clock = clock;
  }

  /** The period's row, created (pinned to the scheme version that applies to its start) when missing. */
  @Transactional
  public PeriodRow ensure(Period p) {
    return store.period(p.kind(), p.key()).orElseGet(() -> {
      UUID scheme = store.schemeFor(p.from())
          .orElseThrow(() -> new BusinessRuleException("assessment.scheme.none", p.key()));
      store.createPeriod(Ids.newId(clock), p, scheme, null);
      return store.period(p.kind(), p.key()).orElseThrow();
    });
  }

  /** Marks the month, quarter and year containing a day for recomputation (periods not yet scored are left). */
  @Transactional
  public void touched(LocalDate day) {
    Instant now = clock.instant();
    for (PeriodKind kind : PeriodKind.values()) {
      Period p = Period.containing(kind, day);
      store.markDirty(kind, p.key(), now);
    }
  }

  /** Scores every dirty period (each claimed first, so two nodes never score the same one twice). */
  public int recomputeDirty() {
    int n = 0;
    for (PeriodRow p : store.dirtyPeriods()) {
      if (store.claim(p.id(), p.dirtySince())) {
        try {
          compute(p.period());
          n++;
        } catch (RuntimeException e) {
          LOG.warn("assessment of {} {} failed", p.kind(), p.key(), e);
        }
      }
    }
    return n;
  }

  /** Scores a period now (creating it if needed). */
  @Transactional
  public Outcome compute(Period p) {
    PeriodRow row = ensure(p);
    Scheme scheme = store.scheme(row.schemeId()).orElseThrow();
    Instant now = clock.instant();
    LocalDate today = ChinaTime.today(clock);
    Directory dir = new Directory(organization);
    Map<SubjectType, Map<String, Map<Indicator, List<Fact>>>> groups = new EnumMap<>(SubjectType.class);
    for (SubjectType t : SubjectType.values()) {
      groups.put(t, new HashMap<>());
    }
    sources.collect(p, today, dir, f -> {
      for (SubjectType t : SubjectType.values()) {
        String key = switch (t) {
          case STAFF -> f.staff();
          case WINDOW -> f.window();
          case HALL -> f.hall();
          case UNIT -> f.unit();
        };
        if (key != null) {
          groups.get(t).computeIfAbsent(key, k -> new EnumMap<>(Indicator.class))
              .computeIfAbsent(f.indicator(), k -> new ArrayList<>()).add(f);
        }
      }
    });
    List<Scored> scored = new ArrayList<>();
    for (var byType : groups.entrySet()) {
      SubjectType type = byType.getKey();
      for (var bySubject : byType.getValue().entrySet()) {
        Map<Indicator, Scheme.Measure> measures = new EnumMap<>(Indicator.class);
        bySubject.getValue().forEach((indicator, facts) -> measures.put(indicator, measure(indicator, facts)));
        List<Scheme.Line> lines = scheme.score(type, p.kind(), measures);
        scored.add(new Scored(subject(type, bySubject.getKey(), bySubject.getValue(), dir), lines, bySubject.getValue()));
      }
    }
    Outcome outcome = row.frozen() ? adjust(row, scored, now) : replace(row, scored, now);
    store.computed(row.id(), now);
    return outcome;
  }

  /** Closes a period that has ended: it is scored once more and its scores become the frozen snapshot. */
  @Transactional
  public void freeze(Period p, String by) {
    PeriodRow row = ensure(p);
    if (row.frozen()) {
      throw new ConflictException("assessment.period.alreadyFrozen", p.key());
    }
    if (!p.to().isBefore(ChinaTime.today(clock))) {
      throw new BusinessRuleException("assessment.period.notEnded", p.key());
    }
    compute(p);
    store.freeze(row.id(), by, clock.instant());
    if (p.kind() == PeriodKind.MONTH) {
      // a closed month's ranking may make someone last twice in a row: their unit hears of it once
      notices.notifyNew();
    }
    audit.record("assessment.period.frozen", "assessment-period", p.kind() + ":" + p.key(), null,
        Map.of("scheme", row.schemeVersion()));
  }

  /** One page of periods, latest first. */
  public org.servicewindow.common.Paged<PeriodRow> periods(PeriodKind kind, org.servicewindow.common.PageQuery page) {
    return store.periods(kind, page);
  }

  /** A period by id, or not found. */
  public PeriodRow period(UUID id) {
    return store.period(id).orElseThrow(() -> new NotFoundException("assessment.period.notFound"));
  }

  private record Subject(SubjectType type, String code, String name, String unit, String hall, String window) {}

  private record Scored(Subject subject, List<Scheme.Line> lines, Map<Indicator, List<Fact>> facts) {

    BigDecimal total() {
      return Scheme.total(lines);
    }
  }

  static Scheme.Measure measure(Indicator indicator, List<Fact> facts) {
    if (facts.isEmpty()) {
      return Scheme.Measure.NONE;
    }
    BigDecimal sum = facts.stream().map(Fact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal n = BigDecimal.valueOf(facts.size());
    BigDecimal raw = switch (indicator.aggregate()) {
      case RATE -> sum.multiply(BigDecimal.valueOf(100)).divide(n, 2, RoundingMode.HALF_UP);
      case MEAN -> sum.divide(n, 2, RoundingMode.HALF_UP);
      case COUNT -> n;
    };
    return new Scheme.Measure(raw, facts.size());
  }

  private static Subject subject(SubjectType type, String code, Map<Indicator, List<Fact>> facts, Directory dir) {
    Fact any = facts.values().iterator().next().get(0);
    return switch (type) {
      case STAFF -> {
        StaffSummary s = dir.staff(code);
        yield s == null ? new Subject(type, code, code, any.unit(), any.hall(), any.window())
            : new Subject(type, code, s.name(), s.unitCode(), s.hallCode(),
                s.windowCodes().isEmpty() ? null : s.windowCodes().get(0));
      }
      case WINDOW -> {
        WindowSummary w = dir.windows.get(code);
        yield new Subject(type, code, dir.windowName(code), w == null ? any.unit() : w.unitCode(),
            w == null ? any.hall() : w.hallCode(), code);
      }
      case HALL -> new Subject(type, code, dir.hallName(code),
          dir.halls.containsKey(code) ? dir.halls.get(code).unitCode() : any.unit(), code, null);
      case UNIT -> new Subject(type, code, dir.unitName(code), code, null, null);
    };
  }

  private Outcome replace(PeriodRow row, List<Scored> scored, Instant now) {
    // a subject keeps its score id across rescoring, so links to its drill-down stay valid
    Map<String, UUID> ids = new HashMap<>();
    store.scoresOf(row.id()).forEach(s -> ids.put(s.type() + ":" + s.code(), s.id()));
    store.clearScores(row.id());
    List<ScoreRow> scores = new ArrayList<>();
    List<LineRow> lines = new ArrayList<>();
    List<Object[]> evidence = new ArrayList<>();
    Map<SubjectType, List<BigDecimal>> totals = new EnumMap<>(SubjectType.class);
    scored.forEach(s -> totals.computeIfAbsent(s.subject().type(), k -> new ArrayList<>()).add(s.total()));
    for (Scored s : scored) {
      UUID id = ids.getOrDefault(s.subject().type() + ":" + s.subject().code(), Ids.newId(clock));
      List<BigDecimal> all = totals.get(s.subject().type());
      int rank = 1 + (int) all.stream().filter(t -> t.compareTo(s.total()) > 0).count();
      Subject sub = s.subject();
      scores.add(new ScoreRow(id, row.id(), sub.type(), sub.code(), sub.name(), sub.unit(), sub.hall(), sub.window(),
          s.total(), null, rank, all.size(), now));
      int no = 0;
      for (Scheme.Line l : s.lines()) {
        UUID lineId = Ids.newId(clock);
        lines.add(new LineRow(lineId, id, ++no, l.kind(), l.indicator(), l.raw(), l.count(), l.rule(), null,
            l.points(), now));
        if (l.indicator() != null) {
          for (Fact f : s.facts().getOrDefault(l.indicator(), List.of())) {
            evidence.add(evidence(lineId, f));
          }
        }
      }
    }
    store.insertScores(scores);
    store.insertLines(lines);
    store.insertEvidence(evidence);
    return new Outcome(row.period(), scores.size(), lines.size(), evidence.size(), 0);
  }

  private Outcome adjust(PeriodRow row, List<Scored> scored, Instant now) {
    Map<String, ScoreRow> existing = new HashMap<>();
    store.scoresOf(row.id()).forEach(s -> existing.put(s.type() + ":" + s.code(), s));
    Map<UUID, List<LineRow>> oldLines = store.linesOf(row.id());
    List<ScoreRow> newScores = new ArrayList<>();
    List<LineRow> lines = new ArrayList<>();
    List<Object[]> evidence = new ArrayList<>();
    int adjustments = 0;
    Map<String, Scored> fresh = new LinkedHashMap<>();
    scored.forEach(s -> fresh.put(s.subject().type() + ":" + s.subject().code(), s));
    List<String> keys = new ArrayList<>(fresh.keySet());
    existing.keySet().stream().filter(k -> !fresh.containsKey(k)).forEach(keys::add);
    for (String key : keys) {
      Scored s = fresh.get(key);
      ScoreRow old = existing.get(key);
      Map<String, BigDecimal> before = new LinkedHashMap<>();
      List<LineRow> previous = old == null ? List.of() : oldLines.getOrDefault(old.id(), List.of());
      previous.forEach(l -> before.merge(l.key(), l.points(), BigDecimal::add));
      Map<String, Scheme.Line> after = new LinkedHashMap<>();
      if (s != null) {
        s.lines().forEach(l -> after.put(l.indicator() != null ? l.indicator().name() : l.kind(), l));
      }
      List<String> lineKeys = new ArrayList<>(after.keySet());
      before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(lineKeys::add);
      UUID scoreId = old != null ? old.id() : Ids.newId(clock);
      int no = previous.stream().mapToInt(LineRow::lineNo).max().orElse(0);
      BigDecimal delta = BigDecimal.ZERO.setScale(2);
      for (String k : lineKeys) {
        Scheme.Line now2 = after.get(k);
        BigDecimal was = before.getOrDefault(k, BigDecimal.ZERO.setScale(2));
        BigDecimal is = now2 == null ? BigDecimal.ZERO.setScale(2) : now2.points();
        if (was.compareTo(is) == 0) {
          continue;
        }
        UUID lineId = Ids.newId(clock);
        BigDecimal d = is.subtract(was);
        lines.add(new LineRow(lineId, scoreId, ++no, "ADJUSTMENT", now2 == null ? null : now2.indicator(),
            now2 == null ? null : now2.raw(), now2 == null ? 0 : now2.count(), now2 == null ? null : now2.rule(), k, d,
            now));
        if (now2 != null && now2.indicator() != null) {
          for (Fact f : s.facts().getOrDefault(now2.indicator(), List.of())) {
            evidence.add(evidence(lineId, f));
          }
        }
        delta = delta.add(d);
        adjustments++;
      }
      if (old == null) {
        Subject sub = s.subject();
        newScores.add(new ScoreRow(scoreId, row.id(), sub.type(), sub.code(), sub.name(), sub.unit(), sub.hall(),
            sub.window(), delta, null, 0, 0, now));
      } else if (delta.signum() != 0) {
        store.updateScore(old.id(), old.score().add(delta), now);
      }
    }
    store.insertScores(newScores);
    store.insertLines(lines);
    store.insertEvidence(evidence);
    rerank(row.id());
    if (adjustments > 0) {
      audit.record("assessment.period.adjusted", "assessment-period", row.kind() + ":" + row.key(), null,
          Map.of("adjustments", adjustments));
    }
    return new Outcome(row.period(), fresh.size(), lines.size(), evidence.size(), adjustments);
  }

  private record Ranked(UUID id, SubjectType type, BigDecimal score) {}

  /** Competition ranking per subject type: 1 + how many scored strictly better. */
  private static Map<UUID, Integer[]> ranks(List<Ranked> all) {
    Map<UUID, Integer[]> out = new HashMap<>();
    Map<SubjectType, List<Ranked>> byType = new EnumMap<>(SubjectType.class);
    all.forEach(r -> byType.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r));
    for (List<Ranked> list : byType.values()) {
      for (Ranked r : list) {
        int better = (int) list.stream().filter(o -> o.score().compareTo(r.score()) > 0).count();
        out.put(r.id(), new Integer[] {better + 1, list.size()});
      }
    }
    return out;
  }

  private void rerank(UUID periodId) {
    List<ScoreRow> scores = store.scoresOf(periodId);
    Map<UUID, Integer[]> ranks = ranks(scores.stream().map(s -> new Ranked(s.id(), s.type(), s.score())).toList());
    for (ScoreRow s : scores) {
      Integer[] r = ranks.get(s.id());
      if (r[0] != s.rank() || r[1] != s.rankedOf()) {
        store.updateRank(s.id(), r[0], r[1]);
      }
    }
  }

  private static Object[] evidence(UUID lineId, Fact f) {
    return new Object[] {lineId, f.recordKind(), f.recordId(), f.label() == null ? null
        : f.label().length() > 64 ? f.label().substring(0, 64) : f.label(), f.value(),
        f.at() == null ? null : org.servicewindow.common.SqlTime.param(f.at())};
  }
}
