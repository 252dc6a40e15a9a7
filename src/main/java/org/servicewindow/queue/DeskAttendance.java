package org.servicewindow.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicewindow.calendar.OpeningHours;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.internal.QueueWindows;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Desk attendance (上岗/离岗): who is signed in at which window, so that an open window nobody sits at (空岗) can be
 * told apart from an idle one. Staff sign in and out on the caller console or the API; a caller pad acts for the
 * window's responsible staff member (organization's roster), since the pad has no person of its own. Every operator
 * press at a window counts as console activity and signs its operator in when they are not; a sign-in ends the same
 * person's open session at any other window ({@code MOVED}) and another person's open session at this window
 * ({@code REPLACED}): one desk, one person.
 *
 * <p>Idle rule: a session with no console activity for {@code sw.queue.desk.idle-minutes} (default 30) counts as
 * ended at its last activity — applied when reading, so no job has to close abandoned desks, and a later press
 * starts a new session. Sessions are appended and never deleted; closing one writes its end once.
 */
@Service
public class DeskAttendance {

  /** Why a session ended. {@code IDLE} is the read rule above made permanent when the desk is next used. */
  public enum EndReason { SIGNED_OUT, MOVED, REPLACED, IDLE }

  /** One sign-in session as stored, with its effective end under the idle rule (null while it lasts). */
  public record Session(long id, String hallCode, String windowCode, String staffUsername, Instant signedInAt,
      Instant lastActivityAt, Instant endedAt, EndReason endReason) {}

  /** A stretch of time at one window: signed in (with the staff member) or unmanned (staff null). */
  public record Interval(String hallCode, String windowCode, String staffUsername, Instant from, Instant to) {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter END = DateTimeFormatter.ofPattern("HH:mm");

    public long minutes() {
      return Duration.between(from, to).toMinutes();
    }

    /** The stretch as people read it, in China time: {@code 2026-11-26 09:00–09:40}. */
    public String label() {
      return from.atZone(ChinaTime.ZONE).format(START) + "–" + to.atZone(ChinaTime.ZONE).format(END);
    }
  }

  /**
   * Presses closer together than this leave the stored last activity as it is: against an idle limit of half an
   * hour a minute is immaterial, and it spares the busiest window a write on every call, start and complete.
   */
  static final Duration ACTIVITY_STEP = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final OrganizationApi organization;
  private final WorkingDays workingDays;
  private final QueueWindows windows;
  private final AuditTrail audit;
  private final Clock clock;
  private final Duration idle;
  private final Duration unmannedMinimum;

  DeskAttendance(JdbcClient jdbc, OrganizationApi organization, WorkingDays workingDays, QueueWindows windows,
      AuditTrail audit, Clock clock, @Value("${sw.queue.desk.idle-minutes:30}") long idleMinutes,
      // the names supervision and assessment used for it before it was one setting still count
      @Value("${sw.queue.desk.unmanned-minutes:${sw.supervision.unmanned.minutes:${sw.assessment.unmanned-minutes:15}}}")
      long unmannedMinutes) {
    this.jdbc = jdbc;
    this.organization = organization;
    this.workingDays = workingDays;
    this.windows = windows;
    this.audit = audit;
    this.clock = clock;
    this.idle = Duration.ofMinutes(idleMinutes);
    this.unmannedMinimum = Duration.ofMinutes(unmannedMinutes);
  }

  public Duration idleLimit() {
    return idle;
  }

  // --- sign-in and sign-out -----------------------------------------------------------------------

  /** 上岗: the staff member of the login (or, for a caller pad, the window's responsible staff) signs in here. */
  @Transactional
  public Session signIn(String windowCode, Actor actor) {
    WindowSummary window = operatedWindow(windowCode, actor);
    Instant now = clock.instant();
    String staff = staffFor(actor, window, now)
        .orElseThrow(() -> new BusinessRuleException("queue.desk.noStaff", window.name()));
    windows.lock(window.code(), window.hallCode(), now);
    return activity(window, staff, actor.username(), now);
  }

  /** 离岗: ends the open session at this window (a no-op when nobody is signed in). */
  @Transactional
  public void signOut(String windowCode, Actor actor) {
    WindowSummary window = operatedWindow(windowCode, actor);
    Instant now = clock.instant();
    windows.lock(window.code(), window.hallCode(), now);
    current(window.code()).ifPresent(s -> {
      end(s, EndReason.SIGNED_OUT, now);
      audit.record("queue.desk.signOut", "window", window.code(), Map.of("staff", s.staffUsername()), null);
    });
  }

  /**
   * A press at the window by its operator: keeps the staff member's open session alive, or signs them in;
   * {@code staff} null (a pad without a rostered staff member) records nothing. A sign-in locks the window's row
   * first and looks again, so two presses at one window never open two sessions.
   */
  Session activity(WindowSummary window, String staff, String by, Instant now) {
    if (staff == null) {
      return null;
    }
    Optional<Session> open = current(window.code());
    if (open.isEmpty() || !open.get().staffUsername().equals(staff)) {
      windows.lock(window.code(), window.hallCode(), now);
      open = current(window.code());
    }
    if (open.isPresent() && open.get().staffUsername().equals(staff)) {
      if (open.get().lastActivityAt().isAfter(now.minus(ACTIVITY_STEP))) {
        return open.get();
      }
      jdbc.sql("UPDATE queue_desk_session SET last_activity_at = :now WHERE id = :id")
          .param("now", SqlTime.param(now)).param("id", open.get().id()).update();
      return new Session(open.get().id(), window.hallCode(), window.code(), staff, open.get().signedInAt(), now, null,
          null);
    }
    // close whatever is still recorded as open for this person anywhere and for anyone at this window
    for (Session s : stored("ended_at IS NULL AND (staff_username = :staff OR window_code = :window)",
        Map.of("staff", staff, "window", window.code()))) {
      end(s, s.staffUsername().equals(staff) ? EndReason.MOVED : EndReason.REPLACED, now);
    }
    jdbc.sql("""
            INSERT INTO queue_desk_session (hall_code, window_code, staff_username, signed_in_at, last_activity_at,
                signed_in_by)
            VALUES (:hall, :window, :staff, :now, :now, :by)
            """)
        .param("hall", window.hallCode()).param("window", window.code()).param("staff", staff)
        .param("now", SqlTime.param(now)).param("by", by).update();
    Session created = stored("window_code = :window AND ended_at IS NULL", Map.of("window", window.code())).get(0);
    audit.record("queue.desk.signIn", "window", window.code(), null, Map.of("staff", staff, "by", by));
    return created;
  }

  /** Ends a stored session; one already idle past the limit ends at its last activity, whatever closes it. */
  private void end(Session s, EndReason reason, Instant now) {
    boolean idled = !s.lastActivityAt().plus(idle).isAfter(now);
    jdbc.sql("UPDATE queue_desk_session SET ended_at = :end, end_reason = :reason WHERE id = :id AND ended_at IS NULL")
        .param("end", SqlTime.param(idled ? s.lastActivityAt() : now))
        .param("reason", (idled ? EndReason.IDLE : reason).name()).param("id", s.id()).update();
  }

  private WindowSummary operatedWindow(String windowCode, Actor actor) {
    WindowSummary window = organization.window(windowCode)
        .orElseThrow(() -> new NotFoundException("queue.windowNotFound", windowCode));
    boolean operator = actor != null && window.code().equals(actor.windowCode())
        && (actor.has(Role.STAFF) || actor.has(Role.DEVICE_CALLER));
    if (!operator) {
      throw new AccessDeniedException("not the operator of window " + window.code());
    }
    return window;
  }

  /** The person behind a press: the login itself, or for a caller pad the window's responsible staff member. */
  private Optional<String> staffFor(Actor actor, WindowSummary window, Instant at) {
    if (!actor.isDevice()) {
      return Optional.of(actor.username());
    }
    return organization.responsibleStaffFor(window.code(), at).map(StaffSummary::username);
  }

  // --- reads --------------------------------------------------------------------------------------

  /** Who is signed in at a window now (the idle rule applied). */
  @Transactional(readOnly = true)
  public Optional<Session> current(String windowCode) {
    Instant now = clock.instant();
    return stored("window_code = :window AND ended_at IS NULL", Map.of("window", windowCode)).stream()
        .filter(s -> s.lastActivityAt().plus(idle).isAfter(now))
        .max(Comparator.comparing(Session::signedInAt));
  }

  /** Everyone signed in at the hall's windows now, by window. */
  @Transactional(readOnly = true)
  public List<Session> signedIn(String hallCode) {
    Instant now = clock.instant();
    return stored("hall_code = :hall AND ended_at IS NULL", Map.of("hall", hallCode)).stream()
        .filter(s -> s.lastActivityAt().plus(idle).isAfter(now))
        .sorted(Comparator.comparing(Session::windowCode)).toList();
  }

  /**
   * The signed-in intervals of a hall (or of one window when {@code windowCode} is given) within [from, to), each
   * cut to the period and ended by the idle rule; a session still open runs to now (or {@code to}, if earlier).
   */
  @Transactional(readOnly = true)
  public List<Interval> signedInIntervals(String hallCode, String windowCode, Instant from, Instant to) {
    Instant now = clock.instant();
    Instant until = to.isBefore(now) ? to : now;
    String where = "hall_code = :hall AND signed_in_at < :to AND (ended_at IS NULL OR ended_at > :from)"
        + " AND last_activity_at >= :earliest" + (windowCode == null ? "" : " AND window_code = :window");
    Map<String, Object> params = new HashMap<>(Map.of("hall", hallCode, "to", SqlTime.param(until),
        "from", SqlTime.param(from), "earliest", SqlTime.param(from.minus(idle))));
    if (windowCode != null) {
      params.put("window", windowCode);
    }
    List<Interval> result = new ArrayList<>();
    for (Session s : stored(where, params)) {
      Instant end = effectiveEnd(s, now);
      Instant a = s.signedInAt().isBefore(from) ? from : s.signedInAt();
      Instant b = end == null || end.isAfter(until) ? until : end;
      if (a.isBefore(b)) {
        result.add(new Interval(s.hallCode(), s.windowCode(), s.staffUsername(), a, b));
      }
    }
    result.sort(Comparator.comparing(Interval::windowCode).thenComparing(Interval::from));
    return result;
  }

  /**
   * Since when the hall records desk attendance (its first sign-in), empty when it never has: before that, nobody
   * signed in is no data rather than 空岗 — for the live view as for findings and scores.
   */
  @Transactional(readOnly = true)
  public Optional<Instant> recordingSince(String hallCode) {
    return jdbc.sql("SELECT MIN(signed_in_at) AS first_at FROM queue_desk_session WHERE hall_code = :hall")
        .param("hall", hallCode).query((rs, n) -> SqlTime.instant(rs, "first_at")).list().stream()
        .filter(Objects::nonNull).findFirst();
  }

  /**
   * 空岗: the stretches within [from, to) (cut at now) when a window of the hall that is open (organization) had
   * nobody signed in although the hall was open — by its opening hours on the calendar's working days (a hall open
   * every day of the week keeps its hours on holidays too; an adjusted working day 调休 keeps the weekday hours).
   * Only stretches of at least {@code sw.queue.desk.unmanned-minutes} (15) count — one threshold for supervision's
   * finding and assessment's indicator alike. Attendance counts from the hall's first recorded sign-in: before it
   * the hall did not use sign-in at all, which is no data rather than 空岗.
   */
  @Transactional(readOnly = true)
  public List<Interval> unmanned(String hallCode, Instant from, Instant to) {
    return unmanned(hallCode, from, to, unmannedMinimum);
  }

  /** {@link #unmanned(String, Instant, Instant)} with a threshold of the caller's. */
  @Transactional(readOnly = true)
  public List<Interval> unmanned(String hallCode, Instant from, Instant to, Duration minimum) {
    HallSummary hall = organization.hall(hallCode).orElseThrow(() -> new NotFoundException("queue.hallNotFound", hallCode));
    Instant now = clock.instant();
    Instant until = to.isBefore(now) ? to : now;
    Instant first = recordingSince(hallCode).orElse(null);
    if (first == null) {
      return List.of();
    }
    if (from.isBefore(first)) {
      from = first;
    }
    List<Interval> signed = signedInIntervals(hallCode, null, from, until);
    List<Instant[]> open = openPeriods(hall, from, until);
    List<Interval> gaps = new ArrayList<>();
    for (WindowSummary w : organization.windowsOf(hallCode)) {
      if (!w.open()) {
        continue;
      }
      List<Interval> mine = signed.stream().filter(i -> i.windowCode().equals(w.code())).toList();
      for (Instant[] p : open) {
        Instant cursor = p[0];
        for (Interval i : mine) {
          if (!i.to().isAfter(cursor) || !i.from().isBefore(p[1])) {
            continue;
          }
          if (i.from().isAfter(cursor)) {
            add(gaps, hallCode, w.code(), cursor, i.from(), minimum);
          }
          if (i.to().isAfter(cursor)) {
            cursor = i.to();
          }
        }
        if (cursor.isBefore(p[1])) {
          add(gaps, hallCode, w.code(), cursor, p[1], minimum);
        }
      }
    }
    return gaps;
  }

  private static void add(List<Interval> gaps, String hall, String window, Instant a, Instant b, Duration minimum) {
    if (Duration.between(a, b).compareTo(minimum) >= 0) {
      gaps.add(new Interval(hall, window, null, a, b));
    }
  }

  /** The hall's opening periods within [from, to) as instants, day by day. */
  private List<Instant[]> openPeriods(HallSummary hall, Instant from, Instant to) {
    List<Instant[]> periods = new ArrayList<>();
    if (!from.isBefore(to)) {
      return periods;
    }
    OpeningHours hours = hall.openingHours() == null ? OpeningHours.STANDARD : hall.openingHours();
    boolean everyDay = !hours.on(DayOfWeek.SATURDAY).isEmpty() && !hours.on(DayOfWeek.SUNDAY).isEmpty();
    LocalDate last = to.atZone(ChinaTime.ZONE).toLocalDate();
    for (LocalDate day = from.atZone(ChinaTime.ZONE).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
      List<OpeningHours.Period> on;
      if (everyDay) {
        on = hours.on(day.getDayOfWeek());
      } else if (!workingDays.isWorkingDay(day)) {
        on = List.of();
      } else {
        on = hours.on(day.getDayOfWeek()).isEmpty() ? hours.onAdjustedWorkday() : hours.on(day.getDayOfWeek());
      }
      for (OpeningHours.Period p : on) {
        Instant a = day.atTime(p.start()).atZone(ChinaTime.ZONE).toInstant();
        Instant b = day.atTime(p.end()).atZone(ChinaTime.ZONE).toInstant();
        a = a.isBefore(from) ? from : a;
        b = b.isAfter(to) ? to : b;
        if (a.isBefore(b)) {
          periods.add(new Instant[] {a, b});
        }
      }
    }
    return periods;
  }

  /** When a session counts as ended: its stored end, or its last activity once idle past the limit; null if it lasts. */
  private Instant effectiveEnd(Session s, Instant now) {
    Instant idleAt = s.lastActivityAt().plus(idle);
    Instant closed = s.endedAt() != null ? s.endedAt() : now;
    if (!idleAt.isAfter(closed)) {
      return s.lastActivityAt();
    }
    return s.endedAt();
  }

  private List<Session> stored(String where, Map<String, ?> params) {
    return jdbc.sql("SELECT * FROM queue_desk_session WHERE " + where + " ORDER BY signed_in_at, id")
        .params(params).query(DeskAttendance::row).list();
  }

  private static Session row(ResultSet rs, int n) throws SQLException {
    String reason = rs.getString("end_reason");
    return new Session(rs.getLong("id"), rs.getString("hall_code"), rs.getString("window_code"),
        rs.getString("staff_username"), SqlTime.instant(rs, "signed_in_at"), SqlTime.instant(rs, "last_activity_at"),
        SqlTime.instant(rs, "ended_at"), reason == null ? null : EndReason.valueOf(reason));
  }
}
