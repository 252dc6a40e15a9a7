package org.servicewindow.dashboard.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
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
 * Applies one event to the rollups, exactly once: the event's key goes into {@code dash_processed_event}
 * in the same transaction as its increments, so an event delivered again (a retry after a crash, a
 * rebuild replaying history while live events arrive) adds nothing.
 */
@Component
public class Rollups {

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate named;
  private final OrganizationApi organization;
  private final Clock clock;
  private final RollupRules.Tickets tickets;

  Rollups(JdbcClient jdbc, NamedParameterJdbcTemplate named, OrganizationApi organization, Clock clock) {
    this.jdbc = jdbc;
    this.named = named;
    this.organization = organization;
    this.clock = clock;
    this.tickets = new StoredTickets();
  }

  @Transactional
  public boolean apply(TicketIssued e) {
    return once("issued:" + e.ticketId(), t -> RollupRules.issued(e, t, tickets, units()));
  }

  @Transactional
  public boolean apply(TicketCalled e) {
    if (e.recall()) {
      return false;
    }
    return once("called:" + e.ticketId(), t -> RollupRules.called(e, t, tickets, units()));
  }

  @Transactional
  public boolean apply(TicketServiceStarted e) {
    return once("started:" + e.ticketId(), t -> RollupRules.started(e, tickets));
  }

  @Transactional
  public boolean apply(TicketCompleted e) {
    return once("completed:" + e.ticketId(), t -> RollupRules.completed(e, t, tickets, units()));
  }

  @Transactional
  public boolean apply(TicketClosedUnserved e) {
    return once("closed:" + e.ticketId() + ":" + e.status(), t -> RollupRules.closedUnserved(e, t, tickets, units()));
  }

  @Transactional
  public boolean apply(EvaluationSubmitted e) {
    return once("evaluation:" + e.evaluationId(), t -> RollupRules.evaluated(e, t, units()));
  }

  @Transactional
  public boolean apply(EvaluationAppealUpheld e) {
    return once(upheldKey(e), t -> RollupRules.appealUpheld(e, t, units()));
  }

  static String upheldKey(EvaluationAppealUpheld e) {
    return "appeal-upheld:" + e.evaluationId();
  }

  @Transactional
  public boolean apply(ComplaintReceived e) {
    return once("complaint-received:" + e.entryId(), t -> RollupRules.complaintReceived(e, t));
  }

  @Transactional
  public boolean apply(ComplaintAssigned e) {
    return once(assignedKey(e.entryId()), t -> RollupRules.complaintAssigned(e, t));
  }

  @Transactional
  public boolean apply(ComplaintClosed e) {
    return once(closedKey(e.entryId()), t -> RollupRules.complaintClosed(e, t));
  }

  static String assignedKey(UUID complaint) {
    return "complaint-assigned:" + complaint;
  }

  static String closedKey(UUID complaint) {
    return "complaint-closed:" + complaint;
  }

  @Transactional
  public boolean apply(ApplicationAccepted e) {
    return once("app-accepted:" + e.applicationId(), t -> RollupRules.applicationAccepted(e, t));
  }

  @Transactional
  public boolean apply(ApplicationCompleted e) {
    return once("app-completed:" + e.applicationId(), t -> RollupRules.applicationCompleted(e, t));
  }

  @Transactional
  public boolean apply(ApplicationOverdue e) {
    return once("app-overdue:" + e.applicationId(), t -> RollupRules.applicationOverdue(e, t));
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

  private boolean once(String key, Consumer<Tally> rule) {
    if (!claim(key)) {
      return false;
    }
    Tally tally = new Tally();
    rule.accept(tally);
    tally.flush(named);
    return true;
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

    @Override
    public void lock(UUID ticket, String hall) {
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
