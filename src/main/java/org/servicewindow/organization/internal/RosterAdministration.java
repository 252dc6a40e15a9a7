package org.servicewindow.organization.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty roster of a hall: per day, who sits at which window. The day view shows who is away and who
 * stands in for them; a month can be filled from the usual assignment (the post's A) on the days the
 * hall opens.
 */
@Service
public class RosterAdministration {

  /** One window of the day. {@code rostered} is false when the usual assignment is shown instead. */
  public record Line(
      Window window, String unitName, StaffMember onDuty, boolean rostered, boolean away, StaffMember standIn,
      boolean editable) {}

  /** A hall's day: one page of its windows, the staff to choose from, and who of the hall is away that day. */
  public record Day(
      Hall hall, LocalDate date, Paged<Line> lines, List<StaffMember> choices, List<Absences.Listing> absences,
      boolean editable) {}

  private final Halls halls;
  private final Windows windows;
  private final StaffMembers staff;
  private final Rosters rosters;
  private final BackupPosts posts;
  private final Absences absences;
  private final ResponsibleStaff responsible;
  private final AuditTrail audit;
  private final Clock clock;

  RosterAdministration(
      Halls halls,
      Windows windows,
      StaffMembers staff,
      Rosters rosters,
      BackupPosts posts,
      Absences absences,
      ResponsibleStaff responsible,
      AuditTrail audit,
      Clock clock) {
    this.responsible = responsible;
    this.halls = halls;
    this.windows = windows;
    this.staff = staff;
    this.rosters = rosters;
    this.posts = posts;
    this.absences = absences;
    this.audit = audit;
    this.clock = clock;
  }

  public Day day(Actor actor, String hallCode, LocalDate date, Integer floor, PageQuery page) {
    Hall hall = hall(actor, hallCode);
    Paged<Windows.Listing> listed = windows.search(new Windows.Criteria(null, hall.code(), null, floor), actor.scope(), page);
    Map<String, UUID> roster = rosters.of(hall.code(), date);
    Map<String, UUID> nominal = new LinkedHashMap<>();
    Set<String> rostered = new HashSet<>();
    for (Windows.Listing l : listed.items()) {
      String code = l.window().code();
      if (roster.containsKey(code)) {
        nominal.put(code, roster.get(code));
        rostered.add(code);
      } else {
        responsible.usualFor(code).ifPresent(id -> nominal.put(code, id));
      }
    }
    Instant from = date.atStartOfDay(ChinaTime.ZONE).toInstant();
    Instant to = date.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
    Map<UUID, List<BackupPost>> held = new HashMap<>();
    Set<UUID> people = new HashSet<>(nominal.values());
    for (UUID id : nominal.values()) {
      List<BackupPost> theirs = posts.held(id);
      held.put(id, theirs);
      theirs.forEach(p -> people.add(p.partnerOf(id).orElseThrow()));
    }
    Set<UUID> away = absences.awayBetween(people, from, to);
    Map<UUID, StaffMember> members = new HashMap<>();
    staff.findAll(people).forEach(m -> members.put(m.id(), m));
    Paged<Line> lines = listed.map(l -> {
      UUID onDuty = nominal.get(l.window().code());
      boolean isAway = onDuty != null && away.contains(onDuty);
      StaffMember standIn = isAway
          ? BackupPostPolicy.responsibleFor(onDuty, held.get(onDuty), away::contains).map(members::get).orElse(null)
          : null;
      return new Line(l.window(), l.unitName(), onDuty == null ? null : members.get(onDuty),
          rostered.contains(l.window().code()), isAway, standIn, WindowAdministration.mayEdit(actor, l.window()));
    });
    boolean editable = lines.items().stream().anyMatch(Line::editable);
    return new Day(hall, date, lines, staff.activeOfHall(hall.code()), absences.ofHallBetween(hall.code(), from, to),
        editable);
  }

  /**
   * Sets who is on the given windows that day (null clears a window). Everyone at most once a day, and
   * only at a window they may serve or in their own hall.
   */
  @Transactional
  public void save(Actor actor, String hallCode, LocalDate date, Map<String, UUID> assignments) {
    Access.requireManager(actor);
    Hall hall = hall(actor, hallCode);
    Set<UUID> seen = new HashSet<>();
    List<Rosters.Entry> entries = new ArrayList<>();
    for (Map.Entry<String, UUID> a : assignments.entrySet()) {
      Window window = windows.find(a.getKey(), actor.scope())
          .filter(w -> w.hallCode().equals(hall.code()))
          .orElseThrow(() -> new NotFoundException("org.window.notFound", a.getKey()));
      if (!WindowAdministration.mayEdit(actor, window)) {
        throw new AccessDeniedException("window outside the actor's write scope");
      }
      if (a.getValue() == null) {
        continue;
      }
      StaffMember member = staff.find(a.getValue())
          .filter(StaffMember::active)
          .orElseThrow(() -> new NotFoundException("org.staff.notFound"));
      if (!member.windowCodes().contains(window.code()) && !hall.code().equals(member.hallCode())) {
        throw new BusinessRuleException("org.roster.staffNotForWindow", member.name(), window.name());
      }
      if (!seen.add(member.id())) {
        throw new BusinessRuleException("org.roster.staffTwice", member.name());
      }
      rosters.otherWindowOf(member.id(), date, assignments.keySet()).ifPresent(other -> {
        throw new BusinessRuleException("org.roster.staffElsewhere", member.name(),
            windows.find(other).map(Window::name).orElse(other));
      });
      entries.add(new Rosters.Entry(hall.code(), date, window.code(), member.id()));
    }
    Map<String, UUID> before = rosters.of(hall.code(), date);
    rosters.replace(date, assignments.keySet(), entries);
    audit.record("roster.saved", "roster", hall.code() + "/" + date, before, rosters.of(hall.code(), date));
  }

  /**
   * Fills the empty lines of a month with the usual assignment, on the days the hall's opening hours
   * open (official holidays are not known here; clear those days by hand). Returns the lines written.
   */
  @Transactional
  public int fillMonth(Actor actor, String hallCode, YearMonth month) {
    Access.requireManager(actor);
    Hall hall = hall(actor, hallCode);
    List<Window> editable = windows.ofHall(hall.code()).stream()
        .filter(w -> WindowAdministration.mayEdit(actor, w))
        .toList();
    if (editable.isEmpty()) {
      throw new AccessDeniedException("no window of the hall in the actor's write scope");
    }
    Map<String, UUID> usual = new HashMap<>();
    editable.forEach(w -> responsible.usualFor(w.code()).ifPresent(id -> usual.put(w.code(), id)));
    int written = 0;
    for (LocalDate date = month.atDay(1); !date.isAfter(month.atEndOfMonth()); date = date.plusDays(1)) {
      if (hall.openingHours().on(date.getDayOfWeek()).isEmpty()) {
        continue;
      }
      Map<String, UUID> existing = rosters.of(hall.code(), date);
      Set<UUID> busy = new HashSet<>(existing.values());
      List<Rosters.Entry> entries = new ArrayList<>();
      for (Window w : editable) {
        UUID id = usual.get(w.code());
        if (id == null || existing.containsKey(w.code()) || !busy.add(id)
            || rosters.windowOf(id, date).isPresent()) {
          continue;
        }
        entries.add(new Rosters.Entry(hall.code(), date, w.code(), id));
      }
      rosters.insert(entries);
      written += entries.size();
    }
    audit.record("roster.filled", "roster", hall.code() + "/" + month, null, Map.of("lines", written));
    return written;
  }

  public LocalDate today() {
    return ChinaTime.today(clock);
  }

  /** The hall a reader starts on: the one asked for, else their own, else the biggest they may see. */
  public String defaultHall(Actor actor, String requested) {
    if (requested != null && !requested.isBlank()) {
      return requested;
    }
    if (actor.scope().hallCode() != null) {
      return actor.scope().hallCode();
    }
    return halls.largestInScope(actor.scope()).orElseThrow(() -> new NotFoundException("org.hall.noneVisible"));
  }

  public List<Hall> hallChoices(Actor actor) {
    return halls.inScope(actor.scope());
  }

  private Hall hall(Actor actor, String hallCode) {
    return halls.find(hallCode, actor.scope()).orElseThrow(() -> new NotFoundException("org.hall.notFound", hallCode));
  }
}
