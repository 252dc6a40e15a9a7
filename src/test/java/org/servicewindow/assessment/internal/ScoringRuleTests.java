package org.servicewindow.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.servicewindow.assessment.Indicator;
import org.servicewindow.assessment.PeriodKind;
import org.servicewindow.assessment.SubjectType;
import org.servicewindow.common.BusinessRuleException;

/** The scoring rules, table by table: scales, deductions, bonuses, bounds, periods and scheme validation. */
class ScoringRuleTests {

  private static BigDecimal d(String v) {
    return v == null || v.isEmpty() ? null : new BigDecimal(v);
  }

  @ParameterizedTest(name = "{0} {1}..{2} weight {3}: raw {4} over {5} records -> {6}")
  @CsvSource({
      // indicator, low, high, weight, raw, count, points (no data = half the weight)
      "SATISFACTION, 80, 100, 20, 100,   10, 20.00",
      "SATISFACTION, 80, 100, 20, 90,    10, 10.00",
      "SATISFACTION, 80, 100, 20, 79.5,  10, 0.00",
      "SATISFACTION, 80, 100, 20, 95.55, 10, 15.55",
      "SATISFACTION, 80, 100, 20, ,       0, 10.00",
      "WAITING,      30, 15,  15, 15,    50, 15.00",
      "WAITING,      30, 15,  15, 10,    50, 15.00",
      "WAITING,      30, 15,  15, 22.5,  50, 7.50",
      "WAITING,      30, 15,  15, 45,    50, 0.00",
      "CASES_ON_TIME, 90, 100, 15, 96,    5, 9.00",
  })
  void scale(Indicator indicator, String low, String high, String weight, String raw, long count, String points) {
    ScoringRule rule = new ScoringRule(indicator, ScoringRule.Kind.SCALE, d(weight), d(low), d(high), null, null,
        d(weight).divide(BigDecimal.valueOf(2)));
    assertThat(rule.points(d(raw), count)).isEqualByComparingTo(points);
    assertThat(rule.points(d(raw), count).scale()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}: {1} per record, cap {2}, {3} records -> {4}")
  @CsvSource({
      "NEGATIVE,           2, 10, 0, 0.00",
      "NEGATIVE,           2, 10, 1, -2.00",
      "NEGATIVE,           2, 10, 5, -10.00",
      "NEGATIVE,           2, 10, 9, -10.00",
      "COMPLAINT,          3, 15, 4, -12.00",
      "RECTIFICATION_LATE, 2, 10, 3, -6.00",
      "AWARDS,             2, 5,  1, 2.00",
      "AWARDS,             2, 5,  4, 5.00",
      "UNMANNED,           1, 5,  0, 0.00",
      "UNMANNED,           1, 5,  3, -3.00",
      "UNMANNED,           1, 5,  5, -5.00",
      "UNMANNED,           1, 5,  8, -5.00",
      "UNMANNED,           0.5, 5, 3, -1.50",
  })
  void counted(Indicator indicator, String perItem, String cap, long count, String points) {
    ScoringRule rule = new ScoringRule(indicator, ScoringRule.kindOf(indicator), BigDecimal.ZERO, null, null, d(perItem),
        d(cap), null);
    assertThat(rule.points(BigDecimal.valueOf(count), count)).isEqualByComparingTo(points);
  }

  private static Scheme demo() {
    Schemes.Draft d = Schemes.demoDefault(LocalDate.of(2026, 1, 1));
    return new Scheme(null, 1, d.name(), d.effectiveFrom(), d.base(), d.max(), d.min(), null, "t", null, d.rules());
  }

  @Test
  void linesAddUpToTheScoreAndBoundsAreALineOfTheirOwn() {
    Map<Indicator, Scheme.Measure> perfect = new EnumMap<>(Indicator.class);
    perfect.put(Indicator.SATISFACTION, new Scheme.Measure(d("100"), 10));
    perfect.put(Indicator.CASES_ON_TIME, new Scheme.Measure(d("100"), 3));
    perfect.put(Indicator.WAITING, new Scheme.Measure(d("5"), 10));
    perfect.put(Indicator.INSPECTION, new Scheme.Measure(d("100"), 1));
    perfect.put(Indicator.AWARDS, new Scheme.Measure(d("2"), 2));
    List<Scheme.Line> year = demo().score(SubjectType.STAFF, PeriodKind.YEAR, perfect);
    assertThat(Scheme.total(year)).isEqualByComparingTo("100");
    assertThat(year).extracting(Scheme.Line::kind).contains("BASE", "CAP");
    assertThat(year.get(year.size() - 1).points()).isEqualByComparingTo("-4");

    List<Scheme.Line> month = demo().score(SubjectType.STAFF, PeriodKind.MONTH, perfect);
    assertThat(month).extracting(Scheme.Line::indicator).doesNotContain(Indicator.AWARDS);
    assertThat(month).extracting(Scheme.Line::kind).doesNotContain("CAP");
    assertThat(Scheme.total(month)).isEqualByComparingTo("100");

    Map<Indicator, Scheme.Measure> poor = new EnumMap<>(Indicator.class);
    poor.put(Indicator.SATISFACTION, new Scheme.Measure(d("50"), 10));
    poor.put(Indicator.CASES_ON_TIME, new Scheme.Measure(d("0"), 3));
    poor.put(Indicator.WAITING, new Scheme.Measure(d("90"), 10));
    poor.put(Indicator.INSPECTION, new Scheme.Measure(d("10"), 1));
    poor.put(Indicator.NEGATIVE, new Scheme.Measure(d("20"), 20));
    poor.put(Indicator.COMPLAINT, new Scheme.Measure(d("20"), 20));
    poor.put(Indicator.RECTIFICATION_LATE, new Scheme.Measure(d("20"), 20));
    List<Scheme.Line> lines = demo().score(SubjectType.UNIT, PeriodKind.MONTH, poor);
    assertThat(Scheme.total(lines)).isEqualByComparingTo("5"); // 40 - 10 - 15 - 10 = 5, no cap below 0
    assertThat(lines).extracting(Scheme.Line::kind).doesNotContain("CAP");
  }

  @Test
  void awardsCountOnlyForStaffInAYear() {
    assertThat(Scheme.applies(Indicator.AWARDS, SubjectType.STAFF, PeriodKind.YEAR)).isTrue();
    assertThat(Scheme.applies(Indicator.AWARDS, SubjectType.STAFF, PeriodKind.MONTH)).isFalse();
    assertThat(Scheme.applies(Indicator.AWARDS, SubjectType.WINDOW, PeriodKind.YEAR)).isFalse();
    assertThat(Scheme.applies(Indicator.SATISFACTION, SubjectType.HALL, PeriodKind.QUARTER)).isTrue();
  }

  @ParameterizedTest(name = "{0} {1} -> {2} {3}..{4}")
  @CsvSource({
      "MONTH,   2026-02, 2026-02, 2026-02-01, 2026-02-28",
      "MONTH,   2028-02, 2028-02, 2028-02-01, 2028-02-29",
      "QUARTER, 2026-Q4, 2026-Q4, 2026-10-01, 2026-12-31",
      "YEAR,    2026,    2026,    2026-01-01, 2026-12-31",
  })
  void periods(PeriodKind kind, String key, String expected, LocalDate from, LocalDate to) {
    Period p = Period.parse(kind, key);
    assertThat(p.key()).isEqualTo(expected);
    assertThat(p.from()).isEqualTo(from);
    assertThat(p.to()).isEqualTo(to);
    assertThat(Period.containing(kind, to)).isEqualTo(p);
  }

  @ParameterizedTest
  @CsvSource({"MONTH, 2026-13", "MONTH, 2026-Q1", "QUARTER, 2026-Q5", "YEAR, 26", "MONTH, ''"})
  void malformedPeriods(PeriodKind kind, String key) {
    assertThatThrownBy(() -> Period.parse(kind, key)).isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void previousMonthAndQuarter() {
    assertThat(Period.parse(PeriodKind.MONTH, "2026-01").previous().key()).isEqualTo("2025-12");
    assertThat(Period.parse(PeriodKind.QUARTER, "2026-Q1").previous().key()).isEqualTo("2025-Q4");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "not the first of a month, 2026-12-02, 40, 100, 0, assessment.scheme.fromFirstOfMonth",
      "before the current month, 2026-10-01, 40, 100, 0, assessment.scheme.fromPast",
      "base above the maximum,   2026-12-01, 120, 100, 0, assessment.scheme.boundsInvalid",
      "minimum above maximum,    2026-12-01, 40, 10, 50, assessment.scheme.boundsInvalid",
  })
  void invalidDrafts(String why, LocalDate from, String base, String max, String min, String key) {
    Schemes.Draft demo = Schemes.demoDefault(from);
    Schemes.Draft d = new Schemes.Draft("方案", from, d(base), d(max), d(min), null, demo.rules());
    assertThatThrownBy(() -> Schemes.validate(d, LocalDate.of(2026, 11, 26)))
        .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }

  @Test
  void ruleParametersAreChecked() {
    LocalDate from = LocalDate.of(2026, 12, 1);
    Schemes.validate(Schemes.demoDefault(from), LocalDate.of(2026, 11, 26));
    ScoringRule flat = new ScoringRule(Indicator.SATISFACTION, ScoringRule.Kind.SCALE, d("20"), d("90"), d("90"), null,
        null, d("10"));
    ScoringRule wrongKind = new ScoringRule(Indicator.NEGATIVE, ScoringRule.Kind.BONUS, d("0"), null, null, d("2"),
        d("10"), null);
    ScoringRule noCap = new ScoringRule(Indicator.COMPLAINT, ScoringRule.Kind.DEDUCT, d("0"), null, null, d("2"), null,
        null);
    for (ScoringRule bad : List.of(flat, wrongKind, noCap)) {
      Schemes.Draft d = new Schemes.Draft("方案", from, d("40"), d("100"), d("0"), null, List.of(bad));
      assertThatThrownBy(() -> Schemes.validate(d, LocalDate.of(2026, 11, 26)))
          .isInstanceOfSatisfying(BusinessRuleException.class,
              e -> assertThat(e.messageKey()).isEqualTo("assessment.scheme.ruleInvalid"));
    }
  }
}
