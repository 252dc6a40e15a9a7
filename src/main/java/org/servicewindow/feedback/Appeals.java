package org.servicewindow.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.ForbiddenException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.feedback.internal.EvaluationRecord;
import org.servicewindow.feedback.internal.EvaluationStore;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申诉复核: the staff member a rating is about may appeal it once, with reasons; a hall manager of the
 * hall or an inspector decides. Upheld, the rating no longer counts in statistics, but it is kept
 * unchanged (appeals change a rating's effect, never the record).
 */
@Service
public class Appeals {

  /** An appeal as its readers see it. */
  public record Appeal(UUID id, UUID evaluationId, int level, String appellant, String reason, Instant filedAt,
      String status, String reviewer, String decisionNote, Instant decidedAt, String hallCode, String windowCode) {}

  private final JdbcClient jdbc;
  private final EvaluationStore evaluations;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Appeals(JdbcClient jdbc, EvaluationStore evaluations, AuditTrail audit, Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.evaluations = evaluations;
    this.audit = audit;
    this.clock = clock;
  }

  /** Files the appeal of the staff member the rating is about. */
  @Transactional
  public UUID file(Actor actor, UUID evaluationId, String reason) {
    EvaluationRecord e = evaluations.find(evaluationId)
        .orElseThrow(() -> new NotFoundException("feedback.appeal.evaluationNotFound"));
    if (!actor.has(Role.STAFF) || !Objects.equals(actor.username(), e.staffUsername())) {
      throw new ForbiddenException("feedback.appeal.notYours");
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessRuleException("feedback.appeal.reasonRequired");
    }
    if (reason.length() > 2000) {
      throw new BusinessRuleException("feedback.ledger.noteTooLong");
    }
    if (find(evaluationId).isPresent()) {
      throw new ConflictException("feedback.appeal.already");
    }
    UUID id = Ids.newId(clock);
    try {
      jdbc.sql("""
              INSERT INTO evaluation_appeal (id, evaluation_id, appellant, reason, filed_at, status, unit_code, hall_code,
                                             window_code, version)
              VALUES (:id, :evaluation, :appellant, :reason, :at, 'PENDING', :unit, :hall, :window, 1)
              """)
          .param("id", id).param("evaluation", evaluationId).param("appellant", actor.username())
          .param("reason", reason.strip()).param("at", SqlTime.param(clock.instant())).param("unit", e.unitCode())
          .param("hall", e.hallCode()).param("window", e.windowCode())
          .update();
    } catch (DuplicateKeyException duplicate) {
      throw new ConflictException("feedback.appeal.already");
    }
    audit.record("feedback.appeal.filed", "evaluation-appeal", id, null, Map.of("evaluation", evaluationId));
    return id;
  }

  /** The reviewer's decision: upheld (the rating stops counting) or rejected, with a note. */
  @Transactional
  public void decide(Actor actor, UUID appealId, boolean upheld, String note) {
    Appeal a = get(actor, appealId);
    if (!(actor.has(Role.INSPECTOR) || actor.has(Role.HALL_MANAGER))) {
      throw new ForbiddenException("feedback.appeal.notReviewer");
    }
    if (note == null || note.isBlank()) {
      throw new BusinessRuleException("feedback.appeal.noteRequired");
    }
    Instant now = clock.instant();
    int updated = jdbc.sql("""
            UPDATE evaluation_appeal SET status = :status, reviewer = :reviewer, decision_note = :note, decided_at = :at,
                   version = version + 1
             WHERE id = :id AND status = 'PENDING'
            """)
        .param("status", upheld ? "UPHELD" : "REJECTED").param("reviewer", actor.username())
        .param("note", note.strip()).param("at", SqlTime.param(now)).param("id", appealId)
        .update();
    if (updated == 0) {
      throw new ConflictException("feedback.appeal.decided");
    }
    if (upheld) {
      evaluations.find(a.evaluationId()).ifPresent(e -> events.publishEvent(new EvaluationAppealUpheld(appealId,
          e.id(), e.level(), e.unitCode(), e.hallCode(), e.windowCode(), e.staffUsername(), e.serviceCode(),
          e.ratedAt(), now)));
    }
    audit.record("feedback.appeal.decided", "evaluation-appeal", appealId, Map.of("status", a.status()),
        Map.of("status", upheld ? "UPHELD" : "REJECTED"));
  }

  /** The appeal of a rating, if any. */
  public Optional<Appeal> find(UUID evaluationId) {
    return jdbc.sql(SELECT + " WHERE a.evaluation_id = :e").param("e", evaluationId).query(Appeals::row).optional();
  }

  /** One appeal inside the actor's scope (or their own). */
  public Appeal get(Actor actor, UUID id) {
    Appeal a = jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(Appeals::row).optional()
        .orElseThrow(() -> new NotFoundException("feedback.appeal.notFound"));
    String unit = jdbc.sql("SELECT unit_code FROM evaluation_appeal WHERE id = :id").param("id", id)
        .query(String.class).optional().orElse(null);
    if (!actor.scope().permits(unit, a.hallCode(), a.windowCode()) && !Objects.equals(actor.username(), a.appellant())) {
      throw new NotFoundException("feedback.appeal.notFound");
    }
    return a;
  }

  /** Appeals inside the reader's scope, pending first. */
  public Paged<Appeal> page(Actor actor, PageQuery page) {
    var scope = actor.scope();
    String where = " WHERE (" + scope.sql("a.unit_code", "a.hall_code", "a.window_code") + " OR a.appellant = :me)";
    Map<String, Object> params = new HashMap<>(scope.params());
    params.put("me", actor.username());
    long total = jdbc.sql("SELECT COUNT(*) FROM evaluation_appeal a" + where).params(params).query(Long.class).single();
    List<Appeal> items = jdbc.sql(SELECT + where
            + " ORDER BY CASE WHEN a.status = 'PENDING' THEN 0 ELSE 1 END, a.filed_at DESC, a.id LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset()).query(Appeals::row).list();
    return page.result(items, total);
  }

  private static final String SELECT = """
      SELECT a.*, e.level AS rating_level FROM evaluation_appeal a JOIN evaluation e ON e.id = a.evaluation_id""";

  private static Appeal row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Appeal(rs.getObject("id", UUID.class), rs.getObject("evaluation_id", UUID.class), rs.getInt("rating_level"),
        rs.getString("appellant"), rs.getString("reason"), SqlTime.instant(rs, "filed_at"), rs.getString("status"),
        rs.getString("reviewer"), rs.getString("decision_note"), SqlTime.instant(rs, "decided_at"),
        rs.getString("hall_code"), rs.getString("window_code"));
  }
}
