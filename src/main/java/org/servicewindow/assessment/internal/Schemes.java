package org.servicewindow.assessment.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.assessment.Indicator;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring scheme's versions. A new version applies from the first day of a month on (never to a period
 * that started earlier); open periods from that day on move to it and are scored again, frozen ones keep
 * the version they were scored with.
 */
@Service
public class Schemes {

  /** The form of a new version. */
  public record Draft(String name, LocalDate effectiveFrom, BigDecimal base, BigDecimal max, BigDecimal min,
      String note, List<ScoringRule> rules) {}

  private final AssessmentStore store;
  private final AuditTrail audit;
  private final Clock clock;

  Schemes(AssessmentStore store, AuditTrail audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  public List<Scheme> all() {
    return store.schemes();
  }

  public Scheme get(UUID id) {
    return store.scheme(id).orElseThrow(() -> new NotFoundException("assessment.scheme.notFound"));
  }

  /** Validates and publishes a new version; returns it. */
  @Transactional
  public Scheme publish(Actor actor, Draft d) {
    validate(d, ChinaTime.today(clock));
    Scheme s = new Scheme(Ids.newId(clock), store.nextSchemeVersion(), d.name().strip(), d.effectiveFrom(), d.base(),
        d.max(), d.min(), d.note() == null || d.note().isBlank() ? null : d.note().strip(), actor.username(),
        clock.instant(), d.rules());
    store.insertScheme(s);
    int moved = store.repinOpenPeriods(s.effectiveFrom(), s.id(), clock.instant());
    audit.record("assessment.scheme.published", "assessment-scheme", s.version(), null,
        Map.of("effectiveFrom", s.effectiveFrom().toString(), "rules", s.rules().size(), "openPeriodsMoved", moved));
    return s;
  }

  /** The rules a draft must keep; pure so that they can be table-tested. */
  static void validate(Draft d, LocalDate today) {
    if (d.name() == null || d.name().isBlank() || d.name().length() > 100) {
      throw new BusinessRuleException("assessment.scheme.nameRequired");
    }
    if (d.effectiveFrom() == null || d.effectiveFrom().getDayOfMonth() != 1) {
      throw new BusinessRuleException("assessment.scheme.fromFirstOfMonth");
    }
    if (d.effectiveFrom().isBefore(today.withDayOfMonth(1))) {
      throw new BusinessRuleException("assessment.scheme.fromPast");
    }
    if (d.base() == null || d.max() == null || d.min() == null || d.min().compareTo(d.max()) >= 0
        || d.base().compareTo(d.min()) < 0 || d.base().compareTo(d.max()) > 0) {
      throw new BusinessRuleException("assessment.scheme.boundsInvalid");
    }
    if (d.rules() == null || d.rules().isEmpty()) {
      throw new BusinessRuleException("assessment.scheme.noRules");
    }
    for (ScoringRule r : d.rules()) {
      boolean ok = switch (r.kind()) {
        case SCALE -> r.weight() != null && r.weight().signum() > 0 && r.low() != null && r.high() != null
            && r.low().compareTo(r.high()) != 0 && r.noDataPoints() != null && r.noDataPoints().signum() >= 0
            && r.noDataPoints().compareTo(r.weight()) <= 0;
        case DEDUCT, BONUS -> r.perItem() != null && r.perItem().signum() > 0 && r.cap() != null
            && r.cap().signum() > 0;
      };
      if (!ok || r.kind() != ScoringRule.kindOf(r.indicator())) {
        throw new BusinessRuleException("assessment.scheme.ruleInvalid", r.indicator().name());
      }
    }
  }

  /**
   * The demo city's default scheme — weights and thresholds are the demo city's own policy choice, to be
   * configured by each city (documented in docs/assessment.md): base 40 plus up to 20 for satisfaction, 15
   * each for cases on time and waiting time and 10 for inspections make 100; verified 差评, complaints and
   * late rectifications are deducted, titles add a bonus.
   */
  public static Draft demoDefault(LocalDate from) {
    List<ScoringRule> rules = new ArrayList<>();
    rules.add(scale(Indicator.SATISFACTION, 20, "80", "100"));
    rules.add(scale(Indicator.CASES_ON_TIME, 15, "90", "100"));
    rules.add(scale(Indicator.WAITING, 15, "30", "15"));
    rules.add(scale(Indicator.INSPECTION, 10, "60", "100"));
    rules.add(count(Indicator.NEGATIVE, "2", "10"));
    rules.add(count(Indicator.COMPLAINT, "3", "15"));
    rules.add(count(Indicator.RECTIFICATION_LATE, "2", "10"));
    rules.add(count(Indicator.AWARDS, "2", "5"));
    rules.add(count(Indicator.UNMANNED, "1", "5"));
    return new Draft("默认考核方案", from, new BigDecimal("40"), new BigDecimal("100"), BigDecimal.ZERO,
        "示例城市的方案：权重与阈值为可配置的政策选择", rules);
  }

  private static ScoringRule scale(Indicator i, int weight, String low, String high) {
    BigDecimal w = BigDecimal.valueOf(weight);
    return new ScoringRule(i, ScoringRule.Kind.SCALE, w, new BigDecimal(low), new BigDecimal(high), null, null,
        w.divide(BigDecimal.valueOf(2)));
  }

  private static ScoringRule count(Indicator i, String perItem, String cap) {
    return new ScoringRule(i, ScoringRule.kindOf(i), BigDecimal.ZERO, null, null, new BigDecimal(perItem),
        new BigDecimal(cap), null);
  }
}
