package org.servicewindow.organization.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored duty roster: per day, who is on which window. */
@Repository
public class Rosters {

  /** One line of the roster. */
  public record Entry(String hallCode, LocalDate date, String windowCode, UUID staffId) {}

  private final JdbcClient jdbc;

  Rosters(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Window code to staff id for a hall's day. */
  public Map<String, UUID> of(String hallCode, LocalDate date) {
    Map<String, UUID> result = new HashMap<>();
    jdbc.sql("SELECT window_code, staff_id FROM org_roster_entry WHERE hall_code = :hall AND duty_date = :date")
        .param("hall", hallCode)
        .param("date", date)
        .query(rs -> {
          result.put(rs.getString("window_code"), rs.getObject("staff_id", UUID.class));
        });
    return result;
  }

  public Optional<UUID> onDuty(String windowCode, LocalDate date) {
    return jdbc.sql("SELECT staff_id FROM org_roster_entry WHERE window_code = :window AND duty_date = :date")
        .param("window", windowCode)
        .param("date", date)
        .query((rs, n) -> rs.getObject(1, UUID.class))
        .optional();
  }

  /** The window a staff member is on that day, in any hall. */
  public Optional<String> windowOf(UUID staffId, LocalDate date) {
    return jdbc.sql("SELECT window_code FROM org_roster_entry WHERE staff_id = :staff AND duty_date = :date")
        .param("staff", staffId)
        .param("date", date)
        .query(String.class)
        .optional();
  }

  public long countBetween(String hallCode, LocalDate from, LocalDate to) {
    return jdbc.sql("SELECT COUNT(*) FROM org_roster_entry WHERE hall_code = :hall AND duty_date BETWEEN :from AND :to")
        .param("hall", hallCode)
        .param("from", from)
        .param("to", to)
        .query(Long.class)
        .single();
  }

  /** Clears the given windows' lines of the day, then writes the given lines. */
  public void replace(LocalDate date, Collection<String> windowCodes, List<Entry> entries) {
    if (!windowCodes.isEmpty()) {
      jdbc.sql("DELETE FROM org_roster_entry WHERE duty_date = :date AND window_code IN (:windows)")
          .param("date", date)
          .param("windows", windowCodes)
          .update();
    }
    insert(entries);
  }

  public void insert(List<Entry> entries) {
    for (Entry e : entries) {
      jdbc.sql("""
              INSERT INTO org_roster_entry (hall_code, duty_date, window_code, staff_id)
              VALUES (:hall, :date, :window, :staff)
              """)
          .param("hall", e.hallCode())
          .param("date", e.date())
          .param("window", e.windowCode())
          .param("staff", e.staffId())
          .update();
    }
  }

  /** Whether a staff member is on another window than the given ones that day. */
  public Optional<String> otherWindowOf(UUID staffId, LocalDate date, Collection<String> exceptWindows) {
    return jdbc.sql("""
            SELECT window_code FROM org_roster_entry
             WHERE staff_id = :staff AND duty_date = :date AND window_code NOT IN (:windows)
            """)
        .param("staff", staffId)
        .param("date", date)
        .param("windows", exceptWindows.isEmpty() ? List.of("") : exceptWindows)
        .query(String.class)
        .optional();
  }
}
