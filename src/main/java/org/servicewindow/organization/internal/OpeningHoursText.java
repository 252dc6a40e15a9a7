package org.servicewindow.organization.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.servicewindow.calendar.OpeningHours;

/**
 * Opening hours as people write them: consecutive days with the same periods grouped
 * ({@code MON-FRI 09:00-12:00,13:00-17:00; SAT 09:00-12:00}), for storing, editing and showing.
 */
public final class OpeningHoursText {

  /** Days {@code from}–{@code to} (inclusive) share these periods. */
  public record Line(DayOfWeek from, DayOfWeek to, List<OpeningHours.Period> periods) {

    public boolean singleDay() {
      return from == to;
    }

    /** The periods as {@code 09:00–12:00, 13:00–17:00}. */
    public String times() {
      StringJoiner joiner = new StringJoiner(", ");
      periods.forEach(p -> joiner.add(p.start() + "–" + p.end()));
      return joiner.toString();
    }
  }

  private OpeningHoursText() {}

  public static List<Line> lines(OpeningHours hours) {
    List<Line> lines = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<OpeningHours.Period> periods = hours.on(day);
      if (periods.isEmpty()) {
        continue;
      }
      Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (last != null && last.to().plus(1) == day && last.to() != DayOfWeek.SUNDAY && last.periods().equals(periods)) {
        lines.set(lines.size() - 1, new Line(last.from(), day, periods));
      } else {
        lines.add(new Line(day, day, periods));
      }
    }
    return lines;
  }

  /** The compact text form, which {@link OpeningHours#parse} reads back. */
  public static String compact(OpeningHours hours) {
    StringJoiner groups = new StringJoiner("; ");
    for (Line line : lines(hours)) {
      String days = abbreviation(line.from()) + (line.singleDay() ? "" : "-" + abbreviation(line.to()));
      StringJoiner ranges = new StringJoiner(",");
      line.periods().forEach(p -> ranges.add(p.toString()));
      groups.add(days + " " + ranges);
    }
    return groups.toString();
  }

  private static String abbreviation(DayOfWeek day) {
    return day.name().substring(0, 3);
  }
}
