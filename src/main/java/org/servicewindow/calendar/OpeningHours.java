package org.servicewindow.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.servicewindow.common.BusinessRuleException;

/**
 * When a hall serves the public on a working day, per day of week, as one or more periods (a morning
 * and an afternoon around the lunch break). Days without periods are closed. Written and read as text
 * such as {@code MON-FRI 08:30-12:00,13:30-17:30; SAT 09:00-12:00}, which is what halls post at the door.
 */
public record OpeningHours(Map<DayOfWeek, List<Period>> days) {

  /** One open period of a day, start inclusive, end exclusive. */
  public record Period(LocalTime start, LocalTime end) {
    public Period {
      if (!start.isBefore(end)) {
        throw new BusinessRuleException("openingHours.periodOrder", start, end);
      }
    }

    public long minutes() {
      return java.time.Duration.between(start, end).toMinutes();
    }

    @Override
    public String toString() {
      return start + "-" + end;
    }
  }

  /** The usual hours of a Chinese government service hall: weekdays 9:00–12:00 and 13:00–17:00. */
  public static final OpeningHours STANDARD = parse("MON-FRI 09:00-12:00,13:00-17:00");

  public OpeningHours {
    EnumMap<DayOfWeek, List<Period>> copy = new EnumMap<>(DayOfWeek.class);
    days.forEach((day, periods) -> {
      List<Period> sorted = new ArrayList<>(periods);
      sorted.sort(java.util.Comparator.comparing(Period::start));
      for (int i = 1; i < sorted.size(); i++) {
        if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
          throw new BusinessRuleException("openingHours.overlap", day, sorted.get(i - 1), sorted.get(i));
        }
      }
      if (!sorted.isEmpty()) {
        copy.put(day, List.copyOf(sorted));
      }
    });
    days = Collections.unmodifiableMap(copy);
  }

  public List<Period> on(DayOfWeek day) {
    return days.getOrDefault(day, List.of());
  }

  /**
   * The periods of an adjusted workday (调休上班): a weekend day worked in exchange for a holiday is an
   * ordinary working day, so the hall keeps its weekday hours — Monday's, or those of the first weekday
   * it opens — whatever it posts for that weekend day.
   */
  public List<Period> onAdjustedWorkday() {
    for (DayOfWeek day = DayOfWeek.MONDAY; day != DayOfWeek.SATURDAY; day = day.plus(1)) {
      if (!on(day).isEmpty()) {
        return on(day);
      }
    }
    return List.of();
  }

  /** Open minutes of a day of the week. */
  public long minutesOn(DayOfWeek day) {
    return on(day).stream().mapToLong(Period::minutes).sum();
  }

  public boolean isOpen(DayOfWeek day, LocalTime time) {
    return on(day).stream().anyMatch(p -> !time.isBefore(p.start()) && time.isBefore(p.end()));
  }

  /**
   * Parses {@code MON-FRI 08:30-12:00,13:30-17:30; SAT 09:00-12:00}: groups separated by {@code ;},
   * each a day or day range and comma-separated periods.
   */
  public static OpeningHours parse(String text) {
    if (text == null || text.isBlank()) {
      throw new BusinessRuleException("openingHours.empty");
    }
    Map<DayOfWeek, List<Period>> days = new EnumMap<>(DayOfWeek.class);
    for (String group : text.trim().split("\\s*;\\s*")) {
      if (group.isBlank()) {
        continue;
      }
      String[] parts = group.trim().split("\\s+", 2);
      if (parts.length != 2) {
        throw new BusinessRuleException("openingHours.syntax", group);
      }
      List<Period> periods = new ArrayList<>();
      for (String range : parts[1].split("\\s*,\\s*")) {
        String[] times = range.split("-");
        if (times.length != 2) {
          throw new BusinessRuleException("openingHours.syntax", group);
        }
        try {
          periods.add(new Period(LocalTime.parse(times[0].trim()), LocalTime.parse(times[1].trim())));
        } catch (java.time.format.DateTimeParseException e) {
          throw new BusinessRuleException("openingHours.syntax", group);
        }
      }
      for (DayOfWeek day : dayRange(parts[0], group)) {
        days.computeIfAbsent(day, d -> new ArrayList<>()).addAll(periods);
      }
    }
    return new OpeningHours(days);
  }

  private static List<DayOfWeek> dayRange(String spec, String group) {
    String[] ends = spec.toUpperCase(java.util.Locale.ROOT).split("-");
    DayOfWeek from = day(ends[0], group);
    DayOfWeek to = ends.length == 2 ? day(ends[1], group) : from;
    if (ends.length > 2 || to.getValue() < from.getValue()) {
      throw new BusinessRuleException("openingHours.syntax", group);
    }
    List<DayOfWeek> result = new ArrayList<>();
    for (int d = from.getValue(); d <= to.getValue(); d++) {
      result.add(DayOfWeek.of(d));
    }
    return result;
  }

  private static DayOfWeek day(String abbreviation, String group) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(abbreviation) && abbreviation.length() >= 3) {
        return day;
      }
    }
    throw new BusinessRuleException("openingHours.syntax", group);
  }

  /** The canonical text form, one group per day in week order (readable and re-parsable). */
  public String format() {
    StringJoiner groups = new StringJoiner("; ");
    days.forEach((day, periods) -> {
      StringJoiner ranges = new StringJoiner(",");
      periods.forEach(p -> ranges.add(p.toString()));
      groups.add(day.name().substring(0, 3) + " " + ranges);
    });
    return groups.toString();
  }
}
