package org.servicewindow.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a year's holiday arrangement as an administrator types it from the State Council's notice, one
 * range per line ({@code 国庆节 2027-10-01..2027-10-07 off}, {@code 国庆节 2027-10-09 work}), or as the
 * shipped table's CSV ({@code date,name,kind}); and checks it against the rules of such notices, so that a
 * typing error is caught before it moves anybody's deadline. Every problem is reported with its line.
 */
public final class ArrangementText {

  /** Longest range one line may give: no holiday of a notice is longer. */
  static final int MAX_RANGE_DAYS = 31;

  static final int MAX_NAME_LENGTH = 64;

  /** A problem of one line (0 for the whole text), as a message key of the calendar bundle. */
  public record Problem(int line, String key, Object... args) {}

  /** The days read, and what is wrong with them; saved only when there is no problem. */
  public record Parsed(List<DayEntry> days, List<Problem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  private record Line(int number, DayEntry day) {}

  private ArrangementText() {}

  /** Reads and checks the arrangement of {@code year}. */
  public static Parsed parse(int year, String text) {
    List<Problem> problems = new ArrayList<>();
    List<Line> lines = read(text, problems);
    check(year, lines, problems);
    problems.sort(Comparator.comparingInt(Problem::line));
    List<DayEntry> days = lines.stream().map(Line::day).sorted(Comparator.comparing(DayEntry::date)).toList();
    return new Parsed(days, List.copyOf(problems));
  }

  /** Reads a table of several years, such as the shipped {@code holidays-cn.csv}, checking syntax only. */
  public static List<DayEntry> readTable(String text) {
    List<Problem> problems = new ArrayList<>();
    List<Line> lines = read(text, problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("unreadable holiday table: " + problems.get(0).key()
          + Arrays.toString(problems.get(0).args()));
    }
    return lines.stream().map(Line::day).toList();
  }

  /** The days as text in the typed format, one line per run of days, which {@link #parse} reads back. */
  public static String format(List<DayEntry> days) {
    List<DayEntry> sorted = days.stream().sorted(Comparator.comparing(DayEntry::date)).toList();
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < sorted.size()) {
      DayEntry first = sorted.get(i);
      int j = i;
      while (j + 1 < sorted.size() && continues(sorted.get(j), sorted.get(j + 1))) {
        j++;
      }
      DayEntry last = sorted.get(j);
      text.append(first.name()).append(' ').append(first.date());
      if (j > i) {
        text.append("..").append(last.date());
      }
      text.append(' ').append(first.kind().code()).append('\n');
      i = j + 1;
    }
    return text.toString();
  }

  private static boolean continues(DayEntry a, DayEntry b) {
    return b.date().equals(a.date().plusDays(1)) && a.name().equals(b.name()) && a.kind() == b.kind();
  }

  // --- reading ---------------------------------------------------------------------------------------

  private static List<Line> read(String text, List<Problem> problems) {
    List<Line> lines = new ArrayList<>();
    String[] rows = (text == null ? "" : text.replace("\uFEFF", "")).split("\\r?\\n|\\r");
    for (int n = 1; n <= rows.length; n++) {
      String row = rows[n - 1].strip();
      if (row.isEmpty() || row.startsWith("#") || row.equalsIgnoreCase("date,name,kind")) {
        continue;
      }
      String name;
      String dates;
      String kind;
      if (row.contains(",")) {
        String[] fields = row.split(",", -1);
        if (fields.length != 3) {
          problems.add(new Problem(n, "calendar.text.syntax", n, row));
          continue;
        }
        dates = fields[0].strip();
        name = fields[1].strip();
        kind = fields[2].strip();
      } else {
        String[] tokens = row.split("\\s+");
        if (tokens.length < 3) {
          problems.add(new Problem(n, "calendar.text.syntax", n, row));
          continue;
        }
        kind = tokens[tokens.length - 1];
        dates = tokens[tokens.length - 2];
        name = String.join(" ", Arrays.copyOf(tokens, tokens.length - 2));
      }
      readLine(n, name, dates, kind, lines, problems);
    }
    return lines;
  }

  private static void readLine(int n, String name, String dates, String kindText, List<Line> lines,
      List<Problem> problems) {
    var kind = DayKind.parse(kindText);
    if (kind.isEmpty()) {
      problems.add(new Problem(n, "calendar.text.badKind", n, kindText));
      return;
    }
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      problems.add(new Problem(n, "calendar.text.badName", n, MAX_NAME_LENGTH));
      return;
    }
    String[] ends = dates.split("\\.\\.|~", -1);
    if (ends.length > 2) {
      problems.add(new Problem(n, "calendar.text.badDate", n, dates));
      return;
    }
    LocalDate from;
    LocalDate to;
    try {
      from = LocalDate.parse(ends[0].strip());
      to = ends.length == 2 ? LocalDate.parse(ends[1].strip()) : from;
    } catch (DateTimeParseException e) {
      problems.add(new Problem(n, "calendar.text.badDate", n, dates));
      return;
    }
    if (to.isBefore(from) || from.plusDays(MAX_RANGE_DAYS).isBefore(to.plusDays(1))) {
      problems.add(new Problem(n, "calendar.text.badRange", n, from, to, MAX_RANGE_DAYS));
      return;
    }
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      lines.add(new Line(n, new DayEntry(d, name, kind.get())));
    }
  }

  // --- the rules of a notice ---------------------------------------------------------------------------

  private static void check(int year, List<Line> lines, List<Problem> problems) {
    if (lines.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(0, "calendar.text.empty"));
      return;
    }
    LocalDate first = ArrangementWindow.firstDay(year);
    LocalDate last = ArrangementWindow.lastDay(year);
    Map<LocalDate, Integer> seen = new HashMap<>();
    Set<Integer> reported = new HashSet<>();
    List<Line> kept = new ArrayList<>();
    for (Line line : lines) {
      LocalDate date = line.day().date();
      if (date.isBefore(first) || date.isAfter(last)) {
        if (reported.add(line.number())) {
          problems.add(new Problem(line.number(), "calendar.text.wrongYear", line.number(), date,
              String.valueOf(year), first, last));
        }
        continue;
      }
      Integer earlier = seen.putIfAbsent(date, line.number());
      if (earlier != null) {
        problems.add(new Problem(line.number(), "calendar.text.duplicate", line.number(), date, earlier));
        continue;
      }
      kept.add(line);
    }
    Set<String> holidays = new HashSet<>();
    kept.stream().filter(l -> l.day().kind() == DayKind.OFF).forEach(l -> holidays.add(l.day().name()));
    for (Line line : kept) {
      DayEntry day = line.day();
      if (day.kind() == DayKind.WORK && !isWeekend(day.date())) {
        problems.add(new Problem(line.number(), "calendar.text.workOnWeekday", line.number(), day.date()));
      } else if (day.kind() == DayKind.WORK && !holidays.contains(day.name())) {
        problems.add(new Problem(line.number(), "calendar.text.workWithoutHoliday", line.number(), day.date(),
            day.name()));
      }
    }
    checkWeekendsOff(kept, problems);
  }

  /**
   * A weekend day is off anyway; listing it is right only inside a holiday of consecutive days off that
   * also takes weekdays off (the Saturday of 国庆节). Alone it is a typing error, most often a {@code work}
   * day typed as {@code off}.
   */
  private static void checkWeekendsOff(List<Line> lines, List<Problem> problems) {
    List<Line> off = lines.stream()
        .filter(l -> l.day().kind() == DayKind.OFF)
        .sorted(Comparator.comparing((Line l) -> l.day().date()))
        .toList();
    int i = 0;
    while (i < off.size()) {
      int j = i;
      while (j + 1 < off.size() && continues(off.get(j).day(), off.get(j + 1).day())) {
        j++;
      }
      List<Line> block = off.subList(i, j + 1);
      if (block.stream().allMatch(l -> isWeekend(l.day().date()))) {
        Set<Integer> numbers = new LinkedHashSet<>();
        block.forEach(l -> numbers.add(l.number()));
        for (Line l : block) {
          if (numbers.remove(l.number())) {
            problems.add(new Problem(l.number(), "calendar.text.weekendOffAlone", l.number(), l.day().date(),
                l.day().name()));
          }
        }
      }
      i = j + 1;
    }
  }

  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
