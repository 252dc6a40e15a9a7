package org.servicewindow.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.casework.MaterialState;
import org.servicewindow.casework.NoticeKind;
import org.servicewindow.casework.PauseKind;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What happened to applications, append-only: the timeline, the notices (immutable — the database refuses
 * changes), pauses, extensions and every change of a due date.
 */
@Repository
public class CaseHistory {

  public record Event(long id, UUID applicationId, String type, Instant occurredAt, String actor, String detail) {}

  public record NoticeItem(int seq, String materialCode, String materialName, MaterialState state, String reason) {}

  public record Notice(UUID id, UUID applicationId, NoticeKind kind, String number, Instant issuedAt, LocalDate issuedOn,
      String unitName, String staffName, String applicantName, String serviceName, String body, String verifyCode,
      List<NoticeItem> items) {}

  public record Pause(UUID id, UUID applicationId, PauseKind kind, String reason, LocalDate startedOn, LocalDate endedOn) {}

  public record Extension(UUID id, UUID applicationId, int days, String reason, String status, String requestedBy,
      Instant requestedAt, String decidedBy, Instant decidedAt, String decisionNote) {}

  public record DueChange(long id, UUID applicationId, Instant changedAt, String cause, LocalDate promisedBefore,
      LocalDate promisedAfter, LocalDate legalBefore, LocalDate legalAfter, boolean provisional) {}

  private final JdbcClient jdbc;

  CaseHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void event(UUID applicationId, String type, Instant at, String actor, String detail) {
    jdbc.sql("""
            INSERT INTO application_event (application_id, type, occurred_at, actor, detail)
            VALUES (:app, :type, :at, :actor, :detail)
            """)
        .param("app", applicationId).param("type", type).param("at", SqlTime.param(at)).param("actor", actor)
        .param("detail", detail == null ? null : truncate(detail, 2000)).update();
  }

  public List<Event> events(UUID applicationId) {
    return jdbc.sql("SELECT * FROM application_event WHERE application_id = :app ORDER BY id")
        .param("app", applicationId)
        .query((rs, n) -> new Event(rs.getLong("id"), applicationId, rs.getString("type"),
            SqlTime.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("detail")))
        .list();
  }

  public void insert(Notice n) {
    jdbc.sql("""
            INSERT INTO application_notice (id, application_id, kind, number, issued_at, issued_on, unit_name, staff_name,
                                            applicant_name, service_name, body, verify_code)
            VALUES (:id, :app, :kind, :number, :at, :on, :unit, :staff, :applicant, :service, :body, :verify)
            """)
        .param("id", n.id()).param("app", n.applicationId()).param("kind", n.kind().name()).param("number", n.number())
        .param("at", SqlTime.param(n.issuedAt())).param("on", n.issuedOn()).param("unit", n.unitName())
        .param("staff", n.staffName()).param("applicant", n.applicantName()).param("service", n.serviceName())
        .param("body", truncate(n.body(), 4000)).param("verify", n.verifyCode()).update();
    for (NoticeItem i : n.items()) {
      jdbc.sql("""
              INSERT INTO application_notice_item (notice_id, seq, material_code, material_name, state, reason)
              VALUES (:notice, :seq, :code, :name, :state, :reason)
              """)
          .param("notice", n.id()).param("seq", i.seq()).param("code", i.materialCode()).param("name", i.materialName())
          .param("state", i.state().name()).param("reason", i.reason()).update();
    }
  }

  public List<Notice> notices(UUID applicationId) {
    return jdbc.sql("SELECT * FROM application_notice WHERE application_id = :app ORDER BY issued_at, number")
        .param("app", applicationId).query((rs, n) -> notice(rs)).list();
  }

  public Optional<Notice> notice(UUID applicationId, UUID noticeId) {
    return jdbc.sql("SELECT * FROM application_notice WHERE application_id = :app AND id = :id")
        .param("app", applicationId).param("id", noticeId).query((rs, n) -> notice(rs)).optional();
  }

  public Optional<Notice> noticeByVerifyCode(String code) {
    return jdbc.sql("SELECT * FROM application_notice WHERE verify_code = :code").param("code", code)
        .query((rs, n) -> notice(rs)).optional();
  }

  private Notice notice(java.sql.ResultSet rs) throws java.sql.SQLException {
    UUID id = rs.getObject("id", UUID.class);
    List<NoticeItem> items = jdbc.sql("SELECT * FROM application_notice_item WHERE notice_id = :id ORDER BY seq")
        .param("id", id)
        .query((i, n) -> new NoticeItem(i.getInt("seq"), i.getString("material_code"), i.getString("material_name"),
            MaterialState.valueOf(i.getString("state")), i.getString("reason")))
        .list();
    return new Notice(id, rs.getObject("application_id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
        rs.getString("number"), SqlTime.instant(rs, "issued_at"), rs.getObject("issued_on", LocalDate.class),
        rs.getString("unit_name"), rs.getString("staff_name"), rs.getString("applicant_name"),
        rs.getString("service_name"), rs.getString("body"), rs.getString("verify_code"), items);
  }

  public void insertPause(Pause p) {
    jdbc.sql("""
            INSERT INTO application_pause (id, application_id, kind, reason, started_on, ended_on)
            VALUES (:id, :app, :kind, :reason, :start, :end)
            """)
        .param("id", p.id()).param("app", p.applicationId()).param("kind", p.kind().name()).param("reason", p.reason())
        .param("start", p.startedOn()).param("end", p.endedOn()).update();
  }

  public void endPause(UUID applicationId, LocalDate on) {
    jdbc.sql("UPDATE application_pause SET ended_on = :on WHERE application_id = :app AND ended_on IS NULL")
        .param("on", on).param("app", applicationId).update();
  }

  public List<Pause> pauses(UUID applicationId) {
    return jdbc.sql("SELECT * FROM application_pause WHERE application_id = :app ORDER BY started_on, id")
        .param("app", applicationId)
        .query((rs, n) -> new Pause(rs.getObject("id", UUID.class), applicationId, PauseKind.valueOf(rs.getString("kind")),
            rs.getString("reason"), rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class)))
        .list();
  }

  public void insertExtension(Extension e) {
    jdbc.sql("""
            INSERT INTO application_extension (id, application_id, days, reason, status, requested_by, requested_at)
            VALUES (:id, :app, :days, :reason, 'REQUESTED', :by, :at)
            """)
        .param("id", e.id()).param("app", e.applicationId()).param("days", e.days()).param("reason", e.reason())
        .param("by", e.requestedBy()).param("at", SqlTime.param(e.requestedAt())).update();
  }

  /** Decides a pending request; false when it was decided already (by someone else a moment earlier). */
  public boolean decideExtension(UUID id, boolean approved, String by, Instant at, String note) {
    return jdbc.sql("""
            UPDATE application_extension SET status = :status, decided_by = :by, decided_at = :at, decision_note = :note
             WHERE id = :id AND status = 'REQUESTED'
            """)
        .param("status", approved ? "APPROVED" : "REFUSED").param("by", by).param("at", SqlTime.param(at))
        .param("note", note).param("id", id).update() == 1;
  }

  public List<Extension> extensions(UUID applicationId) {
    return jdbc.sql("SELECT * FROM application_extension WHERE application_id = :app ORDER BY requested_at")
        .param("app", applicationId).query((rs, n) -> extension(rs)).list();
  }

  public Optional<Extension> extension(UUID id) {
    return jdbc.sql("SELECT * FROM application_extension WHERE id = :id").param("id", id)
        .query((rs, n) -> extension(rs)).optional();
  }

  private static Extension extension(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Extension(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class), rs.getInt("days"),
        rs.getString("reason"), rs.getString("status"), rs.getString("requested_by"), SqlTime.instant(rs, "requested_at"),
        rs.getString("decided_by"), SqlTime.instant(rs, "decided_at"), rs.getString("decision_note"));
  }

  public void dueChanged(UUID applicationId, Instant at, String cause, LocalDate promisedBefore, LocalDate promisedAfter,
      LocalDate legalBefore, LocalDate legalAfter, boolean provisional) {
    jdbc.sql("""
            INSERT INTO application_due_change (application_id, changed_at, cause, promised_before, promised_after,
                                                legal_before, legal_after, provisional)
            VALUES (:app, :at, :cause, :pb, :pa, :lb, :la, :prov)
            """)
        .param("app", applicationId).param("at", SqlTime.param(at)).param("cause", cause).param("pb", promisedBefore)
        .param("pa", promisedAfter).param("lb", legalBefore).param("la", legalAfter).param("prov", provisional).update();
  }

  public List<DueChange> dueChanges(UUID applicationId) {
    return jdbc.sql("SELECT * FROM application_due_change WHERE application_id = :app ORDER BY id")
        .param("app", applicationId)
        .query((rs, n) -> new DueChange(rs.getLong("id"), applicationId, SqlTime.instant(rs, "changed_at"),
            rs.getString("cause"), rs.getObject("promised_before", LocalDate.class),
            rs.getObject("promised_after", LocalDate.class), rs.getObject("legal_before", LocalDate.class),
            rs.getObject("legal_after", LocalDate.class), rs.getBoolean("provisional")))
        .list();
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
