package org.servicewindow.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inquiries, consultations and escalations of the window, with their scoped and paged lists. */
@Repository
public class DeskRecords {

  public record Inquiry(UUID id, String unitCode, String hallCode, String windowCode, String subject, String question,
      String citizenName, String citizenPhone, String ownerUsername, String ownerName, String status, String handoverTo,
      String handoverNote, String resolution, Instant createdAt, Instant resolvedAt) {}

  public record InquiryEvent(String type, Instant occurredAt, String actor, String detail) {}

  public record Consultation(UUID id, String unitCode, String hallCode, String windowCode, String staffUsername,
      String staffName, String serviceCode, String serviceName, String question, String answer, String citizenPhone,
      boolean guideSent, int durationMinutes, Instant createdAt) {}

  public record Escalation(UUID id, String unitCode, String hallCode, String windowCode, UUID applicationId,
      String raisedBy, String raisedByName, String problem, String proposedSolution, String status, LocalDate dueOn,
      Instant createdAt, String decidedBy, String decidedByName, Instant decidedAt, String instruction) {}

  private final JdbcClient jdbc;

  DeskRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Inquiry i) {
    jdbc.sql("""
            INSERT INTO inquiry (id, unit_code, hall_code, window_code, subject, question, citizen_name, citizen_phone,
                                 owner_username, owner_name, status, created_at)
            VALUES (:id, :unit, :hall, :window, :subject, :question, :name, :phone, :owner, :ownerName, 'OPEN', :at)
            """)
        .param("id", i.id()).param("unit", i.unitCode()).param("hall", i.hallCode()).param("window", i.windowCode())
        .param("subject", i.subject()).param("question", i.question()).param("name", i.citizenName())
        .param("phone", i.citizenPhone()).param("owner", i.ownerUsername()).param("ownerName", i.ownerName())
        .param("at", SqlTime.param(i.createdAt())).update();
  }

  public void update(Inquiry i) {
    jdbc.sql("""
            UPDATE inquiry SET owner_username = :owner, owner_name = :ownerName, status = :status, handover_to = :to,
                   handover_note = :note, resolution = :resolution, resolved_at = :resolvedAt, unit_code = :unit,
                   hall_code = :hall, window_code = :window
             WHERE id = :id
            """)
        .param("owner", i.ownerUsername()).param("ownerName", i.ownerName()).param("status", i.status())
        .param("to", i.handoverTo()).param("note", i.handoverNote()).param("resolution", i.resolution())
        .param("resolvedAt", SqlTime.param(i.resolvedAt())).param("unit", i.unitCode()).param("hall", i.hallCode())
        .param("window", i.windowCode()).param("id", i.id()).update();
  }

  public Optional<Inquiry> inquiry(UUID id, boolean lock) {
    return jdbc.sql("SELECT * FROM inquiry WHERE id = :id" + (lock ? " FOR UPDATE" : "")).param("id", id)
        .query((rs, n) -> new Inquiry(rs.getObject("id", UUID.class), rs.getString("unit_code"), rs.getString("hall_code"),
            rs.getString("window_code"), rs.getString("subject"), rs.getString("question"), rs.getString("citizen_name"),
            rs.getString("citizen_phone"), rs.getString("owner_username"), rs.getString("owner_name"),
            rs.getString("status"), rs.getString("handover_to"), rs.getString("handover_note"),
            rs.getString("resolution"), SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "resolved_at")))
        .optional();
  }

  public void inquiryEvent(UUID id, String type, Instant at, String actor, String detail) {
    jdbc.sql("INSERT INTO inquiry_event (inquiry_id, type, occurred_at, actor, detail) VALUES (:id, :type, :at, :actor, :detail)")
        .param("id", id).param("type", type).param("at", SqlTime.param(at)).param("actor", actor).param("detail", detail)
        .update();
  }

  public List<InquiryEvent> inquiryEvents(UUID id) {
    return jdbc.sql("SELECT * FROM inquiry_event WHERE inquiry_id = :id ORDER BY id").param("id", id)
        .query((rs, n) -> new InquiryEvent(rs.getString("type"), SqlTime.instant(rs, "occurred_at"), rs.getString("actor"),
            rs.getString("detail")))
        .list();
  }

  /**
   * Inquiries the actor owns or is asked to take over, plus those in their data scope.
   *
   * @param openBefore only open ones logged before this instant (the hall manager's "too old" view), or null
   */
  public Paged<Inquiry> inquiries(Actor actor, boolean openOnly, Instant openBefore, PageQuery page) {
    Map<String, Object> params = new HashMap<>(actor.scope().params());
    String where = "(" + actor.scope().sql("unit_code", "hall_code", "window_code")
        + " OR owner_username = :me OR handover_to = :me)";
    params.put("me", actor.username());
    if (openOnly || openBefore != null) {
      where += " AND status <> 'RESOLVED'";
    }
    if (openBefore != null) {
      where += " AND created_at < :before";
      params.put("before", SqlTime.param(openBefore));
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM inquiry WHERE " + where).params(params).query(Long.class).single();
    List<UUID> ids = jdbc.sql("SELECT id FROM inquiry WHERE " + where + " ORDER BY created_at DESC LIMIT :l OFFSET :o")
        .params(params).param("l", page.size()).param("o", page.offset()).query(UUID.class).list();
    return page.result(ids.stream().map(id -> inquiry(id, false).orElseThrow()).toList(), total);
  }

  public void insert(Consultation c) {
    jdbc.sql("""
            INSERT INTO consultation (id, unit_code, hall_code, window_code, staff_username, staff_name, service_code,
                                      service_name, question, answer, citizen_phone, guide_sent, duration_minutes, created_at)
            VALUES (:id, :unit, :hall, :window, :staff, :staffName, :service, :serviceName, :question, :answer, :phone,
                    :sent, :minutes, :at)
            """)
        .param("id", c.id()).param("unit", c.unitCode()).param("hall", c.hallCode()).param("window", c.windowCode())
        .param("staff", c.staffUsername()).param("staffName", c.staffName()).param("service", c.serviceCode())
        .param("serviceName", c.serviceName()).param("question", c.question()).param("answer", c.answer())
        .param("phone", c.citizenPhone()).param("sent", c.guideSent()).param("minutes", c.durationMinutes())
        .param("at", SqlTime.param(c.createdAt())).update();
  }

  public Paged<Consultation> consultations(Actor actor, PageQuery page) {
    Map<String, Object> params = new HashMap<>(actor.scope().params());
    String where = "(" + actor.scope().sql("unit_code", "hall_code", "window_code") + " OR staff_username = :me)";
    params.put("me", actor.username());
    long total = jdbc.sql("SELECT COUNT(*) FROM consultation WHERE " + where).params(params).query(Long.class).single();
    var rows = jdbc.sql("SELECT * FROM consultation WHERE " + where + " ORDER BY created_at DESC LIMIT :l OFFSET :o")
        .params(params).param("l", page.size()).param("o", page.offset())
        .query((rs, n) -> new Consultation(rs.getObject("id", UUID.class), rs.getString("unit_code"),
            rs.getString("hall_code"), rs.getString("window_code"), rs.getString("staff_username"),
            rs.getString("staff_name"), rs.getString("service_code"), rs.getString("service_name"),
            rs.getString("question"), rs.getString("answer"), rs.getString("citizen_phone"), rs.getBoolean("guide_sent"),
            rs.getInt("duration_minutes"), SqlTime.instant(rs, "created_at")))
        .list();
    return page.result(rows, total);
  }

  public void insert(Escalation e) {
    jdbc.sql("""
            INSERT INTO escalation (id, unit_code, hall_code, window_code, application_id, raised_by, raised_by_name,
                                    problem, proposed_solution, status, due_on, created_at)
            VALUES (:id, :unit, :hall, :window, :app, :by, :byName, :problem, :solution, 'OPEN', :due, :at)
            """)
        .param("id", e.id()).param("unit", e.unitCode()).param("hall", e.hallCode()).param("window", e.windowCode())
        .param("app", e.applicationId()).param("by", e.raisedBy()).param("byName", e.raisedByName())
        .param("problem", e.problem()).param("solution", e.proposedSolution()).param("due", e.dueOn())
        .param("at", SqlTime.param(e.createdAt())).update();
  }

  /** Records a leader's decision on an open escalation; false when it was decided already. */
  public boolean decide(UUID id, String status, String by, String byName, Instant at, String instruction) {
    return jdbc.sql("""
            UPDATE escalation SET status = :status, decided_by = :by, decided_by_name = :byName, decided_at = :at,
                   instruction = :instruction
             WHERE id = :id AND status = 'OPEN'
            """)
        .param("status", status).param("by", by).param("byName", byName).param("at", SqlTime.param(at))
        .param("instruction", instruction).param("id", id).update() == 1;
  }

  public Optional<Escalation> escalation(UUID id) {
    return jdbc.sql("SELECT * FROM escalation WHERE id = :id").param("id", id).query((rs, n) -> escalation(rs)).optional();
  }

  public Paged<Escalation> escalations(Actor actor, boolean openOnly, PageQuery page) {
    Map<String, Object> params = new HashMap<>(actor.scope().params());
    String where = "(" + actor.scope().sql("unit_code", "hall_code", "window_code") + " OR raised_by = :me)";
    params.put("me", actor.username());
    if (openOnly) {
      where += " AND status = 'OPEN'";
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM escalation WHERE " + where).params(params).query(Long.class).single();
    var rows = jdbc.sql("SELECT * FROM escalation WHERE " + where
            + " ORDER BY CASE status WHEN 'OPEN' THEN 0 ELSE 1 END, due_on, created_at DESC LIMIT :l OFFSET :o")
        .params(params).param("l", page.size()).param("o", page.offset()).query((rs, n) -> escalation(rs)).list();
    return page.result(rows, total);
  }

  private static Escalation escalation(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Escalation(rs.getObject("id", UUID.class), rs.getString("unit_code"), rs.getString("hall_code"),
        rs.getString("window_code"), rs.getObject("application_id", UUID.class), rs.getString("raised_by"),
        rs.getString("raised_by_name"), rs.getString("problem"), rs.getString("proposed_solution"),
        rs.getString("status"), rs.getObject("due_on", LocalDate.class), SqlTime.instant(rs, "created_at"),
        rs.getString("decided_by"), rs.getString("decided_by_name"), SqlTime.instant(rs, "decided_at"),
        rs.getString("instruction"));
  }
}
