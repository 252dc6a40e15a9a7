package org.servicewindow.queue.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.servicewindow.common.SqlTime;
import org.servicewindow.queue.IssueChannel;
import org.servicewindow.queue.Priority;
import org.servicewindow.queue.TicketStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tickets, their gapless counters and their history. */
@Repository
public class Tickets {

  private final JdbcClient jdbc;
  /** Takes, increments and reads a counter in one statement: each kiosk waits for the row, so the shorter the better. */
  private final String nextNumberSql;

  Tickets(JdbcClient jdbc, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    String increment = """
        UPDATE queue_counter SET last_number = last_number + 1
         WHERE hall_code = :hall AND service_code = :service AND service_day = :day""";
    try (Connection c = dataSource.getConnection()) {
      this.nextNumberSql = "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())
          ? increment + " RETURNING last_number"
          : "SELECT last_number FROM FINAL TABLE (" + increment + ")"; // H2's form of the same
    }
  }

  /**
   * The next number of a service's line for the day. The counter row is locked until the caller's
   * transaction ends, so concurrent kiosks queue up for it and no number is skipped or given twice; a
   * rolled-back issue gives its number back.
   */
  public int nextNumber(String hall, String service, LocalDate day) {
    Optional<Integer> next = jdbc.sql(nextNumberSql)
        .param("hall", hall).param("service", service).param("day", day)
        .query(Integer.class).optional();
    if (next.isPresent()) {
      return next.get();
    }
    // the day's first ticket of the service. ON CONFLICT DO NOTHING: a duplicate key must not abort the transaction
    // (PostgreSQL) when another kiosk created the counter a moment earlier; then we take the next number of that one
    int created = jdbc.sql("""
            INSERT INTO queue_counter (hall_code, service_code, service_day, last_number)
            VALUES (:hall, :service, :day, 1) ON CONFLICT DO NOTHING
            """)
        .param("hall", hall).param("service", service).param("day", day).update();
    return created == 1 ? 1 : nextNumber(hall, service, day);
  }

  /** Writes a new ticket, with the wait it was promised (null when none was, as for a transfer). */
  public void insert(Ticket t, Integer estimatedWaitMinutes) {
    jdbc.sql("""
            INSERT INTO ticket (id, hall_code, service_code, service_day, number, display_number, priority, priority_rank,
                                green_reason, channel, phone, status, queued_at, issued_at, transferred_from,
                                reserved_window, note, estimated_wait_min)
            VALUES (:id, :hall, :service, :day, :number, :display, :priority, :rank, :greenReason, :channel, :phone,
                    :status, :queuedAt, :issuedAt, :transferredFrom, :reservedWindow, :note, :estimate)
            """)
        .param("id", t.id()).param("hall", t.hallCode()).param("service", t.serviceCode()).param("day", t.day())
        .param("number", t.number()).param("display", t.displayNumber()).param("priority", t.priority().name())
        .param("rank", t.priority().rank()).param("greenReason", t.greenReason()).param("channel", t.channel().name())
        .param("phone", t.phone()).param("status", t.status().name()).param("queuedAt", SqlTime.param(t.queuedAt()))
        .param("issuedAt", SqlTime.param(t.issuedAt())).param("transferredFrom", t.transferredFrom())
        .param("reservedWindow", t.reservedWindow()).param("note", t.note())
        .param("estimate", estimatedWaitMinutes).update();
  }

  /** Writes a ticket's changed state, provided it is still in the status it was read in. */
  public boolean update(Ticket t, TicketStatus expected) {
    return jdbc.sql("""
            UPDATE ticket SET status = :status, queued_at = :queuedAt, window_code = :window, staff_username = :staff,
                   called_at = :calledAt, started_at = :startedAt, finished_at = :finishedAt, recalls = :recalls,
                   evaluation_token = :token, note = :note
             WHERE id = :id AND status = :expected
            """)
        .param("status", t.status().name()).param("queuedAt", SqlTime.param(t.queuedAt()))
        .param("window", t.windowCode()).param("staff", t.staffUsername())
        .param("calledAt", SqlTime.param(t.calledAt())).param("startedAt", SqlTime.param(t.startedAt()))
        .param("finishedAt", SqlTime.param(t.finishedAt())).param("recalls", t.recalls())
        .param("token", t.evaluationToken()).param("note", t.note()).param("id", t.id())
        .param("expected", expected.name())
        .update() == 1;
  }

  public Optional<Ticket> find(UUID id) {
    return jdbc.sql("SELECT * FROM ticket WHERE id = :id").param("id", id).query(this::row).optional();
  }

  /** Reads and locks a ticket for a change; a concurrent change of the same ticket waits. */
  public Optional<Ticket> lock(UUID id) {
    return jdbc.sql("SELECT * FROM ticket WHERE id = :id FOR UPDATE").param("id", id).query(this::row).optional();
  }

  public Optional<Ticket> findByEvaluationToken(String token) {
    return jdbc.sql("SELECT * FROM ticket WHERE evaluation_token = :token").param("token", token).query(this::row).optional();
  }

  /**
   * Takes the first ticket a window may call and locks it; tickets another window is taking at this very
   * moment are skipped (not waited for), so fifty windows pressing "call next" together each get a
   * different ticket. Tickets reserved for this window come first, then by priority rank and place in
   * the line; with {@code normalFirst} (the green-channel cap reached) normal tickets go before green ones.
   */
  public Optional<UUID> claimNext(String hall, LocalDate day, String window, Collection<String> services, boolean normalFirst) {
    return claimable(hall, day, window, services, normalFirst, "FOR UPDATE SKIP LOCKED");
  }

  /** Whether a ticket waits that the window could call, as committed; locks nothing. */
  public boolean anyCallable(String hall, LocalDate day, String window, Collection<String> services) {
    return claimable(hall, day, window, services, false, "").isPresent();
  }

  private Optional<UUID> claimable(String hall, LocalDate day, String window, Collection<String> services,
      boolean normalFirst, String lock) {
    if (services.isEmpty()) {
      return jdbc.sql("""
              SELECT id FROM ticket
               WHERE hall_code = :hall AND service_day = :day AND status = 'WAITING' AND reserved_window = :window
               ORDER BY priority_rank, queued_at, id
               LIMIT 1 %s
              """.formatted(lock))
          .param("hall", hall).param("day", day).param("window", window)
          .query(UUID.class).optional();
    }
    String rank = normalFirst ? "CASE WHEN priority_rank = 0 THEN 3 ELSE priority_rank END" : "priority_rank";
    return jdbc.sql("""
            SELECT id FROM ticket
             WHERE hall_code = :hall AND service_day = :day AND status = 'WAITING'
               AND (reserved_window = :window OR (reserved_window IS NULL AND service_code IN (:services)))
             ORDER BY CASE WHEN reserved_window = :window THEN 0 ELSE 1 END, %s, queued_at, id
             LIMIT 1 %s
            """.formatted(rank, lock))
        .param("hall", hall).param("day", day).param("window", window).param("services", services)
        .query(UUID.class).optional();
  }

  /** How many wait ahead of a ticket in its line (same service, or the same reserved window). */
  public int aheadOf(Ticket t) {
    if (t.status() != TicketStatus.WAITING) {
      return 0;
    }
    return jdbc.sql("""
            SELECT COUNT(*) FROM ticket
             WHERE hall_code = :hall AND service_day = :day AND status = 'WAITING' AND service_code = :service
               AND (priority_rank < :rank OR (priority_rank = :rank AND (queued_at < :queuedAt
                    OR (queued_at = :queuedAt AND id < :id))))
            """)
        .param("hall", t.hallCode()).param("day", t.day()).param("service", t.serviceCode())
        .param("rank", t.priority().rank()).param("queuedAt", SqlTime.param(t.queuedAt())).param("id", t.id())
        .query(Integer.class).single();
  }

  /** Waiting tickets per service of a hall today. */
  public Map<String, Integer> waitingByService(String hall, LocalDate day) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    jdbc.sql("""
            SELECT service_code, COUNT(*) AS n FROM ticket
             WHERE hall_code = :hall AND service_day = :day AND status = 'WAITING' GROUP BY service_code
            """)
        .param("hall", hall).param("day", day)
        .query(rs -> {
          counts.put(rs.getString("service_code"), rs.getInt("n"));
        });
    return counts;
  }

  /** Open tickets of days before {@code day}: the hall closed on them. */
  public List<Ticket> openBefore(LocalDate day, int limit) {
    return jdbc.sql("SELECT * FROM ticket WHERE service_day < :day AND status IN ('WAITING', 'CALLED', 'SERVING') LIMIT :limit")
        .param("day", day).param("limit", limit).query(this::row).list();
  }

  /** Called tickets whose citizen has not come for longer than the hall allows. */
  public List<Ticket> calledBefore(Instant before, int limit) {
    return jdbc.sql("SELECT * FROM ticket WHERE status = 'CALLED' AND called_at < :before ORDER BY called_at LIMIT :limit")
        .param("before", SqlTime.param(before)).param("limit", limit).query(this::row).list();
  }

  /** Appends to the ticket's history. */
  public void recordEvent(UUID ticket, String hall, String type, Instant at, String window, String staff, String detail) {
    jdbc.sql("""
            INSERT INTO ticket_event (ticket_id, hall_code, type, occurred_at, window_code, staff_username, detail)
            VALUES (:ticket, :hall, :type, :at, :window, :staff, :detail)
            """)
        .param("ticket", ticket).param("hall", hall).param("type", type).param("at", SqlTime.param(at))
        .param("window", window).param("staff", staff).param("detail", detail)
        .update();
  }

  /**
   * The next announcement number of a hall, locking the hall's sequence until commit (see the
   * migration); call it as the last step of the transaction.
   */
  public long nextBoardSeq(String hall) {
    int updated = jdbc.sql("UPDATE queue_board_seq SET seq = seq + 1 WHERE hall_code = :hall").param("hall", hall).update();
    if (updated == 0) {
      int created = jdbc.sql("INSERT INTO queue_board_seq (hall_code, seq) VALUES (:hall, 1) ON CONFLICT DO NOTHING")
          .param("hall", hall).update();
      return created == 1 ? 1 : nextBoardSeq(hall);
    }
    return jdbc.sql("SELECT seq FROM queue_board_seq WHERE hall_code = :hall").param("hall", hall).query(Long.class).single();
  }

  /** Records a call or recall in the ticket's history under its board sequence number. */
  public void recordCall(CallRecord call, java.util.UUID ticketId, String staff) {
    jdbc.sql("""
            INSERT INTO ticket_event (ticket_id, hall_code, type, occurred_at, window_code, staff_username, board_seq)
            VALUES (:ticket, :hall, :type, :at, :window, :staff, :seq)
            """)
        .param("ticket", ticketId).param("hall", call.hallCode()).param("type", call.recall() ? "RECALLED" : "CALLED")
        .param("at", SqlTime.param(call.calledAt())).param("window", call.windowCode()).param("staff", staff)
        .param("seq", call.eventId())
        .update();
  }

  /**
   * A call shown on the boards: number, window, time; also what a reconnecting board replays. Its
   * {@code eventId} is the hall's board sequence number.
   */
  public record CallRecord(long eventId, String hallCode, String number, String serviceCode, String windowCode,
      Instant calledAt, boolean recall) {}

  /** The latest calls of a hall today, newest first. */
  public List<CallRecord> latestCalls(String hall, Instant since, int limit) {
    return jdbc.sql("""
            SELECT e.board_seq, e.hall_code, t.display_number, t.service_code, e.window_code, e.occurred_at, e.type
              FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id
             WHERE e.hall_code = :hall AND e.board_seq IS NOT NULL AND e.occurred_at >= :since
             ORDER BY e.board_seq DESC LIMIT :limit
            """)
        .param("hall", hall).param("since", SqlTime.param(since)).param("limit", limit)
        .query(Tickets::call).list();
  }

  /** Calls of a hall after a given event id, oldest first: what a board missed while disconnected. */
  public List<CallRecord> callsAfter(String hall, long eventId, int limit) {
    return jdbc.sql("""
            SELECT e.board_seq, e.hall_code, t.display_number, t.service_code, e.window_code, e.occurred_at, e.type
              FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id
             WHERE e.hall_code = :hall AND e.board_seq > :after
             ORDER BY e.board_seq LIMIT :limit
            """)
        .param("hall", hall).param("after", eventId).param("limit", limit)
        .query(Tickets::call).list();
  }

  private static CallRecord call(ResultSet rs, int n) throws SQLException {
    return new CallRecord(rs.getLong("board_seq"), rs.getString("hall_code"), rs.getString("display_number"),
        rs.getString("service_code"), rs.getString("window_code"), SqlTime.instant(rs, "occurred_at"),
        "RECALLED".equals(rs.getString("type")));
  }

  private Ticket row(ResultSet rs, int n) throws SQLException {
    int number = rs.getInt("number");
    Integer num = rs.wasNull() ? null : number;
    return new Ticket(
        rs.getObject("id", UUID.class), rs.getString("hall_code"), rs.getString("service_code"),
        rs.getObject("service_day", LocalDate.class), num, rs.getString("display_number"),
        Priority.valueOf(rs.getString("priority")), rs.getString("green_reason"),
        IssueChannel.valueOf(rs.getString("channel")), rs.getString("phone"), SqlTime.instant(rs, "issued_at"),
        rs.getObject("transferred_from", UUID.class), rs.getString("reserved_window"),
        TicketStatus.valueOf(rs.getString("status")), SqlTime.instant(rs, "queued_at"), rs.getString("window_code"),
        rs.getString("staff_username"), SqlTime.instant(rs, "called_at"), SqlTime.instant(rs, "started_at"),
        SqlTime.instant(rs, "finished_at"), rs.getInt("recalls"), rs.getString("evaluation_token"), rs.getString("note"));
  }
}
