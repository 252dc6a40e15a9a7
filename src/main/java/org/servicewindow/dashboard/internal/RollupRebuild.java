package org.servicewindow.dashboard.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.servicewindow.casework.ApplicationHistory;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.feedback.ComplaintAssigned;
import org.servicewindow.feedback.ComplaintClosed;
import org.servicewindow.feedback.ComplaintReceived;
import org.servicewindow.feedback.EvaluationHistory;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.TicketCalled;
import org.servicewindow.queue.TicketClosedUnserved;
import org.servicewindow.queue.TicketCompleted;
import org.servicewindow.queue.TicketHistory;
import org.servicewindow.queue.TicketHistory.TicketRecord;
import org.servicewindow.queue.TicketIssued;
import org.servicewindow.queue.TicketServiceStarted;
import org.servicewindow.queue.TicketStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the rollups from the published history of the queue, feedback and casework: clears them, then
 * replays history month by month. Days before yesterday are tallied in memory and written in one batch;
 * yesterday and today go event by event through {@link Rollups} with their keys, so live events that
 * arrive during the rebuild are never counted twice. Progress is kept in {@code dash_job}.
 */
@Component
public class RollupRebuild {

  private static final Logger log = LoggerFactory.getLogger(RollupRebuild.class);

  private final Rollups rollups;
  private final Jobs jobs;
  private final TicketHistory tickets;
  private final EvaluationHistory evaluations;
  private final ApplicationHistory applications;
  private final OrganizationApi organization;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final int days;
  private final boolean rebuildOnStart;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "dashboard-rebuild");
    t.setDaemon(true);
    return t;
  });

  RollupRebuild(Rollups rollups, Jobs jobs, TicketHistory tickets, EvaluationHistory evaluations,
      ApplicationHistory applications, OrganizationApi organization, JdbcClient jdbc, TransactionTemplate tx,
      Clock clock, @Value("${sw.dashboard.rebuild-days:800}") int days,
      @Value("${sw.dashboard.rebuild-on-start:false}") boolean rebuildOnStart) {
    this.rebuildOnStart = rebuildOnStart;
    this.rollups = rollups;
    this.jobs = jobs;
    this.tickets = tickets;
    this.evaluations = evaluations;
    this.applications = applications;
    this.organization = organization;
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
    this.days = days;
  }

  /**
   * With {@code sw.dashboard.rebuild-on-start=true} (the perf script's generator sets it) a rebuild starts
   * once the application is ready.
   */
  @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
  void rebuildOnStart() {
    if (rebuildOnStart) {
      start("startup");
    }
  }

  /** Starts a rebuild in the background and returns its job id. */
  public UUID start(String requestedBy) {
    UUID id = jobs.create(Jobs.Kind.REBUILD, requestedBy, null);
    executor.submit(() -> run(id));
    return id;
  }

  /** Runs a rebuild in the caller's thread (tests, the perf script's start-up rebuild). */
  public UUID runNow(String requestedBy) {
    UUID id = jobs.create(Jobs.Kind.REBUILD, requestedBy, null);
    run(id);
    return id;
  }

  void run(UUID job) {
    try {
      LocalDate today = ChinaTime.today(clock);
      LocalDate from = today.minusDays(days);
      LocalDate lastBatched = today.minusDays(2);
      long total = Math.max(1, tickets.count(from, today) + evaluations.count(from, today)
          + applications.count(from, today));
      AtomicLong done = new AtomicLong();
      jobs.progress(job, 0, 0);
      tx.executeWithoutResult(s -> {
        jdbc.sql("DELETE FROM dash_day").update();
        jdbc.sql("DELETE FROM dash_day_window").update();
        jdbc.sql("DELETE FROM dash_month").update();
        jdbc.sql("DELETE FROM dash_hour").update();
        jdbc.sql("DELETE FROM dash_processed_event").update();
        jdbc.sql("DELETE FROM dash_ticket").update();
      });
      RollupRules.Units units = cachedUnits();
      for (LocalDate start = from; !start.isAfter(lastBatched); start = start.plusMonths(1).withDayOfMonth(1)) {
        LocalDate end = start.plusMonths(1).withDayOfMonth(1).minusDays(1);
        LocalDate to = end.isAfter(lastBatched) ? lastBatched : end;
        Tally tally = new Tally();
        MemoryTickets memory = new MemoryTickets();
        tickets.tickets(start, to, r -> {
          replay(r, e -> RollupRules.issued(e, tally, memory, units), e -> RollupRules.called(e, tally, memory, units),
              e -> RollupRules.started(e, memory), e -> RollupRules.completed(e, tally, memory, units),
              e -> RollupRules.closedUnserved(e, tally, memory, units));
          done.incrementAndGet();
        });
        evaluations.evaluations(start, to, e -> {
          RollupRules.evaluated(e, tally, units);
          done.incrementAndGet();
        });
        applications.completed(start, to, e -> {
          RollupRules.applicationCompleted(e, tally);
          done.incrementAndGet();
        });
        applications.overdue(start, to, today, e -> RollupRules.applicationOverdue(e, tally));
        applications.accepted(start, to, e -> RollupRules.applicationAccepted(e, tally));
        java.util.List<Rollups.Keyed> keyed = new java.util.ArrayList<>();
        evaluations.upheldAppeals(start, to, e -> keyed.add(new Rollups.Keyed(Rollups.upheldKey(e),
            t -> RollupRules.appealUpheld(e, t, units), t -> {})));
        evaluations.complaints(start, to, c -> complaint(c, tally, keyed));
        rollups.add(tally, keyed);
        jobs.progress(job, (int) (100 * done.get() / total), done.get());
      }
      // the last days event by event, with their keys, alongside live events
      // (read first, applied after: the history streams run in read-only transactions)
      LocalDate recent = lastBatched.plusDays(1);
      java.util.List<TicketRecord> recentTickets = new java.util.ArrayList<>();
      tickets.tickets(recent, today, recentTickets::add);
      java.util.List<org.servicewindow.feedback.EvaluationSubmitted> recentRatings = new java.util.ArrayList<>();
      evaluations.evaluations(recent, today, recentRatings::add);
      java.util.List<org.servicewindow.casework.ApplicationCompleted> recentCompleted = new java.util.ArrayList<>();
      applications.completed(recent, today, recentCompleted::add);
      java.util.List<org.servicewindow.casework.ApplicationOverdue> recentOverdue = new java.util.ArrayList<>();
      applications.overdue(recent, today, today, recentOverdue::add);
      java.util.List<org.servicewindow.casework.ApplicationAccepted> recentAccepted = new java.util.ArrayList<>();
      applications.accepted(recent, today, recentAccepted::add);
      java.util.List<org.servicewindow.feedback.EvaluationAppealUpheld> recentUpheld = new java.util.ArrayList<>();
      evaluations.upheldAppeals(recent, today, recentUpheld::add);
      java.util.List<EvaluationHistory.ComplaintRecord> recentComplaints = new java.util.ArrayList<>();
      evaluations.complaints(recent, today, recentComplaints::add);
      for (TicketRecord r : recentTickets) {
        replay(r, rollups::apply, rollups::apply, rollups::apply, rollups::apply, rollups::apply);
        done.incrementAndGet();
      }
      recentRatings.forEach(rollups::apply);
      recentCompleted.forEach(rollups::apply);
      recentOverdue.forEach(rollups::apply);
      recentAccepted.forEach(rollups::apply);
      recentUpheld.forEach(rollups::apply);
      for (EvaluationHistory.ComplaintRecord c : recentComplaints) {
        // told again as its events: received (in the inbox if it was assigned later), assigned, closed
        rollups.apply(c.assigned()
            ? new ComplaintReceived(c.entryId(), c.number(), null, null, null, null, c.receivedAt())
            : new ComplaintReceived(c.entryId(), c.number(), c.unitCode(), c.hallCode(), c.windowCode(),
                c.handlerUsername(), c.receivedAt()));
        if (c.assigned()) {
          rollups.apply(new ComplaintAssigned(c.entryId(), c.number(), c.unitCode(), c.hallCode(), c.windowCode(),
              c.handlerUsername(), c.receivedAt(), c.receivedAt()));
        }
        if (c.closedAt() != null) {
          rollups.apply(new ComplaintClosed(c.entryId(), c.number(), c.unitCode(), c.hallCode(), c.windowCode(),
              c.handlerUsername(), c.receivedAt(), c.closedAt()));
        }
      }
      done.addAndGet(recentRatings.size() + recentCompleted.size());
      jobs.done(job, null, null, String.valueOf(done.get()));
      log.info("dashboard rollups rebuilt from {} records since {}", done.get(), from);
    } catch (RuntimeException e) {
      log.warn("dashboard rebuild failed", e);
      jobs.failed(job, e.getMessage());
    }
  }

  /**
   * A complaint of a batched month: received and open where it counts now. Had a live assignment already
   * moved it (its key taken), it is counted in the inbox instead, where that assignment took it from; had a
   * live closing already taken it off, it is not taken off again.
   */
  static void complaint(EvaluationHistory.ComplaintRecord c, Tally tally, java.util.List<Rollups.Keyed> keyed) {
    java.util.function.Consumer<Tally> where = t -> RollupRules.complaint(t, c.receivedAt(), c.unitCode(),
        c.hallCode(), c.windowCode(), c.handlerUsername(), 1, 1);
    java.util.function.Consumer<Tally> inbox = t -> RollupRules.complaint(t, c.receivedAt(), null, null, null, null,
        1, 1);
    if (c.assigned()) {
      keyed.add(new Rollups.Keyed(Rollups.assignedKey(c.entryId()), where, inbox));
    } else {
      where.accept(tally);
    }
    if (c.closedAt() != null) {
      keyed.add(new Rollups.Keyed(Rollups.closedKey(c.entryId()), t -> RollupRules.complaint(t, c.receivedAt(),
          c.unitCode(), c.hallCode(), c.windowCode(), c.handlerUsername(), 0, -1), t -> {}));
    }
  }

  /** A ticket's recorded history told again as the queue's events. */
  static void replay(TicketRecord r, java.util.function.Consumer<TicketIssued> issued,
      java.util.function.Consumer<TicketCalled> called, java.util.function.Consumer<TicketServiceStarted> started,
      java.util.function.Consumer<TicketCompleted> completed, java.util.function.Consumer<TicketClosedUnserved> closed) {
    if (!r.transferredIn()) {
      issued.accept(new TicketIssued(r.ticketId(), r.hallCode(), r.serviceCode(), null, null, r.issuedAt()));
    }
    if (r.calledAt() != null && r.windowCode() != null) {
      called.accept(new TicketCalled(r.ticketId(), r.hallCode(), r.serviceCode(), null, r.windowCode(),
          r.staffUsername(), r.calledAt(), false));
    }
    if (r.startedAt() != null) {
      started.accept(new TicketServiceStarted(r.ticketId(), r.hallCode(), r.windowCode(), r.staffUsername(),
          r.startedAt()));
    }
    if (r.status() == TicketStatus.COMPLETED && r.finishedAt() != null) {
      completed.accept(new TicketCompleted(r.ticketId(), r.hallCode(), r.serviceCode(), r.windowCode(),
          r.staffUsername(), r.finishedAt(), null));
    } else if (r.status() == TicketStatus.NO_SHOW || r.status() == TicketStatus.CANCELLED
        || r.status() == TicketStatus.TRANSFERRED) {
      Instant at = r.finishedAt() != null ? r.finishedAt() : r.calledAt() != null ? r.calledAt() : r.issuedAt();
      closed.accept(new TicketClosedUnserved(r.ticketId(), r.hallCode(), r.serviceCode(), r.status(), at));
    }
  }

  private RollupRules.Units cachedUnits() {
    Map<String, Optional<String>> windows = new HashMap<>();
    Map<String, Optional<String>> halls = new HashMap<>();
    return new RollupRules.Units() {
      @Override
      public String ofWindow(String window) {
        return windows.computeIfAbsent(window, w -> organization.window(w).map(WindowSummary::unitCode)).orElse(null);
      }

      @Override
      public String ofHall(String hall) {
        return halls.computeIfAbsent(hall, h -> organization.hall(h).map(HallSummary::unitCode)).orElse(null);
      }
    };
  }

  /** Ticket memory for a batch of history. */
  static final class MemoryTickets implements RollupRules.Tickets {
    private final Map<UUID, Instant[]> times = new HashMap<>();
    private final Map<UUID, RollupRules.Call> calls = new HashMap<>();

    @Override
    public RollupRules.Call call(UUID ticket) {
      return calls.get(ticket);
    }

    @Override
    public Instant issuedAt(UUID ticket) {
      Instant[] t = times.get(ticket);
      return t == null ? null : t[0];
    }

    @Override
    public Instant startedAt(UUID ticket) {
      Instant[] t = times.get(ticket);
      return t == null ? null : t[2];
    }

    @Override
    public void issued(UUID ticket, String hall, String service, Instant at) {
      times.computeIfAbsent(ticket, k -> new Instant[3])[0] = at;
    }

    @Override
    public void called(UUID ticket, String hall, RollupRules.Call call) {
      times.computeIfAbsent(ticket, k -> new Instant[3])[1] = call.at();
      calls.put(ticket, call);
    }

    @Override
    public void started(UUID ticket, String hall, Instant at) {
      times.computeIfAbsent(ticket, k -> new Instant[3])[2] = at;
    }

    @Override
    public void forget(UUID ticket) {
      times.remove(ticket);
      calls.remove(ticket);
    }
  }
}
