package org.servicewindow.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.common.Ids;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.feedback.LedgerStatus;
import org.servicewindow.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 差评台账's rows and their append-only timeline. */
@Repository
public class LedgerStore {

  /** A stored entry (contact data in clear: the facade masks it). */
  public record Entry(UUID id, String number, String source, UUID evaluationId, LedgerStatus status, String unitCode,
      String hallCode, String windowCode, String handlerUsername, String serviceCode, Integer level, String summary,
      String contactName, String contactPhone, boolean realName, Instant openedAt, LocalDate dueOn,
      boolean dueProvisional, String verdict, String resolution, LocalDate rectifyDue, String satisfaction,
      Instant escalatedAt, Instant closedAt, long version, String channel, String complaintType) {}

  /** A row of the timeline. */
  public record StepRow(UUID id, String step, String actor, Instant at, String outcome, String note) {}

  /** What the list filters by. */
  public record Filter(LedgerStatus status, boolean overdueOnly, LocalDate today) {}

  private final JdbcClient jdbc;

  LedgerStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Entry e) {
    jdbc.sql("""
            INSERT INTO ledger_entry (id, number, source, evaluation_id, status, unit_code, hall_code, window_code,
                                      handler_username, service_code, level, summary, contact_name, contact_phone,
                                      real_name, opened_at, due_on, due_provisional, version, channel, complaint_type)
            VALUES (:id, :number, :source, :evaluation, :status, :unit, :hall, :window, :handler, :service, :level,
                    :summary, :contactName, :contactPhone, :realName, :openedAt, :dueOn, :provisional, 1, :channel,
                    :complaintType)
            """)
        .param("id", e.id()).param("number", e.number()).param("source", e.source())
        .param("evaluation", e.evaluationId()).param("status", e.status().name()).param("unit", e.unitCode())
        .param("hall", e.hallCode()).param("window", e.windowCode()).param("handler", e.handlerUsername())
        .param("service", e.serviceCode()).param("level", e.level()).param("summary", e.summary())
        .param("contactName", e.contactName()).param("contactPhone", e.contactPhone()).param("realName", e.realName())
        .param("openedAt", SqlTime.param(e.openedAt())).param("dueOn", e.dueOn())
        .param("provisional", e.dueProvisional()).param("channel", e.channel())
        .param("complaintType", e.complaintType())
        .update();
  }

  /** Writes a changed entry if nobody changed it since it was read (optimistic lock). */
  public boolean update(Entry e) {
    return jdbc.sql("""
            UPDATE ledger_entry SET status = :status, verdict = :verdict, resolution = :resolution,
                   rectify_due = :rectifyDue, satisfaction = :satisfaction, escalated_at = :escalatedAt,
                   closed_at = :closedAt, version = version + 1
             WHERE id = :id AND version = :version
            """)
        .param("status", e.status().name()).param("verdict", e.verdict()).param("resolution", e.resolution())
        .param("rectifyDue", e.rectifyDue()).param("satisfaction", e.satisfaction())
        .param("escalatedAt", SqlTime.param(e.escalatedAt())).param("closedAt", SqlTime.param(e.closedAt()))
        .param("id", e.id()).param("version", e.version())
        .update() == 1;
  }

  /** Appends a step to the entry's timeline and returns its id (evidence files refer to it). */
  public UUID step(UUID entry, String step, String actor, Instant at, String outcome, String note) {
    UUID id = Ids.newId();
    jdbc.sql("""
            INSERT INTO ledger_step (id, entry_id, step, actor, at, outcome, note)
            VALUES (:id, :entry, :step, :actor, :at, :outcome, :note)
            """)
        .param("id", id).param("entry", entry).param("step", step).param("actor", actor)
        .param("at", SqlTime.param(at)).param("outcome", outcome).param("note", note)
        .update();
    return id;
  }

  public Optional<Entry> find(UUID id) {
    return jdbc.sql("SELECT * FROM ledger_entry WHERE id = :id").param("id", id).query(LedgerStore::row).optional();
  }

  public Optional<Entry> findByEvaluation(UUID evaluationId) {
    return jdbc.sql("SELECT * FROM ledger_entry WHERE evaluation_id = :e").param("e", evaluationId)
        .query(LedgerStore::row).optional();
  }

  public List<StepRow> steps(UUID entry) {
    return jdbc.sql("SELECT * FROM ledger_step WHERE entry_id = :id ORDER BY at, step").param("id", entry)
        .query((rs, n) -> new StepRow(rs.getObject("id", UUID.class), rs.getString("step"), rs.getString("actor"), SqlTime.instant(rs, "at"),
            rs.getString("outcome"), rs.getString("note")))
        .list();
  }

  /**
   * One page of entries inside the reader's scope; a staff member (window scope) sees the entries of the
   * services they handled.
   */
  public Paged<Entry> page(DataScope scope, String staffUsername, Filter filter, PageQuery page) {
    StringBuilder where = new StringBuilder(" WHERE (" + scope.sql("unit_code", "hall_code", "window_code"));
    Map<String, Object> params = new HashMap<>(scope.params());
    if (scope.level() == DataScope.Level.WINDOW && staffUsername != null) {
      where.append(" OR handler_username = :me");
      params.put("me", staffUsername);
    }
    where.append(")");
    if (filter.status() != null) {
      where.append(" AND status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.overdueOnly()) {
      where.append(" AND status <> 'CLOSED' AND due_on < :today");
      params.put("today", filter.today());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM ledger_entry" + where).params(params).query(Long.class).single();
    List<Entry> items = jdbc.sql("SELECT * FROM ledger_entry" + where
            + " ORDER BY CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END, due_on, opened_at DESC, id"
            + " LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query(LedgerStore::row).list();
    return page.result(items, total);
  }

  /**
   * An attachment of an entry (e.g. the photo of a suggestion-box note), or of one of its steps (the
   * evidence of a verification, rectification or callback) when {@code stepId} is set.
   */
  public record Attachment(UUID id, UUID entryId, UUID stepId, String fileName, String contentType, byte[] content) {}

  /** Evidence for a step: kept with the step it proves, with the SHA-256 of its content. */
  public UUID attachToStep(UUID entry, UUID step, String fileName, String contentType, byte[] content, String sha256,
      String by, Instant at) {
    UUID id = Ids.newId();
    jdbc.sql("""
            INSERT INTO ledger_attachment (id, entry_id, step_id, file_name, content_type, content, sha256, uploaded_by,
                                           uploaded_at)
            VALUES (:id, :entry, :step, :name, :type, :content, :sha, :by, :at)
            """)
        .param("id", id).param("entry", entry).param("step", step).param("name", fileName).param("type", contentType)
        .param("content", content).param("sha", sha256).param("by", by).param("at", SqlTime.param(at))
        .update();
    return id;
  }

  public void attach(UUID entry, String fileName, String contentType, byte[] content, String by, Instant at) {
    jdbc.sql("""
            INSERT INTO ledger_attachment (id, entry_id, file_name, content_type, content, uploaded_by, uploaded_at)
            VALUES (:id, :entry, :name, :type, :content, :by, :at)
            """)
        .param("id", Ids.newId()).param("entry", entry).param("name", fileName).param("type", contentType)
        .param("content", content).param("by", by).param("at", SqlTime.param(at))
        .update();
  }

  /** The attachments of an entry, without their content. */
  public List<Attachment> attachments(UUID entry) {
    return jdbc.sql("""
            SELECT id, entry_id, step_id, file_name, content_type FROM ledger_attachment WHERE entry_id = :e
             ORDER BY uploaded_at, file_name""")
        .param("e", entry)
        .query((rs, n) -> new Attachment(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
            rs.getObject("step_id", UUID.class), rs.getString("file_name"), rs.getString("content_type"), null))
        .list();
  }

  public Optional<Attachment> attachment(UUID entry, UUID id) {
    return jdbc.sql("SELECT * FROM ledger_attachment WHERE entry_id = :e AND id = :id").param("e", entry).param("id", id)
        .query((rs, n) -> new Attachment(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
            rs.getObject("step_id", UUID.class), rs.getString("file_name"), rs.getString("content_type"),
            rs.getBytes("content")))
        .optional();
  }

  /**
   * One page of the complaints nobody is responsible for yet (e-mails name no hall or window), oldest
   * first: the inbox where they are assigned.
   */
  public Paged<Entry> unassigned(PageQuery page) {
    String where = " WHERE source = 'COMPLAINT' AND unit_code IS NULL AND hall_code IS NULL AND status = 'OPEN'";
    long total = jdbc.sql("SELECT COUNT(*) FROM ledger_entry" + where).query(Long.class).single();
    List<Entry> items = jdbc.sql("SELECT * FROM ledger_entry" + where + " ORDER BY opened_at, id LIMIT :limit OFFSET :offset")
        .param("limit", page.size()).param("offset", page.offset()).query(LedgerStore::row).list();
    return page.result(items, total);
  }

  /**
   * Gives an unassigned complaint its type, unit (hall, window, handler) and deadline; false when it was
   * assigned or changed meanwhile.
   */
  public boolean assign(Entry e, String type, String unit, String hall, String window, String handler, LocalDate dueOn,
      boolean dueProvisional) {
    return jdbc.sql("""
            UPDATE ledger_entry SET complaint_type = :type, unit_code = :unit, hall_code = :hall, window_code = :window,
                   handler_username = :handler, due_on = :due, due_provisional = :provisional, version = version + 1
             WHERE id = :id AND version = :version AND unit_code IS NULL AND hall_code IS NULL
            """)
        .param("type", type).param("unit", unit).param("hall", hall).param("window", window).param("handler", handler)
        .param("due", dueOn).param("provisional", dueProvisional).param("id", e.id()).param("version", e.version())
        .update() == 1;
  }

  /** The entries inside the scope opened since {@code since} and not yet verified, newest first. */
  public List<Entry> openedSince(DataScope scope, Instant since, int limit) {
    return jdbc.sql("SELECT * FROM ledger_entry WHERE " + scope.sql("unit_code", "hall_code", "window_code")
            + " AND status = 'OPEN' AND opened_at >= :since ORDER BY opened_at DESC, id LIMIT :limit")
        .params(scope.params()).param("since", SqlTime.param(since)).param("limit", limit)
        .query(LedgerStore::row).list();
  }

  /** Open entries past their deadline that were not escalated yet. */
  public List<Entry> overdueNotEscalated(LocalDate today) {
    return jdbc.sql("""
            SELECT * FROM ledger_entry WHERE status <> 'CLOSED' AND escalated_at IS NULL AND due_on < :today
             ORDER BY due_on, id
            """)
        .param("today", today).query(LedgerStore::row).list();
  }

  static Entry row(ResultSet rs, int n) throws SQLException {
    int level = rs.getInt("level");
    Integer lvl = rs.wasNull() ? null : level;
    return new Entry(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("source"),
        rs.getObject("evaluation_id", UUID.class), LedgerStatus.valueOf(rs.getString("status")),
        rs.getString("unit_code"), rs.getString("hall_code"), rs.getString("window_code"),
        rs.getString("handler_username"), rs.getString("service_code"), lvl, rs.getString("summary"),
        rs.getString("contact_name"), rs.getString("contact_phone"), rs.getBoolean("real_name"),
        SqlTime.instant(rs, "opened_at"), rs.getObject("due_on", LocalDate.class), rs.getBoolean("due_provisional"),
        rs.getString("verdict"), rs.getString("resolution"), rs.getObject("rectify_due", LocalDate.class),
        rs.getString("satisfaction"), SqlTime.instant(rs, "escalated_at"), SqlTime.instant(rs, "closed_at"),
        rs.getLong("version"), rs.getString("channel"), rs.getString("complaint_type"));
  }
}
