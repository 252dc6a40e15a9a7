package org.servicewindow.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.servicewindow.assessment.Indicator;

/**
 * How one indicator turns its raw value into points.
 *
 * <ul>
 *   <li>{@code SCALE}: linear from {@code low} (0 points) to {@code high} (the full {@code weight}), clamped;
 *       {@code low} above {@code high} scores a lower-is-better value such as waiting time. Without any
 *       record the indicator earns {@code noDataPoints} (a scheme's choice, e.g. half the weight).</li>
 *   <li>{@code DEDUCT}: {@code perItem} points off per record, at most {@code cap} in all.</li>
 *   <li>{@code BONUS}: {@code perItem} points added per record, at most {@code cap} in all.</li>
 * </ul>
 */
public record ScoringRule(Indicator indicator, Kind kind, BigDecimal weight, BigDecimal low, BigDecimal high,
    BigDecimal perItem, BigDecimal cap, BigDecimal noDataPoints) {

  public enum Kind {
    SCALE,
    DEDUCT,
    BONUS
  }

  /** The kind an indicator is scored by: shares and means on a scale, counts as deductions or bonuses. */
  public static Kind kindOf(Indicator indicator) {
    return switch (indicator) {
      case SATISFACTION, CASES_ON_TIME, WAITING, INSPECTION -> Kind.SCALE;
      case NEGATIVE, COMPLAINT, RECTIFICATION_LATE, UNMANNED -> Kind.DEDUCT;
      case AWARDS -> Kind.BONUS;
    };
  }

  /** The points of a raw value measured over {@code count} records (raw null when nothing was measured). */
  public BigDecimal points(BigDecimal raw, long count) {
    BigDecimal p = switch (kind) {
      case SCALE -> {
        if (count == 0 || raw == null) {
          yield noDataPoints == null ? BigDecimal.ZERO : noDataPoints;
        }
        BigDecimal span = high.subtract(low);
        if (span.signum() == 0) {
          yield raw.compareTo(high) >= 0 ? weight : BigDecimal.ZERO;
        }
        BigDecimal fraction = raw.subtract(low).divide(span, 8, RoundingMode.HALF_UP);
        fraction = fraction.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        yield weight.multiply(fraction);
      }
      case DEDUCT -> perItem.multiply(BigDecimal.valueOf(count)).min(cap).negate();
      case BONUS -> perItem.multiply(BigDecimal.valueOf(count)).min(cap);
    };
    return p.setScale(2, RoundingMode.HALF_UP).add(BigDecimal.ZERO.setScale(2));
  }

  /** A short statement of the rule as shown next to its points (numbers only; the page names the kind). */
  public String describe() {
    return switch (kind) {
      case SCALE -> plain(low) + "→0, " + plain(high) + "→" + plain(weight) + "; ∅→" + plain(noDataPoints);
      case DEDUCT -> "-" + plain(perItem) + "×n, ≤" + plain(cap);
      case BONUS -> "+" + plain(perItem) + "×n, ≤" + plain(cap);
    };
  }

  /** The most points the rule can add (SCALE, BONUS) — used to check a scheme adds up. */
  public BigDecimal maxPoints() {
    return switch (kind) {
      case SCALE -> weight;
      case DEDUCT -> BigDecimal.ZERO;
      case BONUS -> cap;
    };
  }

  private static String plain(BigDecimal v) {
    return v == null ? "-" : v.stripTrailingZeros().toPlainString();
  }
}
