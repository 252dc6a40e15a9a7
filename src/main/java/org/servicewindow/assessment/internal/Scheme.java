package org.servicewindow.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.assessment.Indicator;
import org.servicewindow.assessment.PeriodKind;
import org.servicewindow.assessment.SubjectType;

/**
 * One version of the scoring scheme: a base score, the indicators with their rules, and the bounds of a
 * score. It applies to every period that starts on or after {@code effectiveFrom} until a later version
 * takes over; a period keeps the version it was first scored with.
 */
public record Scheme(UUID id, int version, String name, LocalDate effectiveFrom, BigDecimal base, BigDecimal max,
    BigDecimal min, String note, String createdBy, Instant createdAt, List<ScoringRule> rules) {

  /** What a subject measured on one indicator. */
  public record Measure(BigDecimal raw, long count) {
    public static final Measure NONE = new Measure(null, 0);
  }

  /** One line of a score: the base, an indicator's points, the cap to the score's bounds, or an adjustment. */
  public record Line(String kind, Indicator indicator, BigDecimal raw, long count, String rule, BigDecimal points) {}

  /** Whether an indicator counts for this subject and period length (titles are yearly and personal). */
  public static boolean applies(Indicator indicator, SubjectType subject, PeriodKind period) {
    return indicator != Indicator.AWARDS || subject == SubjectType.STAFF && period == PeriodKind.YEAR;
  }

  /**
   * The lines of a score; their points always add up to the score, because the bounds are applied as a
   * line of their own ({@code CAP}) instead of silently.
   */
  public List<Line> score(SubjectType subject, PeriodKind period, Map<Indicator, Measure> measures) {
    List<Line> lines = new ArrayList<>();
    BigDecimal total = base.setScale(2, RoundingMode.HALF_UP);
    lines.add(new Line("BASE", null, null, 0, null, total));
    for (ScoringRule rule : rules) {
      if (!applies(rule.indicator(), subject, period)) {
        continue;
      }
      Measure m = measures.getOrDefault(rule.indicator(), Measure.NONE);
      BigDecimal points = rule.points(m.raw(), m.count());
      lines.add(new Line("INDICATOR", rule.indicator(), m.raw(), m.count(), rule.describe(), points));
      total = total.add(points);
    }
    if (total.compareTo(max) > 0) {
      lines.add(new Line("CAP", null, total, 0, "≤" + max.stripTrailingZeros().toPlainString(),
          max.subtract(total).setScale(2, RoundingMode.HALF_UP)));
    } else if (total.compareTo(min) < 0) {
      lines.add(new Line("CAP", null, total, 0, "≥" + min.stripTrailingZeros().toPlainString(),
          min.subtract(total).setScale(2, RoundingMode.HALF_UP)));
    }
    return lines;
  }

  /** The sum of the lines' points. */
  public static BigDecimal total(List<Line> lines) {
    return lines.stream().map(Line::points).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
