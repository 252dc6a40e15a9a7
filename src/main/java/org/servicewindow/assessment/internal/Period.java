package org.servicewindow.assessment.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.servicewindow.assessment.PeriodKind;
import org.servicewindow.common.BusinessRuleException;

/** A calendar month, quarter or year, named by its key ("2026-03", "2026-Q1", "2026"). */
public record Period(PeriodKind kind, String key, LocalDate from, LocalDate to) {

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  /** The period of the given kind that contains the day. */
  public static Period containing(PeriodKind kind, LocalDate day) {
    return switch (kind) {
      case MONTH -> {
        YearMonth m = YearMonth.from(day);
        yield new Period(kind, m.toString(), m.atDay(1), m.atEndOfMonth());
      }
      case QUARTER -> {
        int q = (day.getMonthValue() - 1) / 3;
        LocalDate start = LocalDate.of(day.getYear(), q * 3 + 1, 1);
        yield new Period(kind, day.getYear() + "-Q" + (q + 1), start, start.plusMonths(3).minusDays(1));
      }
      case YEAR -> new Period(kind, String.valueOf(day.getYear()), LocalDate.of(day.getYear(), 1, 1),
          LocalDate.of(day.getYear(), 12, 31));
    };
  }

  /** The period named by a key; a malformed key is a business error. */
  public static Period parse(PeriodKind kind, String key) {
    Matcher m;
    if (key != null) {
      switch (kind) {
        case MONTH -> {
          if ((m = MONTH.matcher(key)).matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            return containing(kind, LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1));
          }
        }
        case QUARTER -> {
          if ((m = QUARTER.matcher(key)).matches()) {
            return containing(kind, LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1));
          }
        }
        case YEAR -> {
          if ((m = YEAR.matcher(key)).matches()) {
            return containing(kind, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1));
          }
        }
      }
    }
    throw new BusinessRuleException("assessment.period.invalid", key == null ? "" : key);
  }

  /** The period of the same kind just before this one. */
  public Period previous() {
    return containing(kind, from.minusDays(1));
  }
}
