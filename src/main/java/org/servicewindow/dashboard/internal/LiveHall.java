package org.servicewindow.dashboard.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.DeskAttendance;
import org.servicewindow.queue.QueueFloor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A hall right now, for the hall manager's live view and the cockpit's "today": each window's state
 * (serving, idle, paused, unmanned — open hours and nobody signed in per queue's {@link DeskAttendance} — closed),
 * the lines per service, alerts, and today's counts. Always
 * read fresh from the queue's and organization's APIs and the rollups, never from a node's memory.
 */
@Component
public class LiveHall {

  public enum WindowStatus { SERVING, IDLE, PAUSED, UNMANNED, CLOSED }

  public record WindowTile(String code, String name, int number, int floor, WindowStatus status, String ticket,
      String staffName, String pauseReason, long minutes) {}

  public record Alert(String kind, String subject, long value) {}

  public record Snapshot(String hallCode, String hallName, Instant at, int waiting, long longestWaitMinutes,
      int windowsOpen, int windowsServing, int windowsUnmanned, int issuedToday, int servedToday, int noShowToday,
      long negativeToday, long evaluationsToday, Double satisfactionToday, List<QueueFloor.Line> lines,
      List<WindowTile> windows, List<QueueFloor.Hour> hours, List<Alert> alerts) {}

  private final QueueFloor floor;
  private final DeskAttendance attendance;
  private final OrganizationApi organization;
  private final CockpitQueries queries;
  private final Clock clock;
  private final long longWaitMinutes;

  LiveHall(QueueFloor floor, DeskAttendance attendance, OrganizationApi organization, CockpitQueries queries,
      Clock clock, @Value("${sw.dashboard.long-wait-minutes:30}") long longWaitMinutes) {
    this.floor = floor;
    this.attendance = attendance;
    this.organization = organization;
    this.queries = queries;
    this.clock = clock;
    this.longWaitMinutes = longWaitMinutes;
  }

  public Snapshot of(HallSummary hall) {
    Instant now = clock.instant();
    LocalDate today = ChinaTime.today(clock);
    QueueFloor.Snapshot s = floor.of(hall.code());
    Map<String, QueueFloor.WindowState> states = new HashMap<>();
    s.windows().forEach(w -> states.put(w.windowCode(), w));
    Map<String, String> signedIn = new HashMap<>();
    attendance.signedIn(hall.code()).forEach(d -> signedIn.put(d.windowCode(), d.staffUsername()));
    boolean recording = attendance.recordingSince(hall.code()).isPresent();
    boolean openNow = openNow(hall, now);
    List<WindowTile> tiles = new ArrayList<>();
    List<Alert> alerts = new ArrayList<>();
    int open = 0;
    int serving = 0;
    int unmanned = 0;
    for (WindowSummary w : organization.windowsOf(hall.code())) {
      QueueFloor.WindowState st = states.get(w.code());
      String staffName = null;
      WindowStatus status;
      long minutes = 0;
      if (!w.open()) {
        status = WindowStatus.CLOSED;
      } else if (st != null && st.ticketNumber() != null) {
        status = WindowStatus.SERVING;
        staffName = name(st.staffUsername());
        minutes = st.since() == null ? 0 : Duration.between(st.since(), now).toMinutes();
      } else if (st != null && st.paused()) {
        status = WindowStatus.PAUSED;
        minutes = st.since() == null ? 0 : Duration.between(st.since(), now).toMinutes();
      } else {
        // 空岗 comes from the queue's desk attendance: open hours, an open window, nobody signed in — in a hall that
        // records attendance at all (before its first sign-in an empty desk is no data, as for findings and scores)
        String present = signedIn.get(w.code());
        status = present == null && openNow && recording ? WindowStatus.UNMANNED : WindowStatus.IDLE;
        staffName = name(present);
      }
      if (status != WindowStatus.CLOSED) {
        open++;
      }
      if (status == WindowStatus.SERVING) {
        serving++;
      }
      if (status == WindowStatus.UNMANNED) {
        unmanned++;
        alerts.add(new Alert("unmanned", w.name(), 0));
      }
      tiles.add(new WindowTile(w.code(), w.name(), w.number(), w.floor(), status,
          st == null ? null : st.ticketNumber(), staffName, st == null ? null : st.pauseReason(), minutes));
    }
    long longest = s.oldestQueuedAt() == null ? 0 : Duration.between(s.oldestQueuedAt(), now).toMinutes();
    for (QueueFloor.Line line : s.lines()) {
      if (line.oldestQueuedAt() != null) {
        long m = Duration.between(line.oldestQueuedAt(), now).toMinutes();
        if (m >= longWaitMinutes) {
          alerts.add(new Alert("longWait", line.name(), m));
        }
      }
    }
    Figures todayFigures = queries.total(DataScope.ALL, new CockpitQueries.Slice(null, hall.code(), null, null), today,
        today);
    if (todayFigures.negative() > 0) {
      alerts.add(new Alert("negative", hall.name(), todayFigures.negative()));
    }
    return new Snapshot(hall.code(), hall.name(), now, s.waitingTotal(), longest, open, serving, unmanned,
        s.issuedToday(), s.servedToday(), s.noShowToday(), todayFigures.negative(), todayFigures.evaluationTotal(),
        todayFigures.satisfactionRate(), s.lines(), tiles, s.hours(), alerts);
  }

  private String name(String username) {
    return username == null ? null : organization.staffOfUser(username).map(StaffSummary::name).orElse(username);
  }

  private static boolean openNow(HallSummary hall, Instant now) {
    if (hall.openingHours() == null) {
      return true;
    }
    var local = now.atZone(ChinaTime.ZONE);
    LocalTime t = local.toLocalTime();
    return hall.openingHours().on(local.getDayOfWeek()).stream()
        .anyMatch(p -> !t.isBefore(p.start()) && t.isBefore(p.end()));
  }
}
