package org.servicewindow.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.internal.QueueServices;
import org.servicewindow.queue.internal.QueueServices.QueueService;
import org.servicewindow.queue.internal.QueueWindows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the caller console shows a staff member at their window: whether it is open, the citizen at it,
 * who waits for its services, the day's own figures and the no-shows that may come back.
 */
@Service
public class WindowDesk {

  /**
   * The console's state; {@code current} is null when nobody is at the window, {@code signedIn} when nobody is
   * signed in at it (上岗) under the idle rule of {@link DeskAttendance}.
   */
  public record Desk(WindowSummary window, boolean paused, String pauseReason, TicketView current,
      List<Waiting> waiting, Totals totals, List<TicketView> noShows, List<QueueService> hallServices,
      List<WindowSummary> hallWindows, DeskAttendance.Session signedIn) {

    public int waitingTotal() {
      return waiting.stream().mapToInt(Waiting::count).sum();
    }
  }

  /** How many wait for one service the window calls. */
  public record Waiting(String serviceCode, String name, String prefix, int count) {}

  /** The staff member's own day at this window. */
  public record Totals(int called, int completed, int noShow, int transferred, Double averageServiceMinutes) {}

  private final QueueManagement queue;
  private final QueueWindows windows;
  private final QueueServices services;
  private final OrganizationApi organization;
  private final JdbcClient jdbc;
  private final DeskAttendance attendance;
  private final Clock clock;

  WindowDesk(QueueManagement queue, QueueWindows windows, QueueServices services, OrganizationApi organization,
      JdbcClient jdbc, DeskAttendance attendance, Clock clock) {
    this.attendance = attendance;
    this.queue = queue;
    this.windows = windows;
    this.services = services;
    this.organization = organization;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The desk of the window the actor is signed in to; a login without a window has none. */
  @Transactional(readOnly = true)
  public Desk of(Actor actor) {
    if (actor == null || actor.windowCode() == null) {
      throw new BusinessRuleException("queue.console.noWindow");
    }
    WindowSummary window = organization.window(actor.windowCode())
        .orElseThrow(() -> new NotFoundException("queue.windowNotFound", actor.windowCode()));
    var state = windows.find(window.code());
    boolean paused = state.map(s -> s.state() == QueueWindows.State.PAUSED).orElse(false);
    TicketView current = state.map(QueueWindows.WindowState::currentTicketId)
        .map(queue::ticket)
        .filter(t -> TicketStatus.AT_WINDOW.contains(t.status()))
        .orElse(null);
    LocalDate today = ChinaTime.today(clock);
    List<QueueService> hallServices = services.ofHall(window.hallCode());
    Set<String> called = new LinkedHashSet<>(organization.servicesOf(window.code()));
    Map<String, Integer> waitingCounts = new java.util.HashMap<>();
    jdbc.sql("""
            SELECT service_code, COUNT(*) AS n FROM ticket
             WHERE hall_code = :hall AND service_day = :day AND status = 'WAITING'
               AND (reserved_window IS NULL OR reserved_window = :window)
             GROUP BY service_code
            """)
        .param("hall", window.hallCode()).param("day", today).param("window", window.code())
        .query(rs -> {
          waitingCounts.put(rs.getString("service_code"), rs.getInt("n"));
        });
    List<Waiting> waiting = new ArrayList<>();
    for (QueueService s : hallServices) {
      if (called.contains(s.serviceCode())) {
        waiting.add(new Waiting(s.serviceCode(), s.name(), s.prefix(), waitingCounts.getOrDefault(s.serviceCode(), 0)));
      }
    }
    return new Desk(window, paused, state.map(QueueWindows.WindowState::pauseReason).orElse(null), current, waiting,
        totals(window.code(), actor.username(), today), noShows(window.code(), today), hallServices,
        organization.windowsOf(window.hallCode()), attendance.current(window.code()).orElse(null));
  }

  private Totals totals(String window, String staff, LocalDate day) {
    return jdbc.sql("""
            SELECT COUNT(*) AS called,
                   SUM(CASE WHEN status = 'COMPLETED' THEN 1 ELSE 0 END) AS completed,
                   SUM(CASE WHEN status = 'NO_SHOW' THEN 1 ELSE 0 END) AS no_show,
                   SUM(CASE WHEN status = 'TRANSFERRED' THEN 1 ELSE 0 END) AS transferred,
                   AVG(CASE WHEN status = 'COMPLETED' AND finished_at IS NOT NULL
                            THEN EXTRACT(EPOCH FROM finished_at) - EXTRACT(EPOCH FROM started_at) END) AS service_seconds
              FROM ticket WHERE window_code = :window AND service_day = :day AND staff_username = :staff
            """)
        .param("window", window).param("day", day).param("staff", staff)
        .query((rs, n) -> {
          double seconds = rs.getDouble("service_seconds");
          Double minutes = rs.wasNull() ? null : Math.round(seconds / 6.0) / 10.0;
          return new Totals(rs.getInt("called"), rs.getInt("completed"), rs.getInt("no_show"), rs.getInt("transferred"),
              minutes);
        })
        .single();
  }

  private List<TicketView> noShows(String window, LocalDate day) {
    List<UUID> ids = jdbc.sql("""
            SELECT id FROM ticket WHERE window_code = :window AND service_day = :day AND status = 'NO_SHOW'
             ORDER BY finished_at DESC LIMIT 5
            """)
        .param("window", window).param("day", day).query(UUID.class).list();
    return ids.stream().map(queue::ticket).toList();
  }
}
