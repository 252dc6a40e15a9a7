package org.servicewindow.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored holiday arrangements and their days. */
@Repository
public class HolidayArrangements {

  /** A published arrangement, as the admin list shows it. */
  public record Summary(int year, String source, Instant publishedAt, String publishedBy, int daysOff,
      int workdays) {}

  private static final String SUMMARY = """
      SELECT a.arrangement_year, a.source, a.published_at, a.published_by,
             COUNT(CASE WHEN d.kind = 'off' THEN 1 END) AS days_off,
             COUNT(CASE WHEN d.kind = 'work' THEN 1 END) AS workdays
        FROM holiday_arrangement a
        LEFT JOIN holiday_day d ON d.arrangement_year = a.arrangement_year
      """;

  private static final String SUMMARY_GROUP =
      " GROUP BY a.arrangement_year, a.source, a.published_at, a.published_by";

  private final JdbcClient jdbc;

  HolidayArrangements(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The revision of the stored arrangements, raised by every save: cheap to compare. */
  public long revision() {
    return jdbc.sql("SELECT revision FROM calendar_revision WHERE id = 1").query(Long.class).single();
  }

  /** Raises the revision; the row lock it takes also serialises concurrent saves until commit. */
  long raiseRevision() {
    jdbc.sql("UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1").update();
    return revision();
  }

  public List<Integer> publishedYears() {
    return jdbc.sql("SELECT arrangement_year FROM holiday_arrangement ORDER BY arrangement_year")
        .query(Integer.class)
        .list();
  }

  public List<DayEntry> allDays() {
    return jdbc.sql("SELECT holiday_date, name, kind FROM holiday_day ORDER BY holiday_date")
        .query(HolidayArrangements::day)
        .list();
  }

  public List<DayEntry> daysOf(int year) {
    return jdbc.sql("SELECT holiday_date, name, kind FROM holiday_day WHERE arrangement_year = :year ORDER BY holiday_date")
        .param("year", year)
        .query(HolidayArrangements::day)
        .list();
  }

  public Optional<Summary> find(int year) {
    return jdbc.sql(SUMMARY + " WHERE a.arrangement_year = :year" + SUMMARY_GROUP)
        .param("year", year)
        .query(HolidayArrangements::summary)
        .optional();
  }

  /** The published arrangements, latest year first. */
  public Paged<Summary> list(PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM holiday_arrangement").query(Long.class).single();
    List<Summary> items = jdbc.sql(SUMMARY + SUMMARY_GROUP + " ORDER BY a.arrangement_year DESC LIMIT :limit OFFSET :offset")
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(HolidayArrangements::summary)
        .list();
    return page.result(items, total);
  }

  /** Publishes the arrangement of a year, replacing the days it had. */
  void replace(int year, String source, Instant publishedAt, String publishedBy, List<DayEntry> days) {
    jdbc.sql("DELETE FROM holiday_day WHERE arrangement_year = :year").param("year", year).update();
    int updated = jdbc.sql("""
            UPDATE holiday_arrangement SET source = :source, published_at = :at, published_by = :by
             WHERE arrangement_year = :year
            """)
        .param("year", year)
        .param("source", source)
        .param("at", SqlTime.param(publishedAt))
        .param("by", publishedBy)
        .update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO holiday_arrangement (arrangement_year, source, published_at, published_by)
              VALUES (:year, :source, :at, :by)
              """)
          .param("year", year)
          .param("source", source)
          .param("at", SqlTime.param(publishedAt))
          .param("by", publishedBy)
          .update();
    }
    for (DayEntry day : days) {
      jdbc.sql("""
              INSERT INTO holiday_day (holiday_date, arrangement_year, name, kind)
              VALUES (:date, :year, :name, :kind)
              """)
          .param("date", day.date())
          .param("year", year)
          .param("name", day.name())
          .param("kind", day.kind().code())
          .update();
    }
  }

  private static DayEntry day(ResultSet rs, int n) throws SQLException {
    return new DayEntry(rs.getObject("holiday_date", LocalDate.class), rs.getString("name"),
        DayKind.parse(rs.getString("kind")).orElseThrow());
  }

  private static Summary summary(ResultSet rs, int n) throws SQLException {
    return new Summary(rs.getInt("arrangement_year"), rs.getString("source"), SqlTime.instant(rs, "published_at"),
        rs.getString("published_by"), rs.getInt("days_off"), rs.getInt("workdays"));
  }
}
