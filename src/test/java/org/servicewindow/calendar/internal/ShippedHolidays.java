package org.servicewindow.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The official arrangements shipped with the application ({@code calendar/holidays-cn.csv}), for tests
 * and benchmarks without a database, and the generator of the migration that loads them.
 *
 * <p>Run {@code main} to write the migration again (only ever as a new version: migrations are never
 * edited once landed); {@code ShippedHolidaysTests} checks that the committed one matches the CSV.
 */
public final class ShippedHolidays {

  public static final String CSV = "/calendar/holidays-cn.csv";
  public static final int FIRST_YEAR = 2020;
  public static final int LAST_YEAR = 2026;
  static final Path MIGRATION = Path.of("src/main/resources/db/migration/V201__holidays_2020_2026.sql");

  private ShippedHolidays() {}

  public static String csv() {
    try (InputStream in = ShippedHolidays.class.getResourceAsStream(CSV)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<DayEntry> days() {
    return ArrangementText.readTable(csv());
  }

  public static List<Integer> years() {
    return IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().toList();
  }

  /** The calendar of the shipped arrangements 2020–2026, as the migration stores it. */
  public static WorkingCalendar calendar() {
    return WorkingCalendar.of(years(), days());
  }

  /** The migration's SQL for the shipped years. */
  static String migration() {
    StringBuilder sql = new StringBuilder();
    sql.append("""
        -- calendar: the official holiday arrangements %d-%d, generated from src/main/resources/calendar/holidays-cn.csv
        -- (the State Council notices, as compiled in NateScarlet/holiday-cn, MIT) by ShippedHolidays in the tests,
        -- which also check that the two agree. Each day belongs to the arrangement that governs it: 2022-12-31 is
        -- in the 2023 notice. Append-only: a correction is a new migration.

        INSERT INTO holiday_arrangement (arrangement_year, source, published_at, published_by) VALUES
        """.formatted(FIRST_YEAR, LAST_YEAR));
    sql.append(years().stream()
        .map(y -> "  (%d, '国务院办公厅关于%d年部分节假日安排的通知（随系统发布）', CURRENT_TIMESTAMP, NULL)".formatted(y, y))
        .collect(Collectors.joining(",\n", "", ";\n")));
    var byYear = new TreeMap<Integer, List<DayEntry>>(days().stream()
        .collect(Collectors.groupingBy(DayEntry::arrangementYear)));
    byYear.forEach((year, days) -> {
      sql.append("\n-- ").append(year).append('\n');
      sql.append("INSERT INTO holiday_day (holiday_date, arrangement_year, name, kind) VALUES\n");
      sql.append(days.stream()
          .map(d -> "  (DATE '%s', %d, '%s', '%s')".formatted(d.date(), year, d.name(), d.kind().code()))
          .collect(Collectors.joining(",\n", "", ";\n")));
    });
    return sql.toString();
  }

  public static void main(String[] args) throws IOException {
    Files.writeString(MIGRATION, migration(), StandardCharsets.UTF_8);
    System.out.println("wrote " + MIGRATION);
  }
}
