package org.servicewindow.dashboard.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.servicewindow.casework.ApplicationAccepted;
import org.servicewindow.casework.ApplicationCompleted;
import org.servicewindow.casework.ApplicationOverdue;
import org.servicewindow.common.SqlTime;
import org.servicewindow.feedback.ComplaintAssigned;
import org.servicewindow.feedback.ComplaintClosed;
import org.servicewindow.feedback.ComplaintReceived;
import org.servicewindow.feedback.EvaluationAppealUpheld;
import org.servicewindow.feedback.EvaluationSubmitted;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.TicketCalled;
import org.servicewindow.queue.TicketClosedUnserved;
import org.servicewindow.queue.TicketCompleted;
import org.servicewindow.queue.TicketIssued;
import org.servicewindow.queue.TicketServiceStarted;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies events to the rollups, exactly once: each event's key goes into {@code dash_processed_event} in the
 * same transaction as its increments, so an event delivered again (two inbox rows of it, a rebuild replaying
 * history while live events arrive) adds nothing. A batch of events (the inbox's) shares one tally, written once.
 */
@Component
public class Rollups {

  /** A ticket whose memory in {@code dash_ticket} an event reads and writes. */
  private record Ticket(UUID id, String hall) {}

  /** What an event adds to the tally, reading and writing the ticket memory given. */
  private interface Rule<E> {
    void add(E event, Tally tally, RollupRules.Tickets tickets);
  }

  /** How one kind of event is counted: its key (null: it counts nothing), its ticket (null: none), its rule. */
  private record Kind<E>(Function<E, String> key, Function<E, Ticket> ticket, Rule<E> rule) {}

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate named;
  private final OrganizationApi organization;
  private final Clock clock;
  private final StoredTickets tickets;
  private final Map<Class<?>, Kind<?>> kinds = new LinkedHashMap<>();

  Rollups(JdbcClient jdbc, NamedParameterJdbcTemplate named, OrganizationApi organization, Clock clock) {
    this.jdbc = jdbc;
    this.named = named;
    this.organization = organization;
    this.clock = clock;
    this.tickets = new StoredTickets();
    kind(TicketIssued.class, e -> "issued:" + e.ticketId(), e -> new Ticket(e.ticketId(), e.hallCode()),
        (e, t, k) -> RollupRules.issued(e, t, k, units()));
    // recalls are not new calls
    kind(TicketCalled.class, e -> e.recall() ? null : "called:" + e.ticketId(),
        e -> new Ticket(e.ticketId(), e.hallCode()), (e, t, k) -> RollupRules.called(e, t, k, units()));
    kind(TicketServiceStarted.class, e -> "started:" + e.ticketId(), e -> new Ticket(e.ticketId(), e.hallCode()),
        (e, t, k) -> RollupRules.started(e, k));
    kind(TicketCompleted.class, e -> "completed:" + e.ticketId(), e -> new Ticket(e.ticketId(), e.hallCode()),
        (e, t, k) -> RollupRules.completed(e, t, k, units()));
    kind(TicketClosedUnserved.class, e -> "closed:" + e.ticketId() + ":" + e.status(),
        e -> new Ticket(e.ticketId(), e.hallCode()), (e, t, k) -> RollupRules.closedUnserved(e, t, k, units()));
    kind(EvaluationSubmitted.class, e -> "evaluation:" + e.evaluationId(), null,
        (e, t, k) -> RollupRules.evaluated(e, t, units()));
    kind(EvaluationAppealUpheld.class, Rollups::upheldKey, null, (e, t, k) -> RollupRules.appealUpheld(e, t, units()));
    kind(ComplaintReceived.class, e -> "complaint-received:" + e.entryId(), null,
        (e, t, k) -> RollupRules.complaintReceived(e, t));
    kind(ComplaintAssigned.class, e -> assignedKey(e.entryId()), null, (e, t, k) -> RollupRules.complaintAssigned(e, t));
    kind(ComplaintClosed.class, e -> closedKey(e.entryId()), null, (e, t, k) -> RollupRules.complaintClosed(e, t));
    kind(ApplicationAccepted.class, e -> "app-accepted:" + e.applicationId(), null,
        (e, t, k) -> RollupRules.applicationAccepted(e, t));
    kind(ApplicationCompleted.class, e -> "app-completed:" + e.applicationId(), null,
        (e, t, k) -> RollupRules.applicationCompleted(e, t));
    kind(ApplicationOverdue.class, e -> "app-overdue:" + e.applicationId(), null,
        (e, t, k) -> RollupRules.applicationOverdue(e, t));
  }

  private <E> void kind(Class<E> type, Function<E, String> key, Function<E, Ticket> ticket, Rule<E> rule) {
    kinds.put(type, new Kind<>(key, ticket, rule));
  }

  /** The kinds of event the rollups count. */
  Set<Class<?>> kinds() {
    return Collections.unmodifiableSet(kinds.keySet());
  }

  /** Applies one event (a rebuild's recent days, tests); false when it was applied before or counts nothing. */
  @Transactional
  public boolean apply(Object event) {
    return applyAll(List.of(event)) == 1;
  }

  /**
   * Applies events in order, each under its key, into one tally written once; the number applied. The tickets of the
   * events not applied before are locked first, in id order, so two nodes applying batches that share tickets wait
   * for each other instead of deadlocking, and an issue and its first call applied at once never miss each other's
   * uncommitted memory (which would lose the wait).
   */
  @Transactional
  public int applyAll(List<?> events) {
    List<Object> claimed = new ArrayList<>();
    Map<String, Ticket> locks = new TreeMap<>(); // the text of a UUID sorts as the databases sort UUIDs
    for (Object e : events) {
      Kind<Object> kind = kind(e);
      String key = kind.key().apply(e);
      if (key != null && claim(key)) {
        claimed.add(e);
        if (kind.ticket() != null) {
          Ticket t = kind.ticket().apply(e);
          locks.putIfAbsent(t.id().toString(), t);
        }
      }
    }
    locks.values().forEach(t -> tickets.lock(t.id(), t.hall()));
    Tally tally = new Tally();
    for (Object e : claimed) {
      kind(e).rule().add(e, tally, tickets);
    }
    tally.flush(named);
    return claimed.size();
  }

  @SuppressWarnings("unchecked")
  private Kind<Object> kind(Object event) {
    Kind<?> kind = kinds.get(event.getClass());
    if (kind == null) {
      throw new IllegalArgumentException("the rollups count no " + event.getClass().getName());
    }
    return (Kind<Object>) kind;
  }

  static String upheldKey(EvaluationAppealUpheld e) {
    return "appeal-upheld:" + e.evaluationId();
  }

  static String assignedKey(UUID complaint) {
    return "complaint-assigned:" + complaint;
  }

  static String closedKey(UUID complaint) {
    return "complaint-closed:" + complaint;
  }

  /** Adds a tally built outside (a rebuild's day of history) to the tables. */
  @Transactional
  public void add(Tally tally) {
    tally.flush(named);
  }

  /**
   * A part of a rebuild's batch that depends on whether a live event got there first: applied when its key
   * is still free (and claimed with it), the alternative otherwise.
   */
  record Keyed(String key, Consumer<Tally> ifFree, Consumer<Tally> ifTaken) {}

  /**
   * Adds a rebuild's batch together with its keyed parts, in one transaction: an appeal upheld, a complaint
   * assigned or closed live while the rebuild runs is then counted exactly once, whichever comes first.
   */
  @Transactional
  public void add(Tally tally, java.util.List<Keyed> keyed) {
    for (Keyed k : keyed) {
      (claim(k.key()) ? k.ifFree() : k.ifTaken()).accept(tally);
    }
    tally.flush(named);
  }

  private boolean claim(String key) {
    return jdbc.sql("INSERT INTO dash_processed_event (event_key, applied_at) VALUES (:k, :at) ON CONFLICT DO NOTHING")
        .param("k", key).param("at", SqlTime.param(clock.instant())).update() == 1;
  }

  /** Units looked up through organization's API, remembered briefly (a window rarely changes its unit). */
  RollupRules.Units units() {
    return cachedUnits(organization);
  }

  private final Map<String, Optional<String>> windowUnits = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> hallUnits = new ConcurrentHashMap<>();
  private volatile Instant cacheFrom = Instant.EPOCH;

  private RollupRules.Units cachedUnits(OrganizationApi organization) {
    Instant now = clock.instant();
    if (now.isAfter(cacheFrom.plusSeconds(60)) || now.isBefore(cacheFrom)) {
      windowUnits.clear();
      hallUnits.clear();
      cacheFrom = now;
    }
    return new RollupRules.Units() {
      @Override
      public String ofWindow(String window) {
        return windowUnits.computeIfAbsent(window, w -> organization.window(w).map(WindowSummary::unitCode))
            .orElse(null);
      }

      @Override
      public String ofHall(String hall) {
        return hallUnits.computeIfAbsent(hall, h -> organization.hall(h).map(HallSummary::unitCode)).orElse(null);
      }
    };
  }

  /** The dashboard's own memory of open tickets ({@code dash_ticket}). */
  private final class StoredTickets implements RollupRules.Tickets {

    @Override
    public Instant issuedAt(UUID ticket) {
      return jdbc.sql("SELECT issued_at FROM dash_ticket WHERE ticket_id = :id").param("id", ticket)
          .query((rs, n) -> Optional.ofNullable(SqlTime.instant(rs, "issued_at"))).optional().flatMap(o -> o)
          .orElse(null);
    }

    @Override
    public Instant startedAt(UUID ticket) {
      return jdbc.sql("SELECT started_at FROM dash_ticket WHERE ticket_id = :id").param("id", ticket)
          .query((rs, n) -> Optional.ofNullable(SqlTime.instant(rs, "started_at"))).optional().flatMap(o -> o)
          .orElse(null);
    }

    @Override
    public void issued(UUID ticket, String hall, String service, Instant at) {
      ensure(ticket, hall);
      jdbc.sql("UPDATE dash_ticket SET issued_at = :at, service_code = :s WHERE ticket_id = :id")
          .param("at", SqlTime.param(at)).param("s", service).param("id", ticket).update();
    }

    @Override
    public RollupRules.Call call(UUID ticket) {
      return jdbc.sql("SELECT called_at, unit_code, window_code, staff_username, service_code FROM dash_ticket"
              + " WHERE ticket_id = :id AND called_at IS NOT NULL").param("id", ticket)
          .query((rs, n) -> new RollupRules.Call(SqlTime.instant(rs, "called_at"), rs.getString("unit_code"),
              rs.getString("window_code"), rs.getString("staff_username"), rs.getString("service_code")))
          .optional().orElse(null);
    }

    @Override
    public void called(UUID ticket, String hall, RollupRules.Call call) {
      ensure(ticket, hall);
      jdbc.sql("UPDATE dash_ticket SET called_at = :at, unit_code = :unit, window_code = :window,"
              + " staff_username = :staff, service_code = COALESCE(service_code, :service) WHERE ticket_id = :id")
          .param("at", SqlTime.param(call.at())).param("unit", call.unit()).param("window", call.window())
          .param("staff", call.staff()).param("service", call.service()).param("id", ticket).update();
    }

    @Override
    public void started(UUID ticket, String hall, Instant at) {
      ensure(ticket, hall);
      jdbc.sql("UPDATE dash_ticket SET started_at = :at WHERE ticket_id = :id")
          .param("at", SqlTime.param(at)).param("id", ticket).update();
    }

    /**
     * Keeps the row: a first call applied after the completion (another thread) still needs the issue time. Rows
     * of tickets idle for two days go now and then instead.
     */
    @Override
    public void forget(UUID ticket) {
      if ((ticket.hashCode() & 63) == 0) {
        jdbc.sql("DELETE FROM dash_ticket WHERE COALESCE(called_at, issued_at, started_at) < :cutoff")
            .param("cutoff", SqlTime.param(clock.instant().minus(Duration.ofDays(2)))).update();
      }
    }

    /** Holds the ticket's memory until the batch's transaction ends (see {@link #applyAll}). */
    void lock(UUID ticket, String hall) {
      ensure(ticket, hall);
      jdbc.sql("SELECT ticket_id FROM dash_ticket WHERE ticket_id = :id FOR UPDATE").param("id", ticket)
          .query(UUID.class).list();
    }

    private void ensure(UUID ticket, String hall) {
      jdbc.sql("INSERT INTO dash_ticket (ticket_id, hall_code) VALUES (:id, :hall) ON CONFLICT DO NOTHING")
          .param("id", ticket).param("hall", hall).update();
    }
  }
}
