package org.servicewindow.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.casework.ApplicationAccepted;
import org.servicewindow.feedback.ComplaintAssigned;
import org.servicewindow.feedback.ComplaintClosed;
import org.servicewindow.feedback.ComplaintReceived;
import org.servicewindow.feedback.EvaluationAppealUpheld;
import org.servicewindow.feedback.EvaluationChannel;
import org.servicewindow.feedback.EvaluationSubmitted;
import org.servicewindow.feedback.SubjectKind;
import org.servicewindow.queue.Priority;
import org.servicewindow.queue.TicketCalled;
import org.servicewindow.queue.TicketClosedUnserved;
import org.servicewindow.queue.TicketCompleted;
import org.servicewindow.queue.TicketIssued;
import org.servicewindow.queue.TicketServiceStarted;
import org.servicewindow.queue.TicketStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Property: over seeded random histories of tickets and ratings, delivered in order (except that some
 * first calls come before their ticket's issue, as concurrent listeners may apply them) and with random
 * duplicates (as a retry after a crash would), the rollups built event by event — or, for half of them,
 * put into the dashboard's inbox and drained in batches of random sizes — equal a recomputation
 * from the raw events, written here independently from their definitions; the coarse tables
 * ({@code dash_day_window}, {@code dash_month}) equal the fine one summed; and the cockpit's queries, which
 * read the coarse tables at the upper levels, answer what {@code dash_day} summed answers for random periods.
 */
@IntegrationTest
class RollupPropertyIntegrationTests {

  @Autowired Rollups rollups;
  @Autowired CockpitQueries queries;
  @Autowired JdbcClient jdbc;
  @Autowired DashboardInbox inbox;
  @Autowired TransactionTemplate tx;

  /** One ticket's raw history. */
  record Story(UUID id, String hall, String service, Instant issued, Instant called, String window, String staff,
      Instant started, Instant completed, Instant noShow) {}

  @Test
  void incrementalRollupsEqualRecomputationOverRandomHistories() {
    for (long seed = 1; seed <= 12; seed++) {
      check(seed);
    }
  }

  void check(long seed) {
    Random random = new Random(seed);
    String hall = "PH" + seed + "X" + Long.toHexString(System.nanoTime() & 0xffffff);
    // every other history crosses the end of a month, so that dash_month holds two months
    Instant base = LocalDate.of(2031, 3, seed % 2 == 0 ? 30 : 3).atTime(8, 30).atZone(ChinaTime.ZONE).toInstant();
    List<Story> stories = new ArrayList<>();
    List<Object> events = new ArrayList<>();
    List<EvaluationSubmitted> ratings = new ArrayList<>();
    java.util.Set<UUID> upheld = new java.util.HashSet<>();
    List<ApplicationAccepted> accepted = new ArrayList<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      ApplicationAccepted a = new ApplicationAccepted(UUID.randomUUID(), "N" + i, "S" + random.nextInt(3), "U" + seed,
          hall, hall + "-W" + random.nextInt(4), "u" + random.nextInt(5),
          LocalDate.of(2031, 3, seed % 2 == 0 ? 30 : 3).plusDays(random.nextInt(3)), random.nextBoolean());
      accepted.add(a);
      events.add(a);
    }
    // complaints: some arrive in the inbox (no unit) and are assigned later; some are closed
    Map<String, long[]> complaints = new TreeMap<>();
    long open = 0;
    for (int i = random.nextInt(5); i > 0; i--) {
      UUID id = UUID.randomUUID();
      Instant received = base.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
      String window = hall + "-W" + random.nextInt(4);
      String handler = "u" + random.nextInt(5);
      if (random.nextBoolean()) {
        events.add(new ComplaintReceived(id, "C" + i, null, null, null, null, received));
        events.add(new ComplaintAssigned(id, "C" + i, "U" + seed, hall, window, handler, received,
            received.plus(Duration.ofHours(2))));
      } else {
        events.add(new ComplaintReceived(id, "C" + i, "U" + seed, hall, window, handler, received));
      }
      boolean closed = random.nextBoolean();
      if (closed) {
        events.add(new ComplaintClosed(id, "C" + i, "U" + seed, hall, window, handler, received,
            received.plus(Duration.ofHours(5))));
      } else {
        open++;
      }
      long[] row = complaints.computeIfAbsent(day(received) + "|U" + seed + "|" + hall + "|" + window + "|-|" + handler,
          k -> new long[2]);
      row[0]++;
      row[1] += closed ? 0 : 1;
    }
    int n = 20 + random.nextInt(40);
    for (int i = 0; i < n; i++) {
      UUID id = UUID.randomUUID();
      String service = "S" + random.nextInt(3);
      Instant issued = base.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
      Instant called = null;
      Instant started = null;
      Instant completed = null;
      Instant noShow = null;
      String window = hall + "-W" + random.nextInt(4);
      String staff = "u" + random.nextInt(5);
      int fate = random.nextInt(10);
      if (fate >= 2) {
        called = issued.plus(Duration.ofSeconds(random.nextInt(90 * 60)));
        if (fate == 2) {
          noShow = called.plus(Duration.ofMinutes(3));
        } else {
          started = called.plus(Duration.ofSeconds(random.nextInt(120)));
          if (fate >= 4) {
            completed = started.plus(Duration.ofSeconds(random.nextInt(40 * 60)));
          }
        }
      }
      Story s = new Story(id, hall, service, issued, called, window, staff, started, completed, noShow);
      stories.add(s);
      events.add(new TicketIssued(id, hall, service, "A" + i, Priority.NORMAL, issued));
      if (called != null) {
        events.add(new TicketCalled(id, hall, service, "A" + i, window, staff, called, false));
        if (random.nextBoolean()) {
          events.add(new TicketCalled(id, hall, service, "A" + i, window, staff, called.plusSeconds(30), true));
        }
      }
      if (started != null) {
        events.add(new TicketServiceStarted(id, hall, window, staff, started));
      }
      if (completed != null) {
        events.add(new TicketCompleted(id, hall, service, window, staff, completed, "tok" + id));
        if (random.nextInt(3) > 0) {
          EvaluationSubmitted e = new EvaluationSubmitted(UUID.randomUUID(), SubjectKind.TICKET, id,
              1 + random.nextInt(5), false, EvaluationChannel.QR, "U" + seed, hall, window, staff, service,
              completed.plus(Duration.ofMinutes(random.nextInt(600))));
          ratings.add(e);
          events.add(e);
          if (random.nextInt(5) == 0) {
            // its appeal is upheld later: the rating stops counting
            EvaluationAppealUpheld u = new EvaluationAppealUpheld(UUID.randomUUID(), e.evaluationId(), e.level(),
                e.unitCode(), hall, window, staff, service, e.ratedAt(), e.ratedAt().plus(Duration.ofHours(30)));
            upheld.add(e.evaluationId());
            events.add(u);
          }
        }
      }
      if (noShow != null) {
        events.add(new TicketClosedUnserved(id, hall, service, TicketStatus.NO_SHOW, noShow));
      }
    }
    events.sort((a, b) -> at(a).compareTo(at(b)));
    // some first calls are applied before their ticket's issue (the listeners run on several threads)
    for (int i = 1; i < events.size(); i++) {
      if (events.get(i) instanceof TicketCalled c && !c.recall() && random.nextInt(3) == 0) {
        for (int j = 0; j < i; j++) {
          if (events.get(j) instanceof TicketIssued x && x.ticketId().equals(c.ticketId())) {
            events.add(j, events.remove(i));
            break;
          }
        }
      }
    }
    // deliver in order, with duplicates of random earlier events mixed in
    List<Object> delivered = new ArrayList<>();
    for (Object e : events) {
      delivered.add(e);
      if (random.nextInt(4) == 0) {
        delivered.add(delivered.get(random.nextInt(delivered.size())));
      }
    }
    if (seed % 4 < 2) {
      delivered.forEach(rollups::apply);
    } else {
      // into the inbox as the listener puts them there (other modules' listeners never see these made-up events),
      // then drained in batches of random sizes — in one transaction, so that no other drainer (the background
      // job) takes a batch in between and applies a ticket's later events before its earlier ones
      Random sizes = new Random(seed);
      tx.executeWithoutResult(s -> {
        delivered.forEach(inbox::add);
        while (inbox.drain(1 + sizes.nextInt(40)) > 0) {
          // until the inbox holds none of them
        }
      });
    }
    List<EvaluationSubmitted> counted = ratings.stream().filter(r -> !upheld.contains(r.evaluationId())).toList();
    Map<String, List<Long>> expected = recomputed(stories, counted, accepted);
    complaints.forEach((k, v) -> {
      List<Long> row = new ArrayList<>(expected.getOrDefault(k, toList(new long[Tally.DayCol.values().length])));
      row.set(Tally.DayCol.COMPLAINTS_RECEIVED.ordinal(), row.get(Tally.DayCol.COMPLAINTS_RECEIVED.ordinal()) + v[0]);
      row.set(Tally.DayCol.COMPLAINTS_OPEN.ordinal(), row.get(Tally.DayCol.COMPLAINTS_OPEN.ordinal()) + v[1]);
      expected.put(k, row);
    });
    assertThat(stored(hall)).as("seed %d", seed).isEqualTo(expected);
    assertThat(queries.complaintsOpen(org.servicewindow.identity.DataScope.ALL,
        new CockpitQueries.Slice(null, hall, null, null))).as("open complaints, seed %d", seed).isEqualTo(open);
    assertThat(storedHours(hall)).as("hours, seed %d", seed).isEqualTo(recomputedHours(stories, counted));
    Map<String, List<Long>> fine = stored(hall);
    assertThat(storedCoarse("dash_day_window", "stat_day", hall)).as("day × window, seed %d", seed)
        .isEqualTo(summed(fine, false));
    assertThat(storedCoarse("dash_month", "stat_month", hall)).as("month × window, seed %d", seed)
        .isEqualTo(summed(fine, true));
    LocalDate first = LocalDate.of(2031, 3, seed % 2 == 0 ? 30 : 3);
    for (int i = 0; i < 6; i++) {
      // periods from inside the history to whole months around it, so both month and edge rows are read
      LocalDate from = random.nextBoolean() ? first.withDayOfMonth(1) : first.plusDays(random.nextInt(3));
      LocalDate to = random.nextBoolean() ? from.plusMonths(1).withDayOfMonth(1).plusMonths(1).minusDays(1)
          : from.plusDays(random.nextInt(4));
      CockpitQueries.Slice slice = new CockpitQueries.Slice(null, hall, null, null);
      for (CockpitQueries.GroupBy by : List.of(CockpitQueries.GroupBy.NONE, CockpitQueries.GroupBy.MONTH,
          CockpitQueries.GroupBy.DAY, CockpitQueries.GroupBy.WINDOW, CockpitQueries.GroupBy.UNIT)) {
        assertThat(queries.grouped(org.servicewindow.identity.DataScope.ALL, slice, from, to, by))
            .as("%s %s..%s, seed %d", by, from, to, seed).usingRecursiveComparison()
            .isEqualTo(fromFineTable(hall, from, to, by));
      }
    }
  }

  /** What the cockpit read before the coarse tables: dash_day summed. */
  List<Figures> fromFineTable(String hall, LocalDate from, LocalDate to, CockpitQueries.GroupBy by) {
    String key = switch (by) {
      case NONE -> "'ALL'";
      case MONTH -> "CAST(EXTRACT(YEAR FROM stat_day) * 100 + EXTRACT(MONTH FROM stat_day) AS INT)";
      case DAY -> "stat_day";
      default -> by.column;
    };
    return jdbc.sql("SELECT " + key + " AS k, " + CockpitQueries.SUMS
            + " FROM dash_day WHERE stat_day BETWEEN :from AND :to AND hall_code = :h"
            + (by == CockpitQueries.GroupBy.NONE ? "" : " GROUP BY " + key + " ORDER BY " + key))
        .param("from", from).param("to", to).param("h", hall).query(CockpitQueries::row).list();
  }

  /** The fine rows summed over service and staff (and over the days of a month). */
  static Map<String, List<Long>> summed(Map<String, List<Long>> fine, boolean monthly) {
    Map<String, long[]> rows = new TreeMap<>();
    fine.forEach((k, v) -> {
      String[] p = k.split("\\|");
      LocalDate day = LocalDate.parse(p[0]);
      String key = (monthly ? day.withDayOfMonth(1) : day) + "|" + p[1] + "|" + p[2] + "|" + p[3];
      long[] sum = rows.computeIfAbsent(key, x -> new long[v.size()]);
      for (int i = 0; i < v.size(); i++) {
        sum[i] += v.get(i);
      }
    });
    Map<String, List<Long>> out = new TreeMap<>();
    rows.forEach((k, v) -> out.put(k, toList(v)));
    return out;
  }

  Map<String, List<Long>> storedCoarse(String table, String dayColumn, String hall) {
    Map<String, List<Long>> out = new TreeMap<>();
    jdbc.sql("SELECT * FROM " + table + " WHERE hall_code = :h").param("h", hall).query(rs -> {
      long[] v = new long[Tally.DayCol.values().length];
      for (Tally.DayCol c : Tally.DayCol.values()) {
        v[c.ordinal()] = rs.getLong(c.column());
      }
      if (java.util.Arrays.stream(v).allMatch(x -> x == 0)) {
        return;
      }
      out.put(rs.getObject(dayColumn, LocalDate.class) + "|" + rs.getString("unit_code") + "|"
          + rs.getString("hall_code") + "|" + rs.getString("window_code"), toList(v));
    });
    return out;
  }

  private static Instant at(Object e) {
    if (e instanceof TicketIssued x) {
      return x.issuedAt();
    } else if (e instanceof TicketCalled x) {
      return x.calledAt();
    } else if (e instanceof TicketServiceStarted x) {
      return x.startedAt();
    } else if (e instanceof TicketCompleted x) {
      return x.completedAt();
    } else if (e instanceof TicketClosedUnserved x) {
      return x.at();
    } else if (e instanceof EvaluationAppealUpheld x) {
      return x.decidedAt();
    } else if (e instanceof ApplicationAccepted x) {
      return x.acceptedOn().atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
    } else if (e instanceof ComplaintReceived x) {
      return x.receivedAt();
    } else if (e instanceof ComplaintAssigned x) {
      return x.assignedAt();
    } else if (e instanceof ComplaintClosed x) {
      return x.closedAt();
    }
    return ((EvaluationSubmitted) e).ratedAt();
  }

  /** The definitions in docs/dashboard.md, computed straight from the stories. */
  Map<String, List<Long>> recomputed(List<Story> stories, List<EvaluationSubmitted> ratings,
      List<ApplicationAccepted> accepted) {
    Map<String, long[]> rows = new TreeMap<>();
    for (Story s : stories) {
      add(rows, day(s.issued()) + "|-|" + s.hall() + "|-|" + s.service() + "|-", 0, 1);
      if (s.called() != null) {
        String key = day(s.called()) + "|-|" + s.hall() + "|" + s.window() + "|" + s.service() + "|" + s.staff();
        long wait = Duration.between(s.issued(), s.called()).toSeconds();
        add(rows, key, 3, 1);
        add(rows, key, 4, wait);
        double minutes = wait / 60.0;
        int[] bounds = {5, 10, 15, 20, 30, 45, 60};
        int b = 0;
        while (b < bounds.length && minutes >= bounds[b]) {
          b++;
        }
        add(rows, key, 5 + b, 1);
      }
      if (s.completed() != null) {
        String key = day(s.completed()) + "|-|" + s.hall() + "|" + s.window() + "|" + s.service() + "|" + s.staff();
        add(rows, key, 1, 1);
        add(rows, key, 13, 1);
        add(rows, key, 14, Duration.between(s.started(), s.completed()).toSeconds());
      }
      if (s.noShow() != null) {
        add(rows, day(s.noShow()) + "|-|" + s.hall() + "|-|" + s.service() + "|-", 2, 1);
      }
    }
    for (EvaluationSubmitted e : ratings) {
      add(rows, day(e.ratedAt()) + "|" + e.unitCode() + "|" + e.hallCode() + "|" + e.windowCode() + "|"
          + e.serviceCode() + "|" + e.staffUsername(), 14 + e.level(), 1);
    }
    for (ApplicationAccepted a : accepted) {
      add(rows, a.acceptedOn() + "|" + a.unitCode() + "|" + a.hallCode() + "|" + a.windowCode() + "|"
          + a.serviceCode() + "|" + a.handlerUsername(), Tally.DayCol.APPS_ACCEPTED.ordinal(), 1);
    }
    Map<String, List<Long>> out = new TreeMap<>();
    rows.forEach((k, v) -> out.put(k, toList(v)));
    return out;
  }

  Map<String, List<Long>> recomputedHours(List<Story> stories, List<EvaluationSubmitted> ratings) {
    Map<String, long[]> rows = new TreeMap<>();
    for (Story s : stories) {
      add8(rows, hour(s.issued(), "-", s.hall()), 0, 1);
      if (s.called() != null) {
        String k = hour(s.called(), "-", s.hall());
        add8(rows, k, 1, 1);
        add8(rows, k, 4, 1);
        add8(rows, k, 5, Duration.between(s.issued(), s.called()).toSeconds());
      }
      if (s.completed() != null) {
        add8(rows, hour(s.completed(), "-", s.hall()), 2, 1);
      }
      if (s.noShow() != null) {
        add8(rows, hour(s.noShow(), "-", s.hall()), 3, 1);
      }
    }
    for (EvaluationSubmitted e : ratings) {
      String k = hour(e.ratedAt(), e.unitCode(), e.hallCode());
      add8(rows, k, 6, 1);
      add8(rows, k, 7, e.level() <= 2 ? 1 : 0);
    }
    Map<String, List<Long>> out = new TreeMap<>();
    rows.forEach((k, v) -> out.put(k, toList(v)));
    return out;
  }

  Map<String, List<Long>> stored(String hall) {
    Map<String, List<Long>> out = new TreeMap<>();
    jdbc.sql("SELECT * FROM dash_day WHERE hall_code = :h").param("h", hall).query(rs -> {
      long[] v = new long[Tally.DayCol.values().length];
      for (Tally.DayCol c : Tally.DayCol.values()) {
        v[c.ordinal()] = rs.getLong(c.column());
      }
      if (java.util.Arrays.stream(v).allMatch(x -> x == 0)) {
        return; // a row whose only rating was taken out again by an upheld appeal
      }
      out.put(rs.getObject("stat_day", LocalDate.class) + "|" + rs.getString("unit_code") + "|" + rs.getString("hall_code")
          + "|" + rs.getString("window_code") + "|" + rs.getString("service_code") + "|"
          + rs.getString("staff_username"), toList(v));
    });
    return out;
  }

  Map<String, List<Long>> storedHours(String hall) {
    Map<String, List<Long>> out = new TreeMap<>();
    jdbc.sql("SELECT * FROM dash_hour WHERE hall_code = :h").param("h", hall).query(rs -> {
      long[] v = new long[Tally.HourCol.values().length];
      for (Tally.HourCol c : Tally.HourCol.values()) {
        v[c.ordinal()] = rs.getLong(c.column());
      }
      if (java.util.Arrays.stream(v).allMatch(x -> x == 0)) {
        return;
      }
      out.put(rs.getObject("stat_day", LocalDate.class) + "|" + rs.getInt("stat_hour") + "|" + rs.getString("unit_code") + "|"
          + rs.getString("hall_code"), toList(v));
    });
    return out;
  }

  private static String day(Instant at) {
    return at.atZone(ChinaTime.ZONE).toLocalDate().toString();
  }

  private static String hour(Instant at, String unit, String hall) {
    var z = at.atZone(ChinaTime.ZONE);
    return z.toLocalDate() + "|" + z.getHour() + "|" + unit + "|" + hall;
  }

  private static void add(Map<String, long[]> rows, String key, int col, long n) {
    rows.computeIfAbsent(key, k -> new long[Tally.DayCol.values().length])[col] += n;
  }

  private static void add8(Map<String, long[]> rows, String key, int col, long n) {
    rows.computeIfAbsent(key, k -> new long[Tally.HourCol.values().length])[col] += n;
  }

  private static List<Long> toList(long[] v) {
    List<Long> l = new ArrayList<>();
    for (long x : v) {
      l.add(x);
    }
    return l;
  }

}
