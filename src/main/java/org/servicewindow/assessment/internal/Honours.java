package org.servicewindow.assessment.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.assessment.SubjectType;
import org.servicewindow.assessment.internal.AssessmentStore.PeriodRow;
import org.servicewindow.assessment.internal.AssessmentStore.ScoreRow;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.DataScope;
import org.servicewindow.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 示范窗口 and 服务标兵: the top of a frozen period's window and staff rankings are proposed as candidates
 * (the evidence pack is the score with its lines and records, and the staff member's titles), a leader
 * approves or rejects each, and approved honours are published on the public honour list.
 */
@Service
public class Honours {

  /** How many of the top of each ranking are proposed. */
  static final int CANDIDATES = 3;

  public record Honour(UUID id, UUID periodId, String periodKey, UUID scoreId, String title, SubjectType type,
      String code, String name, String unitCode, String hallCode, String windowCode, BigDecimal score, int rank,
      String status, String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt, String note) {}

  private final JdbcClient jdbc;
  private final AssessmentStore store;
  private final AuditTrail audit;
  private final Clock clock;

  Honours(JdbcClient jdbc, AssessmentStore store, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  /** Proposes the top windows (示范窗口) and staff (服务标兵) of a frozen period; returns how many were new. */
  @Transactional
  public int propose(Actor actor, UUID periodId) {
    PeriodRow p = store.period(periodId).orElseThrow(() -> new NotFoundException("assessment.period.notFound"));
    if (!p.frozen()) {
      throw new BusinessRuleException("assessment.honour.periodOpen", p.key());
    }
    int n = 0;
    for (SubjectType type : List.of(SubjectType.WINDOW, SubjectType.STAFF)) {
      String title = type == SubjectType.WINDOW ? "MODEL_WINDOW" : "MODEL_STAFF";
      for (ScoreRow s : store.ends(periodId, type, DataScope.ALL, true, CANDIDATES)) {
        boolean exists = jdbc.sql("""
                SELECT COUNT(*) FROM assessment_honour WHERE period_id = :p AND title = :t AND subject_code = :c""")
            .param("p", periodId).param("t", title).param("c", s.code()).query(Long.class).single() > 0;
        if (exists) {
          continue;
        }
        jdbc.sql("""
                INSERT INTO assessment_honour (id, period_id, score_id, title, subject_type, subject_code, subject_name,
                       unit_code, hall_code, window_code, score, rank_no, status, proposed_by, proposed_at)
                VALUES (:id, :p, :s, :t, :type, :code, :name, :unit, :hall, :window, :score, :rank, 'PROPOSED', :by, :at)""")
            .param("id", Ids.newId(clock)).param("p", periodId).param("s", s.id()).param("t", title)
            .param("type", type.name()).param("code", s.code()).param("name", s.name()).param("unit", s.unitCode())
            .param("hall", s.hallCode()).param("window", s.windowCode()).param("score", s.score())
            .param("rank", s.rank()).param("by", actor.username()).param("at", SqlTime.param(clock.instant()))
            .update();
        n++;
      }
    }
    audit.record("assessment.honour.proposed", "assessment-period", p.kind() + ":" + p.key(), null,
        Map.of("candidates", n));
    return n;
  }

  /** A leader's decision on a candidate. */
  @Transactional
  public void decide(Actor actor, UUID id, boolean approve, String note) {
    if (!actor.has(Role.LEADER)) {
      throw new org.servicewindow.common.ForbiddenException("assessment.honour.leaderOnly");
    }
    Honour h = get(actor, id);
    if (note != null && note.length() > 1000) {
      throw new BusinessRuleException("assessment.honour.noteTooLong");
    }
    int updated = jdbc.sql("""
            UPDATE assessment_honour SET status = :status, decided_by = :by, decided_at = :at, decision_note = :note
             WHERE id = :id AND status = 'PROPOSED'""")
        .param("status", approve ? "APPROVED" : "REJECTED").param("by", actor.username())
        .param("at", SqlTime.param(clock.instant())).param("note", note == null || note.isBlank() ? null : note.strip())
        .param("id", id).update();
    if (updated == 0) {
      throw new ConflictException("assessment.honour.decided");
    }
    audit.record("assessment.honour.decided", "assessment-honour", id, Map.of("status", h.status()),
        Map.of("status", approve ? "APPROVED" : "REJECTED"));
  }

  /** A candidate inside the actor's scope. */
  public Honour get(Actor actor, UUID id) {
    Honour h = jdbc.sql(SELECT + " WHERE h.id = :id").param("id", id).query(Honours::row).optional()
        .orElseThrow(() -> new NotFoundException("assessment.honour.notFound"));
    if (!actor.scope().permits(h.unitCode(), h.hallCode(), h.windowCode())) {
      throw new NotFoundException("assessment.honour.notFound");
    }
    return h;
  }

  /** Candidates and decisions inside the actor's scope, undecided first. */
  public Paged<Honour> page(Actor actor, PageQuery page) {
    DataScope scope = actor.scope();
    String where = " WHERE " + scope.sql("h.unit_code", "h.hall_code", "h.window_code");
    Map<String, Object> p = new HashMap<>(scope.params());
    long total = jdbc.sql("SELECT COUNT(*) FROM assessment_honour h" + where).params(p).query(Long.class).single();
    List<Honour> items = jdbc.sql(SELECT + where + " " + """
             ORDER BY CASE WHEN h.status = 'PROPOSED' THEN 0 ELSE 1 END, p.starts_on DESC, h.title, h.rank_no, h.id
             LIMIT :limit OFFSET :offset""")
        .params(p).param("limit", page.size()).param("offset", page.offset()).query(Honours::row).list();
    return page.result(items, total);
  }

  /** The published honour list (approved only), latest period first. */
  public Paged<Honour> published(PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM assessment_honour WHERE status = 'APPROVED'").query(Long.class).single();
    List<Honour> items = jdbc.sql(SELECT + " " + """
             WHERE h.status = 'APPROVED' ORDER BY p.starts_on DESC, p.kind, h.title, h.rank_no, h.id
             LIMIT :limit OFFSET :offset""")
        .param("limit", page.size()).param("offset", page.offset()).query(Honours::row).list();
    return page.result(items, total);
  }

  private static final String SELECT = """
      SELECT h.*, p.period_key FROM assessment_honour h JOIN assessment_period p ON p.id = h.period_id""";

  private static Honour row(ResultSet rs, int n) throws SQLException {
    return new Honour(rs.getObject("id", UUID.class), rs.getObject("period_id", UUID.class),
        rs.getString("period_key"), rs.getObject("score_id", UUID.class), rs.getString("title"),
        SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_code"), rs.getString("subject_name"),
        rs.getString("unit_code"), rs.getString("hall_code"), rs.getString("window_code"), rs.getBigDecimal("score"),
        rs.getInt("rank_no"), rs.getString("status"), rs.getString("proposed_by"), SqlTime.instant(rs, "proposed_at"),
        rs.getString("decided_by"), SqlTime.instant(rs, "decided_at"), rs.getString("decision_note"));
  }
}
