package org.servicewindow.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.dashboard.internal.CockpitQueries.GroupBy;
import org.servicewindow.dashboard.internal.CockpitQueries.Slice;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.UnitSummary;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.QueueManagement;
import org.servicewindow.supervision.SupervisionFigures;
import org.springframework.stereotype.Component;

/**
 * The cockpit at one level of the drill-down (city → unit → hall → window → staff): period figures against
 * the previous period, the next level's groups, the trend, hours, a comparison of units, the halls for the
 * schematic map and today's live figures. The actor's data scope bounds everything; a path outside it is
 * answered as not found.
 */
@Component
public class Cockpit {

  public enum Level { CITY, UNIT, HALL, WINDOW, STAFF }

  public record Crumb(String label, String query) {}

  public record Child(Figures figures, String query) {}

  public record TodayLive(int halls, int waiting, long longestWaitMinutes, int windowsOpen, int windowsUnmanned,
      int calledLastHour, List<org.servicewindow.queue.QueueFloor.Hour> hours) {}

  public record View(Level level, Slice slice, String title, List<Crumb> crumbs, LocalDate from, LocalDate to,
      LocalDate previousFrom, LocalDate previousTo, Figures total, Figures previous, GroupBy childBy,
      List<Child> children, boolean monthly, List<Figures> trend, List<CockpitQueries.HourFigures> hours,
      List<Figures> units, List<HallPoint> halls, TodayLive today, long complaintsOpen, long complaintsReceived,
      long rectificationsLate, long rectificationsDue) {}

  /** A hall on the schematic map. */
  public record HallPoint(String code, String name, String unitCode, long issued, Double satisfaction,
      Double averageWait, String query) {}

  /** The longest period one view covers. */
  public static final int MAX_DAYS = 800;

  private final CockpitQueries queries;
  private final OrganizationApi organization;
  private final QueueManagement queue;
  private final LiveHall live;
  private final SupervisionFigures supervision;
  private final Clock clock;

  Cockpit(CockpitQueries queries, OrganizationApi organization, QueueManagement queue,
      LiveHall live, SupervisionFigures supervision, Clock clock) {
    this.supervision = supervision;
    this.queries = queries;
    this.organization = organization;
    this.queue = queue;
    this.live = live;
    this.clock = clock;
  }

  /** The slice the actor starts at: their own part of the city. */
  public Slice start(Actor actor) {
    DataScope scope = actor.scope();
    return switch (scope.level()) {
      case UNIT -> new Slice(scope.unitCode(), null, null, null);
      case HALL -> new Slice(null, scope.hallCode(), null, null);
      case WINDOW -> new Slice(null, scope.hallCode(), scope.windowCode(), null);
      default -> Slice.CITY;
    };
  }

  /** Checks a requested slice against the actor's scope and fills in what the scope fixes. */
  public Slice check(Actor actor, Slice requested) {
    DataScope scope = actor.scope();
    Slice start = start(actor);
    String unit = blank(requested.unit());
    String hall = blank(requested.hall());
    String window = blank(requested.window());
    String staff = blank(requested.staff());
    if (scope.level() == DataScope.Level.NONE) {
      throw new NotFoundException("dashboard.notFound");
    }
    if (scope.level() == DataScope.Level.UNIT && unit != null && !unit.equals(scope.unitCode())) {
      throw new NotFoundException("dashboard.notFound");
    }
    if (scope.level() == DataScope.Level.HALL && hall != null && !hall.equals(scope.hallCode())) {
      throw new NotFoundException("dashboard.notFound");
    }
    if (unit != null && organization.unit(unit).isEmpty()) {
      throw new NotFoundException("dashboard.notFound");
    }
    if (hall != null && organization.hall(hall).isEmpty()) {
      throw new NotFoundException("dashboard.notFound");
    }
    if (window != null) {
      WindowSummary w = organization.window(window).orElseThrow(() -> new NotFoundException("dashboard.notFound"));
      if (!scope.permits(w.unitCode(), w.hallCode(), w.code()) || hall != null && !hall.equals(w.hallCode())) {
        throw new NotFoundException("dashboard.notFound");
      }
      hall = w.hallCode();
    }
    if (staff != null && window == null) {
      throw new NotFoundException("dashboard.notFound");
    }
    if (unit == null) {
      unit = start.unit();
    }
    if (hall == null) {
      hall = start.hall();
    }
    return new Slice(unit, hall, window, staff);
  }

  public View view(Actor actor, Slice requested, LocalDate from, LocalDate to) {
    Slice slice = check(actor, requested);
    LocalDate today = ChinaTime.today(clock);
    LocalDate end = to == null ? today : to;
    LocalDate start = from == null ? end.withDayOfMonth(1) : from;
    if (end.isBefore(start)) {
      throw new BusinessRuleException("dashboard.range");
    }
    if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
      throw new BusinessRuleException("dashboard.tooLong", MAX_DAYS);
    }
    long length = ChronoUnit.DAYS.between(start, end) + 1;
    LocalDate previousTo = start.minusDays(1);
    LocalDate previousFrom = previousTo.minusDays(length - 1);
    DataScope scope = actor.scope();
    Level level = slice.staff() != null ? Level.STAFF : slice.window() != null ? Level.WINDOW
        : slice.hall() != null ? Level.HALL : slice.unit() != null ? Level.UNIT : Level.CITY;
    GroupBy childBy = switch (level) {
      case CITY -> GroupBy.UNIT;
      case UNIT -> GroupBy.HALL;
      case HALL -> GroupBy.WINDOW;
      case WINDOW -> GroupBy.STAFF;
      case STAFF -> GroupBy.SERVICE;
    };
    Figures total = queries.total(scope, slice, start, end);
    Figures previous = queries.total(scope, slice, previousFrom, previousTo);
    Function<String, String> names = names(childBy, slice);
    List<Child> children = new ArrayList<>();
    for (Figures f : queries.grouped(scope, slice, start, end, childBy)) {
      String label = "-".equals(f.key()) ? null : names.apply(f.key());
      children.add(new Child(f.labelled(label), "-".equals(f.key()) ? null : drill(slice, childBy, f.key())));
    }
    boolean monthly = length > 62;
    List<Figures> trend = queries.grouped(scope, slice, start, end, monthly ? GroupBy.MONTH : GroupBy.DAY);
    List<Figures> units = new ArrayList<>();
    for (Figures f : queries.grouped(scope, Slice.CITY, start, end, GroupBy.UNIT)) {
      if (!"-".equals(f.key())) {
        units.add(f.labelled(unitName(f.key())));
      }
    }
    List<HallPoint> halls = new ArrayList<>();
    Map<String, Figures> byHall = new HashMap<>();
    queries.grouped(scope, slice.unit() == null ? Slice.CITY : new Slice(slice.unit(), null, null, null), start, end,
        GroupBy.HALL).forEach(f -> byHall.put(f.key(), f));
    for (HallSummary h : hallsInScope(scope, slice)) {
      Figures f = byHall.getOrDefault(h.code(), CockpitQueries.empty(h.code()));
      halls.add(new HallPoint(h.code(), h.name(), h.unitCode(), f.issued(), f.satisfactionRate(),
          f.averageWaitMinutes(), drill(new Slice(slice.unit(), null, null, null), GroupBy.HALL, h.code())));
    }
    return new View(level, slice, title(level, slice), crumbs(actor, slice), start, end, previousFrom, previousTo, total,
        previous, childBy, children, monthly, trend, queries.hours(scope, slice, start, end), units, halls,
        today(scope, slice), queries.complaintsOpen(scope, slice),
        (slice.staff() == null ? total
            : queries.total(scope, new Slice(slice.unit(), slice.hall(), slice.window(), null), start, end))
            .complaintsReceived(),
        rectifications(scope, slice, start, end, true), rectifications(scope, slice, start, end, false));
  }

  /**
   * Rectification orders of the slice due in the period: all of them, or only the late ones (closed after
   * their deadline, or still open past it). Orders are few (hundreds a year), so they are read, not rolled up.
   */
  public long rectifications(DataScope scope, Slice slice, LocalDate from, LocalDate to, boolean lateOnly) {
    LocalDate today = ChinaTime.today(clock);
    long[] n = {0};
    supervision.rectifications(from, to, r -> {
      boolean inSlice = (slice.unit() == null || slice.unit().equals(r.unitCode()))
          && (slice.hall() == null || slice.hall().equals(r.hallCode()))
          && (slice.window() == null || slice.window().equals(r.windowCode()));
      if (inSlice && scope.permits(r.unitCode(), r.hallCode(), r.windowCode()) && (!lateOnly || r.lateOn(today))) {
        n[0]++;
      }
    });
    return n[0];
  }

  /** Today's live figures over the halls of the slice (at most 30 halls are read live). */
  TodayLive today(DataScope scope, Slice slice) {
    List<HallSummary> halls = slice.hall() != null
        ? organization.hall(slice.hall()).map(List::of).orElse(List.of())
        : hallsInScope(scope, slice);
    int waiting = 0;
    long longest = 0;
    int open = 0;
    int unmanned = 0;
    int[] hours = new int[24];
    int[] completed = new int[24];
    int count = 0;
    for (HallSummary h : halls) {
      if (count++ >= 30) {
        break;
      }
      LiveHall.Snapshot s = live.of(h);
      waiting += s.waiting();
      longest = Math.max(longest, s.longestWaitMinutes());
      open += s.windowsOpen();
      unmanned += s.windowsUnmanned();
      s.hours().forEach(x -> {
        hours[x.hour()] += x.called();
        completed[x.hour()] += x.completed();
      });
    }
    int hourNow = clock.instant().atZone(ChinaTime.ZONE).getHour();
    List<org.servicewindow.queue.QueueFloor.Hour> list = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      if (hours[h] > 0 || completed[h] > 0) {
        list.add(new org.servicewindow.queue.QueueFloor.Hour(h, hours[h], completed[h]));
      }
    }
    return new TodayLive(Math.min(halls.size(), 30), waiting, longest, open, unmanned,
        hourNow == 0 ? 0 : hours[hourNow - 1], list);
  }

  List<HallSummary> hallsInScope(DataScope scope, Slice slice) {
    return organization.halls().stream().filter(h -> {
      if (slice.hall() != null) {
        return h.code().equals(slice.hall());
      }
      String unit = slice.unit() != null ? slice.unit() : scope.level() == DataScope.Level.UNIT ? scope.unitCode() : null;
      if (scope.level() == DataScope.Level.HALL) {
        return h.code().equals(scope.hallCode());
      }
      return unit == null || unit.equals(h.unitCode())
          || organization.windowsOf(h.code()).stream().anyMatch(w -> unit.equals(w.unitCode()));
    }).toList();
  }

  private Function<String, String> names(GroupBy by, Slice slice) {
    return switch (by) {
      case UNIT -> this::unitName;
      case HALL -> code -> organization.hall(code).map(HallSummary::name).orElse(code);
      case WINDOW -> code -> organization.window(code).map(WindowSummary::name).orElse(code);
      case STAFF -> this::staffName;
      case SERVICE -> {
        Map<String, String> services = new HashMap<>();
        if (slice.hall() != null) {
          queue.lines(slice.hall()).forEach(l -> services.put(l.code(), l.name()));
        }
        yield code -> services.getOrDefault(code, code);
      }
      default -> code -> code;
    };
  }

  String unitName(String code) {
    return organization.unit(code).map(UnitSummary::name).orElse(code);
  }

  String staffName(String username) {
    return organization.staffOfUser(username).map(StaffSummary::name).orElse(username);
  }

  private List<Crumb> crumbs(Actor actor, Slice slice) {
    Slice start = start(actor);
    List<Crumb> crumbs = new ArrayList<>();
    if (start.unit() == null && start.hall() == null) {
      crumbs.add(new Crumb(null, ""));
    }
    if (slice.unit() != null) {
      crumbs.add(new Crumb(unitName(slice.unit()), "unit=" + slice.unit()));
    }
    if (slice.hall() != null) {
      crumbs.add(new Crumb(organization.hall(slice.hall()).map(HallSummary::name).orElse(slice.hall()),
          (slice.unit() == null ? "" : "unit=" + slice.unit() + "&") + "hall=" + slice.hall()));
    }
    if (slice.window() != null) {
      crumbs.add(new Crumb(organization.window(slice.window()).map(WindowSummary::name).orElse(slice.window()),
          drill(new Slice(slice.unit(), slice.hall(), null, null), GroupBy.WINDOW, slice.window())));
    }
    if (slice.staff() != null) {
      crumbs.add(new Crumb(staffName(slice.staff()),
          drill(new Slice(slice.unit(), slice.hall(), slice.window(), null), GroupBy.STAFF, slice.staff())));
    }
    return crumbs;
  }

  private String title(Level level, Slice slice) {
    return switch (level) {
      case CITY -> null;
      case UNIT -> unitName(slice.unit());
      case HALL -> organization.hall(slice.hall()).map(HallSummary::name).orElse(slice.hall());
      case WINDOW -> organization.window(slice.window()).map(WindowSummary::name).orElse(slice.window());
      case STAFF -> staffName(slice.staff());
    };
  }

  /** The query string of the next level down. */
  static String drill(Slice slice, GroupBy by, String key) {
    StringBuilder q = new StringBuilder();
    java.util.function.BiConsumer<String, String> add = (k, v) -> {
      if (v != null) {
        q.append(q.isEmpty() ? "" : "&").append(k).append('=').append(java.net.URLEncoder.encode(v,
            java.nio.charset.StandardCharsets.UTF_8));
      }
    };
    add.accept("unit", by == GroupBy.UNIT ? key : slice.unit());
    add.accept("hall", by == GroupBy.HALL ? key : slice.hall());
    add.accept("window", by == GroupBy.WINDOW ? key : slice.window());
    add.accept("staff", by == GroupBy.STAFF ? key : slice.staff());
    return by == GroupBy.SERVICE ? null : q.toString();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
