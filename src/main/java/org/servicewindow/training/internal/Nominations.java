package org.servicewindow.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Date;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.training.TitleKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Nominations for titles, their approval by a leader, publication, and the public honour roll. */
@Service
public class Nominations {

  public record NominationListing(Nomination nomination, String unitName) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final Participants participants;

  Nominations(JdbcClient jdbc, AuditTrail audit, Clock clock, Participants participants) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.participants = participants;
  }

  @Transactional
  public Nomination nominate(Actor actor, UUID staffId, TitleKind kind, String reasons) {
    String unit = TrainingAccess.organizerUnit(actor);
    StaffSummary staff = participants.inUnit(unit, staffId);
    if (reasons == null || reasons.strip().length() < 10) {
      throw new BusinessRuleException("training.nomination.reasonsRequired");
    }
    int year = ChinaTime.today(clock).getYear();
    Integer open = jdbc.sql("""
            SELECT COUNT(*) FROM training_nomination WHERE staff_id = :staff AND title_kind = :kind AND award_year = :year
              AND status <> 'REJECTED'
            """)
        .param("staff", staffId).param("kind", kind.name()).param("year", year).query(Integer.class).single();
    if (open > 0) {
      throw new ConflictException("training.nomination.duplicate");
    }
    Nomination n = new Nomination(Ids.newId(clock), unit, kind, year, staff.id(), staff.staffNumber(), staff.name(),
        reasons.strip(), Nomination.Status.NOMINATED, clock.instant(), actor.username(), null, null, null, null, null);
    insert(n);
    audit.record("training.nominated", "trainingNomination", n.id(), null, n);
    return n;
  }

  public void insert(Nomination n) {
    jdbc.sql("""
            INSERT INTO training_nomination (id, unit_code, title_kind, award_year, staff_id, staff_number, staff_name,
                reasons, status, nominated_at, nominated_by, decided_at, decided_by, decision_note, published_at, awarded_on)
            VALUES (:id, :unit, :kind, :year, :staff, :number, :name, :reasons, :status, :nominatedAt, :nominatedBy,
                :decidedAt, :decidedBy, :note, :publishedAt, :awardedOn)
            """)
        .param("id", n.id()).param("unit", n.unitCode()).param("kind", n.kind().name()).param("year", n.year())
        .param("staff", n.staffId()).param("number", n.staffNumber()).param("name", n.staffName())
        .param("reasons", n.reasons()).param("status", n.status().name())
        .param("nominatedAt", SqlTime.param(n.nominatedAt())).param("nominatedBy", n.nominatedBy())
        .param("decidedAt", SqlTime.param(n.decidedAt())).param("decidedBy", n.decidedBy())
        .param("note", n.decisionNote()).param("publishedAt", SqlTime.param(n.publishedAt()))
        .param("awardedOn", n.awardedOn())
        .update();
  }

  private void update(Nomination n) {
    jdbc.sql("""
            UPDATE training_nomination SET status = :status, decided_at = :decidedAt, decided_by = :decidedBy,
                decision_note = :note, published_at = :publishedAt, awarded_on = :awardedOn WHERE id = :id
            """)
        .param("id", n.id()).param("status", n.status().name()).param("decidedAt", SqlTime.param(n.decidedAt()))
        .param("decidedBy", n.decidedBy()).param("note", n.decisionNote())
        .param("publishedAt", SqlTime.param(n.publishedAt())).param("awardedOn", n.awardedOn())
        .update();
  }

  private static Nomination row(ResultSet rs, int n) throws SQLException {
    Date awarded = rs.getDate("awarded_on");
    return new Nomination(rs.getObject("id", UUID.class), rs.getString("unit_code"),
        TitleKind.valueOf(rs.getString("title_kind")), rs.getInt("award_year"), rs.getObject("staff_id", UUID.class),
        rs.getString("staff_number"), rs.getString("staff_name"), rs.getString("reasons"),
        Nomination.Status.valueOf(rs.getString("status")), SqlTime.instant(rs, "nominated_at"),
        rs.getString("nominated_by"), SqlTime.instant(rs, "decided_at"), rs.getString("decided_by"),
        rs.getString("decision_note"), SqlTime.instant(rs, "published_at"),
        awarded == null ? null : awarded.toLocalDate());
  }

  public Nomination get(Actor actor, UUID id) {
    Nomination n = jdbc.sql("SELECT * FROM training_nomination WHERE id = :id FOR UPDATE").param("id", id)
        .query(Nominations::row).optional()
        .orElseThrow(() -> new NotFoundException("training.nomination.notFound"));
    TrainingAccess.requireInScope(actor, n.unitCode(), "training.nomination.notFound");
    return n;
  }

  @Transactional
  public Nomination decide(Actor actor, UUID id, boolean approve, String note) {
    if (!TrainingAccess.canDecide(actor)) {
      throw new AccessDeniedException("only a leader decides nominations");
    }
    Nomination before = get(actor, id);
    Nomination after = before.decide(approve, actor.username(), PlanAdministration.blankToNull(note), clock.instant());
    update(after);
    audit.record(approve ? "training.nominationApproved" : "training.nominationRejected", "trainingNomination", id,
        before, after);
    return after;
  }

  @Transactional
  public Nomination publish(Actor actor, UUID id) {
    Nomination before = get(actor, id);
    if (!TrainingAccess.canDecide(actor) && !TrainingAccess.canOrganize(actor)) {
      throw new AccessDeniedException("only the unit admin or a leader publishes");
    }
    Nomination after = before.publish(clock.instant(), ChinaTime.today(clock));
    update(after);
    audit.record("training.nominationPublished", "trainingNomination", id, before, after);
    return after;
  }

  public Paged<NominationListing> search(Actor actor, Nomination.Status status, PageQuery page) {
    DataScope scope = DataScope.of(actor);
    String where = " WHERE " + scope.sql("unit_code", null, null) + (status == null ? "" : " AND status = :status");
    var params = new LinkedHashMap<String, Object>(scope.params());
    if (status != null) {
      params.put("status", status.name());
    }
    return list(where, params, "nominated_at DESC", page);
  }

  /** The published titles of the whole city, newest first: the public honour roll. */
  public Paged<NominationListing> published(TitleKind kind, PageQuery page) {
    var params = new LinkedHashMap<String, Object>();
    String where = " WHERE status = 'PUBLISHED'" + (kind == null ? "" : " AND title_kind = :kind");
    if (kind != null) {
      params.put("kind", kind.name());
    }
    return list(where, params, "awarded_on DESC, staff_number", page);
  }

  /** The titles a staff member holds. */
  public List<Nomination> titlesOf(UUID staffId) {
    return jdbc.sql("SELECT * FROM training_nomination WHERE staff_id = :staff AND status = 'PUBLISHED'"
            + " ORDER BY awarded_on DESC")
        .param("staff", staffId).query(Nominations::row).list();
  }

  private Paged<NominationListing> list(String where, java.util.Map<String, Object> params, String order, PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM training_nomination" + where).params(params).query(Long.class).single();
    List<NominationListing> items = jdbc.sql("SELECT * FROM training_nomination" + where + " ORDER BY " + order
            + " LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> new NominationListing(row(rs, n), participants.unitName(rs.getString("unit_code"))))
        .list();
    return page.result(items, total);
  }
}
