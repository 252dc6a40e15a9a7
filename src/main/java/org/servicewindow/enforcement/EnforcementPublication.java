package org.servicewindow.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.calendar.HolidayArrangementPublished;
import org.servicewindow.calendar.WorkingDate;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.enforcement.internal.CaseChain;
import org.servicewindow.enforcement.internal.CaseClock;
import org.servicewindow.enforcement.internal.Masking;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.UnitSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication of enforcement information (公示): before the fact (事前: the body, its officers and their
 * certificates, powers, basis, procedure, remedies and discretion tables) and after (事后: each decision,
 * with personal data masked, due within 7 working days for licences and penalties and 20 for others,
 * counted by the calendar; withdrawn when the decision is revoked). Late or missing publications are
 * listed for supervision.
 */
@Service
public class EnforcementPublication {

  private final JdbcClient jdbc;
  private final CaseClock time;
  private final WorkingDays workingDays;
  private final OrganizationApi organization;
  private final AuditTrail audit;
  private final CaseChain chain;

  EnforcementPublication(JdbcClient jdbc, CaseClock time, WorkingDays workingDays, OrganizationApi organization,
      AuditTrail audit, CaseChain chain) {
    this.jdbc = jdbc;
    this.time = time;
    this.workingDays = workingDays;
    this.organization = organization;
    this.audit = audit;
    this.chain = chain;
  }

  /** The day by which a decision of this kind taken on that day must be published. */
  public WorkingDate dueDate(CaseKind kind, LocalDate decidedOn) {
    return workingDays.addWorkingDays(decidedOn, kind.publicationDays());
  }

  public LocalDate today() {
    return ChinaTime.today(time.clock());
  }

  // ---------------------------------------------------------------- 事后: decisions

  /**
   * A year's holiday arrangement was published: deadlines counted provisionally over it are recomputed
   * (product.md, "Working days"). Each change is audited and noted in the case record.
   */
  @ApplicationModuleListener
  void on(HolidayArrangementPublished event) {
    recomputeProvisionalDeadlines();
  }

  /** Recomputes every publication deadline still marked provisional; returns how many changed. */
  @Transactional
  public int recomputeProvisionalDeadlines() {
    List<Publication> provisional = jdbc.sql("SELECT * FROM enf_publication WHERE due_provisional = TRUE")
        .query(EnforcementPublication::publication).list();
    int changed = 0;
    for (Publication p : provisional) {
      WorkingDate due = dueDate(p.kind(), p.decidedOn());
      if (due.provisional() && due.date().equals(p.dueOn())) {
        continue;
      }
      chain.lock(p.caseId());
      jdbc.sql("UPDATE enf_publication SET due_on = :due, due_provisional = :provisional WHERE id = :id")
          .param("due", due.date()).param("provisional", due.provisional()).param("id", p.id()).update();
      if (!due.date().equals(p.dueOn())) {
        chain.append(p.caseId(), "system", CaseChain.Draft.of(RecordKind.PUBLICATION, "公示期限按节假日安排重新计算",
            "原期限: " + p.dueOn() + "（暂定），新期限: " + due.date()));
      }
      audit.record("enforcement.publication.deadlineRecomputed", "enforcement_publication", p.id(),
          Map.of("dueOn", p.dueOn().toString(), "provisional", true),
          Map.of("dueOn", due.date().toString(), "provisional", due.provisional()));
      changed++;
    }
    return changed;
  }

  /** Prepares the publication of a decision just issued, masking personal data once, here. */
  void schedule(EnforcementCase c) {
    WorkingDate due = dueDate(c.kind(), c.decidedOn());
    boolean person = c.partyType() == PartyType.PERSON;
    String personName = person ? c.partyName() : null;
    jdbc.sql("""
            INSERT INTO enf_publication (id, case_id, unit_code, kind, case_number, decision_number, title, party,
                                         party_id, facts, legal_basis, decision, decided_on, due_on, due_provisional)
            VALUES (:id, :case, :unit, :kind, :number, :decision, :title, :party, :partyId, :facts, :basis, :text,
                    :decided, :due, :provisional)
            """)
        .param("id", Ids.newId(time.clock())).param("case", c.id()).param("unit", c.unitCode()).param("kind", c.kind().name())
        .param("number", c.caseNumber()).param("decision", c.decisionNumber())
        .param("title", Masking.text(c.title(), personName))
        .param("party", person ? Masking.personName(c.partyName()) : c.partyName())
        .param("partyId", person ? Masking.residentId(c.partyIdNumber()) : c.partyIdNumber())
        .param("facts", Masking.text(c.facts(), personName)).param("basis", c.legalBasis())
        .param("text", Masking.text(c.proposal(), personName)).param("decided", c.decidedOn())
        .param("due", due.date()).param("provisional", due.provisional())
        .update();
  }

  void withdraw(Actor actor, UUID caseId, String reason) {
    jdbc.sql("""
            UPDATE enf_publication SET withdrawn_at = :at, withdrawal_reason = :reason
            WHERE case_id = :case AND withdrawn_at IS NULL
            """)
        .param("at", SqlTime.param(time.clock().instant())).param("reason", reason).param("case", caseId).update();
    audit.record("enforcement.publication.withdrawn", "enforcement_case", caseId, null, Map.of("reason", reason));
  }

  /** Publishes a decision now; the case record notes it. */
  @Transactional
  public Publication publish(Actor actor, UUID id) {
    Publication p = get(actor, id);
    chain.lock(p.caseId());
    p = get(actor, id);
    if (p.withdrawnAt() != null || p.publishedAt() != null) {
      throw new ConflictException("enf.publication.notPending");
    }
    Instant now = time.clock().instant();
    LocalDate today = today();
    jdbc.sql("UPDATE enf_publication SET published_at = :at, published_on = :on, published_by = :by WHERE id = :id")
        .param("at", SqlTime.param(now)).param("on", today).param("by", actor.username()).param("id", id).update();
    chain.append(p.caseId(), actor.username(), CaseChain.Draft.of(RecordKind.PUBLICATION, "决定已公示",
        "公示日期: " + today + "，应公示期限: " + p.dueOn()));
    audit.record("enforcement.publication.published", "enforcement_publication", id, null,
        Map.of("publishedOn", today.toString(), "dueOn", p.dueOn().toString()));
    return get(actor, id);
  }

  public Publication get(Actor actor, UUID id) {
    Publication p = find("id", id).orElseThrow(() -> new NotFoundException("enf.publication.notFound"));
    if (!actor.scope().permits(p.unitCode(), null, null)) {
      throw new NotFoundException("enf.publication.notFound");
    }
    return p;
  }

  public Optional<Publication> ofCase(UUID caseId) {
    return find("case_id", caseId);
  }

  private Optional<Publication> find(String column, UUID id) {
    return jdbc.sql("SELECT * FROM enf_publication WHERE " + column + " = :id").param("id", id)
        .query(EnforcementPublication::publication).optional();
  }

  /** The publications of the actor's scope: {@code pending} (not yet published), {@code published}, {@code withdrawn}. */
  public Paged<Publication> publications(Actor actor, String filter, PageQuery page) {
    DataScope scope = actor.scope();
    Map<String, Object> params = new HashMap<>(scope.params());
    StringBuilder where = new StringBuilder(" WHERE ").append(scope.sql("unit_code", null, null));
    switch (filter == null ? "" : filter) {
      case "pending" -> where.append(" AND published_at IS NULL AND withdrawn_at IS NULL");
      case "published" -> where.append(" AND published_at IS NOT NULL AND withdrawn_at IS NULL");
      case "withdrawn" -> where.append(" AND withdrawn_at IS NOT NULL");
      default -> { }
    }
    return page(where.toString(), params, page, "due_on, case_number");
  }

  /**
   * Publications that supervision must see: not published although due, or published after the day they
   * were due (withdrawn ones excepted).
   */
  public Paged<Publication> overdue(PageQuery page) {
    String where = """
         WHERE withdrawn_at IS NULL
           AND ((published_on IS NULL AND due_on < :today) OR (published_on IS NOT NULL AND published_on > due_on))
        """;
    return page(where, new HashMap<>(Map.of("today", today())), page, "due_on, case_number");
  }

  /** The public search over published decisions that are not withdrawn. */
  public Paged<Publication> publicSearch(String query, String unit, CaseKind kind, PageQuery page) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder(" WHERE published_at IS NOT NULL AND withdrawn_at IS NULL");
    if (query != null && !query.isBlank()) {
      where.append(" AND (LOWER(title) LIKE :q OR LOWER(case_number) LIKE :q OR LOWER(party) LIKE :q"
          + " OR LOWER(decision_number) LIKE :q)");
      params.put("q", "%" + query.trim().toLowerCase() + "%");
    }
    if (unit != null && !unit.isBlank()) {
      where.append(" AND unit_code = :unit");
      params.put("unit", unit);
    }
    if (kind != null) {
      where.append(" AND kind = :kind");
      params.put("kind", kind.name());
    }
    return page(where.toString(), params, page, "published_at DESC, case_number DESC");
  }

  /** A published decision for the public page; withdrawn or unpublished ones do not exist there. */
  public Publication publicDecision(UUID id) {
    return find("id", id).filter(p -> p.publishedAt() != null && p.withdrawnAt() == null)
        .orElseThrow(() -> new NotFoundException("enf.publication.notFound"));
  }

  private Paged<Publication> page(String where, Map<String, Object> params, PageQuery page, String order) {
    long total = jdbc.sql("SELECT COUNT(*) FROM enf_publication" + where).params(params).query(Long.class).single();
    List<Publication> items = jdbc.sql("SELECT * FROM enf_publication" + where + " ORDER BY " + order
            + " LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query(EnforcementPublication::publication).list();
    return page.result(items, total);
  }

  // ---------------------------------------------------------------- 事前: the body and its rules

  /** Units that publish enforcement information, by name. */
  public List<UnitSummary> publishingUnits() {
    List<String> codes = jdbc.sql("""
            SELECT unit_code FROM enf_officer UNION SELECT unit_code FROM enf_discretion
            UNION SELECT unit_code FROM enf_disclosure
            """).query(String.class).list();
    return codes.stream().map(organization::unit).flatMap(Optional::stream)
        .sorted(java.util.Comparator.comparing(UnitSummary::code)).toList();
  }

  public UnitSummary unit(String code) {
    return organization.unit(code).orElseThrow(() -> new NotFoundException("enf.unit.notFound"));
  }

  public List<Officer> officers(String unit) {
    return jdbc.sql("SELECT * FROM enf_officer WHERE unit_code = :unit ORDER BY active DESC, name")
        .param("unit", unit).query(EnforcementPublication::officer).list();
  }

  public List<Discretion> discretionTable(String unit) {
    return jdbc.sql("SELECT * FROM enf_discretion WHERE unit_code = :unit ORDER BY code")
        .param("unit", unit).query(EnforcementPublication::discretion).list();
  }

  public Optional<Discretion> discretion(UUID id) {
    return id == null ? Optional.empty() : jdbc.sql("SELECT * FROM enf_discretion WHERE id = :id").param("id", id)
        .query(EnforcementPublication::discretion).optional();
  }

  public List<Disclosure> disclosures(String unit) {
    return jdbc.sql("SELECT * FROM enf_disclosure WHERE unit_code = :unit ORDER BY category, sort_order, title")
        .param("unit", unit).query(EnforcementPublication::disclosure).list();
  }

  @Transactional
  public Officer addOfficer(Actor actor, String unit, String name, String certificateNumber, String username) {
    requireUnit(actor, unit);
    requireText(name, "enf.officer.name.required");
    requireText(certificateNumber, "enf.officer.certificate.required");
    boolean taken = jdbc.sql("SELECT COUNT(*) FROM enf_officer WHERE certificate_number = :c")
        .param("c", certificateNumber.trim()).query(Long.class).single() > 0;
    if (taken) {
      throw new ConflictException("enf.officer.certificate.taken", certificateNumber.trim());
    }
    Officer o = new Officer(Ids.newId(time.clock()), unit, name.trim(), certificateNumber.trim(),
        username == null || username.isBlank() ? null : username.trim(), true);
    jdbc.sql("""
            INSERT INTO enf_officer (id, unit_code, name, certificate_number, username, active)
            VALUES (:id, :unit, :name, :cert, :username, TRUE)
            """)
        .param("id", o.id()).param("unit", unit).param("name", o.name()).param("cert", o.certificateNumber())
        .param("username", o.username()).update();
    audit.record("enforcement.officer.added", "enforcement_officer", o.id(), null, o);
    return o;
  }

  @Transactional
  public Discretion addDiscretion(Actor actor, String unit, String code, String violation, String legalBasis,
      DiscretionLevel level, String circumstances, String sanction) {
    requireUnit(actor, unit);
    for (String text : new String[] {code, violation, legalBasis, circumstances, sanction}) {
      requireText(text, "enf.discretion.required");
    }
    if (level == null) {
      throw new BusinessRuleException("enf.discretion.required");
    }
    boolean taken = jdbc.sql("SELECT COUNT(*) FROM enf_discretion WHERE unit_code = :unit AND code = :code")
        .param("unit", unit).param("code", code.trim()).query(Long.class).single() > 0;
    if (taken) {
      throw new ConflictException("enf.discretion.code.taken", code.trim());
    }
    Discretion d = new Discretion(Ids.newId(time.clock()), unit, code.trim(), violation.trim(), legalBasis.trim(), level,
        circumstances.trim(), sanction.trim());
    jdbc.sql("""
            INSERT INTO enf_discretion (id, unit_code, code, violation, legal_basis, level, circumstances, sanction)
            VALUES (:id, :unit, :code, :violation, :basis, :level, :circumstances, :sanction)
            """)
        .param("id", d.id()).param("unit", unit).param("code", d.code()).param("violation", d.violation())
        .param("basis", d.legalBasis()).param("level", level.name()).param("circumstances", d.circumstances())
        .param("sanction", d.sanction()).update();
    audit.record("enforcement.discretion.added", "enforcement_discretion", d.id(), null, d);
    return d;
  }

  @Transactional
  public Disclosure addDisclosure(Actor actor, String unit, DisclosureCategory category, String title, String content) {
    requireUnit(actor, unit);
    requireText(title, "enf.disclosure.required");
    requireText(content, "enf.disclosure.required");
    if (category == null) {
      throw new BusinessRuleException("enf.disclosure.required");
    }
    int order = jdbc.sql("SELECT COUNT(*) FROM enf_disclosure WHERE unit_code = :unit").param("unit", unit)
        .query(Integer.class).single();
    Disclosure d = new Disclosure(Ids.newId(time.clock()), unit, category, title.trim(), content.trim(), order + 1);
    jdbc.sql("""
            INSERT INTO enf_disclosure (id, unit_code, category, title, content, sort_order, created_at)
            VALUES (:id, :unit, :category, :title, :content, :order, :at)
            """)
        .param("id", d.id()).param("unit", unit).param("category", category.name()).param("title", d.title())
        .param("content", d.content()).param("order", d.sortOrder()).param("at", SqlTime.param(time.clock().instant()))
        .update();
    audit.record("enforcement.disclosure.added", "enforcement_disclosure", d.id(), null, d);
    return d;
  }

  private void requireUnit(Actor actor, String unit) {
    if (unit == null || !actor.scope().permits(unit, null, null) || organization.unit(unit).isEmpty()) {
      throw new NotFoundException("enf.unit.notFound");
    }
  }

  private static void requireText(String text, String key) {
    if (text == null || text.isBlank()) {
      throw new BusinessRuleException(key);
    }
  }

  static Officer officer(ResultSet rs, int n) throws SQLException {
    return new Officer(rs.getObject("id", UUID.class), rs.getString("unit_code"), rs.getString("name"),
        rs.getString("certificate_number"), rs.getString("username"), rs.getBoolean("active"));
  }

  static Discretion discretion(ResultSet rs, int n) throws SQLException {
    return new Discretion(rs.getObject("id", UUID.class), rs.getString("unit_code"), rs.getString("code"),
        rs.getString("violation"), rs.getString("legal_basis"), DiscretionLevel.valueOf(rs.getString("level")),
        rs.getString("circumstances"), rs.getString("sanction"));
  }

  static Disclosure disclosure(ResultSet rs, int n) throws SQLException {
    return new Disclosure(rs.getObject("id", UUID.class), rs.getString("unit_code"),
        DisclosureCategory.valueOf(rs.getString("category")), rs.getString("title"), rs.getString("content"),
        rs.getInt("sort_order"));
  }

  static Publication publication(ResultSet rs, int n) throws SQLException {
    java.sql.Date publishedOn = rs.getDate("published_on");
    return new Publication(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
        rs.getString("unit_code"), CaseKind.valueOf(rs.getString("kind")), rs.getString("case_number"),
        rs.getString("decision_number"), rs.getString("title"), rs.getString("party"), rs.getString("party_id"),
        rs.getString("facts"), rs.getString("legal_basis"), rs.getString("decision"),
        rs.getDate("decided_on").toLocalDate(), rs.getDate("due_on").toLocalDate(), rs.getBoolean("due_provisional"),
        SqlTime.instant(rs, "published_at"), publishedOn == null ? null : publishedOn.toLocalDate(),
        rs.getString("published_by"), SqlTime.instant(rs, "withdrawn_at"), rs.getString("withdrawal_reason"));
  }
}
