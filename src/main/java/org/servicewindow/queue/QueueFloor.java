package org.servicewindow.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.SqlTime;
import org.servicewindow.queue.internal.QueueServices;
import org.servicewindow.queue.internal.QueueServices.QueueService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hall's queue as it stands right now, read fresh from the database (so every app node shows the same):
 * who waits for which service and since when, each window's calling state and the ticket at it, and the
 * calls of today per hour. For live boards of other modules (the dashboard's hall view and public screen).
 */
@Service
public class QueueFloor {

  /** One service line: how many wait and since when the longest-waiting ticket was queued. */
  public record Line(String serviceCode, String name, int waiting, Instant oldestQueuedAt) {}

  /** A window's calling state: paused or not, and the ticket at it (null when idle). */
  public record WindowState(String windowCode, boolean paused, String pauseReason, String ticketNumber,
      TicketStatus ticketStatus, String staffUsername, Instant since) {}

  /** Calls and completions in one hour of today. */
  public record Hour(int hour, int called, int completed) {}

  public record Snapshot(String hallCode, LocalDate day, List<Line> lines, List<WindowState> windows, List<Hour> hours,
      int issuedToday, int servedToday, int noShowToday) {

    public int waitingTotal() {
      return lines.stream().mapToInt(Line::waiting).sum();
    }

    /** When the longest-waiting ticket of the hall was queued, null when nobody waits. */
    public Instant oldestQueuedAt() {
      return lines.stream().map(Line::oldestQueuedAt).filter(java.util.Objects::nonNull).min(Instant::compareTo)
          .orElse(null);
    }
  }

  private final JdbcClient jdbc;
  private final QueueServices services;
  private final Clock clock;

  QueueFloor(JdbcClient jdbc, QueueServices services, Clock clock) {
    this.jdbc = jdbc;
    this.services = services;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Snapshot of(String hallCode) {
    LocalDate today = ChinaTime.today(clock);
    Map<String, Object[]> waiting = new HashMap<>();
    jdbc.sql("""
            SELECT service_code, COUNT(*) AS n, MIN(queued_at) AS oldest FROM ticket
             WHERE hall_code = :hall AND service_day = :day AND status = 'WAITING'
             GROUP BY service_code""")
        .param("hall", hallCode).param("day", today)
        .query(rs -> {
          waiting.put(rs.getString("service_code"), new Object[] {rs.getInt("n"), SqlTime.instant(rs, "oldest")});
        });
    List<Line> lines = new ArrayList<>();
    for (QueueService s : services.ofHall(hallCode)) {
      Object[] w = waiting.getOrDefault(s.serviceCode(), new Object[] {0, null});
      lines.add(new Line(s.serviceCode(), s.name(), (Integer) w[0], (Instant) w[1]));
    }
    List<WindowState> windows = jdbc.sql("""
            SELECT w.window_code, w.state, w.pause_reason, w.changed_at, t.display_number, t.status, t.staff_username,
                   t.called_at
              FROM queue_window w LEFT JOIN ticket t ON t.id = w.current_ticket_id AND t.status IN ('CALLED', 'SERVING')
             WHERE w.hall_code = :hall ORDER BY w.window_code""")
        .param("hall", hallCode)
        .query((rs, n) -> {
          String status = rs.getString("status");
          return new WindowState(rs.getString("window_code"), "PAUSED".equals(rs.getString("state")),
              rs.getString("pause_reason"), rs.getString("display_number"),
              status == null ? null : TicketStatus.valueOf(status), rs.getString("staff_username"),
              status == null ? SqlTime.instant(rs, "changed_at") : SqlTime.instant(rs, "called_at"));
        }).list();
    int[][] perHour = new int[24][2];
    jdbc.sql("""
            SELECT called_at, finished_at, status FROM ticket
             WHERE hall_code = :hall AND service_day = :day AND called_at IS NOT NULL""")
        .param("hall", hallCode).param("day", today)
        .query(rs -> {
          perHour[SqlTime.instant(rs, "called_at").atZone(ChinaTime.ZONE).getHour()][0]++;
          Instant finished = SqlTime.instant(rs, "finished_at");
          if (finished != null && "COMPLETED".equals(rs.getString("status"))) {
            perHour[finished.atZone(ChinaTime.ZONE).getHour()][1]++;
          }
        });
    List<Hour> hours = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      if (perHour[h][0] > 0 || perHour[h][1] > 0) {
        hours.add(new Hour(h, perHour[h][0], perHour[h][1]));
      }
    }
    int[] totals = jdbc.sql("""
            SELECT COUNT(*) AS issued, SUM(CASE WHEN status = 'COMPLETED' THEN 1 ELSE 0 END) AS served,
                   SUM(CASE WHEN status = 'NO_SHOW' THEN 1 ELSE 0 END) AS no_show
              FROM ticket WHERE hall_code = :hall AND service_day = :day AND transferred_from IS NULL""")
        .param("hall", hallCode).param("day", today)
        .query((rs, n) -> new int[] {rs.getInt("issued"), rs.getInt("served"), rs.getInt("no_show")}).single();
    return new Snapshot(hallCode, today, lines, windows, hours, totals[0], totals[1], totals[2]);
  }
}
