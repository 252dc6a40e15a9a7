package org.servicewindow.enforcement;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.ForbiddenException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.PartyIds;
import org.servicewindow.common.SqlTime;
import org.servicewindow.enforcement.internal.CaseChain;
import org.servicewindow.enforcement.internal.CaseClock;
import org.servicewindow.enforcement.internal.CaseFiles;
import org.servicewindow.enforcement.internal.ChainHash;
import org.servicewindow.enforcement.internal.MajorDecisionPolicy;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.DataScope;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforcement cases (执法案件) from filing to archiving. Every change of a case locks its row and appends
 * to its hash-chained case record in the same transaction. Rules carried here: at least two officers with
 * certificates; party identity numbers with valid check digits; the discretion standard from the unit's
 * own table; and the legal review gate — a decision that is major by the configured criteria cannot be
 * issued until a legal reviewer who is not one of the case's officers has passed it with an opinion.
 */
@Service
public class Enforcement {

  /** A file of the case record, for streaming to a reader. */
  public record FileDownload(RecordEntry entry, Path path) {}

  private final JdbcClient jdbc;
  private final CaseClock time;
  private final CaseChain chain;
  private final CaseFiles files;
  private final MajorDecisionPolicy majorPolicy;
  private final EnforcementPublication publication;
  private final OrganizationApi organization;
  private final AuditTrail audit;

  Enforcement(JdbcClient jdbc, CaseClock time, CaseChain chain, CaseFiles files, MajorDecisionPolicy majorPolicy,
      EnforcementPublication publication, OrganizationApi organization, AuditTrail audit) {
    this.jdbc = jdbc;
    this.time = time;
    this.chain = chain;
    this.files = files;
    this.majorPolicy = majorPolicy;
    this.publication = publication;
    this.organization = organization;
    this.audit = audit;
  }

  // ---------------------------------------------------------------- reading

  /** The cases of the actor's scope, newest activity first; {@code unit} narrows a city-wide reader's list. */
  public Paged<EnforcementCase> cases(Actor actor, String query, CaseStep step, String unit, PageQuery page) {
    DataScope scope = actor.scope();
    Map<String, Object> params = new HashMap<>(scope.params());
    StringBuilder where = new StringBuilder(" WHERE ").append(scope.sql("c.unit_code", null, null));
    if (query != null && !query.isBlank()) {
      where.append(" AND (LOWER(c.case_number) LIKE :q OR LOWER(c.title) LIKE :q OR LOWER(c.party_name) LIKE :q)");
      params.put("q", "%" + query.trim().toLowerCase() + "%");
    }
    if (step != null) {
      where.append(" AND c.step = :step");
      params.put("step", step.name());
    }
    if (unit != null && !unit.isBlank()) {
      where.append(" AND c.unit_code = :unit");
      params.put("unit", unit);
    }
    return page(where.toString(), params, page, "c.updated_at DESC, c.case_number");
  }

  /** Cases waiting for legal review in the reviewer's scope, oldest first. */
  public Paged<EnforcementCase> reviewQueue(Actor actor, PageQuery page) {
    DataScope scope = actor.scope();
    Map<String, Object> params = new HashMap<>(scope.params());
    String where = " WHERE " + scope.sql("c.unit_code", null, null) + " AND c.step = 'LEGAL_REVIEW'";
    return page(where, params, page, "c.updated_at, c.case_number");
  }

  private Paged<EnforcementCase> page(String where, Map<String, Object> params, PageQuery page, String order) {
    long total = jdbc.sql("SELECT COUNT(*) FROM enf_case c" + where).params(params).query(Long.class).single();
    List<EnforcementCase> items = jdbc.sql("SELECT c.* FROM enf_case c" + where + " ORDER BY " + order
            + " LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query(Enforcement::row).list();
    return page.result(items, total);
  }

  public EnforcementCase get(Actor actor, UUID id) {
    EnforcementCase c = find(id);
    if (!actor.scope().permits(c.unitCode(), null, null)) {
      throw new NotFoundException("enf.case.notFound");
    }
    return c;
  }

  private EnforcementCase find(UUID id) {
    EnforcementCase c = jdbc.sql("SELECT c.* FROM enf_case c WHERE c.id = :id").param("id", id)
        .query(Enforcement::row).optional()
        .orElseThrow(() -> new NotFoundException("enf.case.notFound"));
    List<Officer> officers = jdbc.sql("""
            SELECT o.* FROM enf_officer o JOIN enf_case_officer co ON co.officer_id = o.id
            WHERE co.case_id = :id ORDER BY o.name
            """).param("id", id).query(EnforcementPublication::officer).list();
    return c.withOfficers(officers);
  }

  public Paged<RecordEntry> record(Actor actor, UUID id, PageQuery page) {
    get(actor, id);
    return chain.entries(id, page);
  }

  public ChainVerification verify(Actor actor, UUID id) {
    get(actor, id);
    return chain.verify(id);
  }

  /**
   * Verifies the records of a page of the actor's cases (newest activity first), e.g. for an inspector's
   * sweep; each verification re-reads the entries and re-hashes the files, so pages stay small.
   */
  public Paged<ChainVerification> verifyAll(Actor actor, String unit, PageQuery page) {
    return cases(actor, null, null, unit, page).map(c -> chain.verify(c.id()));
  }

  public FileDownload file(Actor actor, UUID id, int seq) {
    get(actor, id);
    RecordEntry entry = chain.entry(id, seq).filter(RecordEntry::hasFile)
        .orElseThrow(() -> new NotFoundException("enf.file.notFound"));
    String key = chain.storageKey(id, seq).orElseThrow(() -> new NotFoundException("enf.file.notFound"));
    return new FileDownload(entry, files.path(key));
  }

  /** The criteria a case's proposed decision meets that make it major; empty when it is not major. */
  public List<String> majorReasons(EnforcementCase c) {
    return majorPolicy.reasons(c.penaltyAmount(), c.licenceRevoked(), c.hearingHeld(), c.complexCase());
  }

  public boolean isMajor(EnforcementCase c) {
    return !majorReasons(c).isEmpty();
  }

  public MajorDecisionPolicy majorPolicy() {
    return majorPolicy;
  }

  // ---------------------------------------------------------------- writing

  /** Files a case (立案) with its first record entry; the case number is gapless per unit and year. */
  @Transactional
  public EnforcementCase file(Actor actor, NewCase n) {
    if (n.unitCode() == null || !actor.scope().permits(n.unitCode(), null, null)
        || organization.unit(n.unitCode()).isEmpty()) {
      throw new BusinessRuleException("enf.case.unit.invalid");
    }
    requireText(n.title(), "enf.case.title.required");
    requireText(n.partyName(), "enf.case.partyName.required");
    requireText(n.facts(), "enf.case.facts.required");
    requireText(n.legalBasis(), "enf.case.legalBasis.required");
    if (n.kind() == null || n.partyType() == null) {
      throw new BusinessRuleException("enf.case.kind.required");
    }
    String partyId = n.partyIdNumber() == null ? "" : n.partyIdNumber().trim().toUpperCase();
    if (n.partyType() == PartyType.PERSON ? !PartyIds.isResidentId(partyId) : !PartyIds.isCreditCode(partyId)) {
      throw new BusinessRuleException(
          n.partyType() == PartyType.PERSON ? "enf.case.partyId.person" : "enf.case.partyId.company");
    }
    Set<UUID> officerIds = new LinkedHashSet<>(n.officerIds() == null ? List.of() : n.officerIds());
    officerIds.remove(null);
    List<Officer> officers = officerIds.isEmpty() ? List.of() : jdbc.sql("""
            SELECT * FROM enf_officer WHERE id IN (:ids) AND unit_code = :unit AND active = TRUE
            """).param("ids", officerIds).param("unit", n.unitCode())
        .query(EnforcementPublication::officer).list();
    if (officers.size() < 2 || officers.size() != officerIds.size()) {
      throw new BusinessRuleException("enf.case.officers.min", 2);
    }
    String discretionText = "-";
    if (n.discretionId() != null) {
      discretionText = jdbc.sql("SELECT * FROM enf_discretion WHERE id = :id AND unit_code = :unit")
          .param("id", n.discretionId()).param("unit", n.unitCode()).query(EnforcementPublication::discretion)
          .optional()
          .map(d -> d.code() + " " + d.violation() + "（" + RecordTexts.level(d.level()) + "）" + d.sanction())
          .orElseThrow(() -> new BusinessRuleException("enf.case.discretion.invalid"));
    } else if (n.kind() == CaseKind.PENALTY) {
      throw new BusinessRuleException("enf.case.discretion.required");
    }
    Instant now = time.clock().instant();
    UUID id = Ids.newId(time.clock());
    String number = nextNumber(n.unitCode(), ChinaTime.today(time.clock()).getYear());
    jdbc.sql("""
            INSERT INTO enf_case (id, unit_code, case_number, kind, title, party_type, party_name, party_id_number,
                                  party_phone, party_address, facts, legal_basis, discretion_id, step, filed_by,
                                  record_length, record_head, created_at, updated_at)
            VALUES (:id, :unit, :number, :kind, :title, :partyType, :partyName, :partyId, :phone, :address, :facts,
                    :basis, :discretion, 'FILED', :by, 0, :genesis, :now, :now)
            """)
        .param("id", id).param("unit", n.unitCode()).param("number", number).param("kind", n.kind().name())
        .param("title", n.title().trim()).param("partyType", n.partyType().name()).param("partyName", n.partyName().trim())
        .param("partyId", partyId).param("phone", blankToNull(n.partyPhone())).param("address", blankToNull(n.partyAddress()))
        .param("facts", n.facts().trim()).param("basis", n.legalBasis().trim()).param("discretion", n.discretionId())
        .param("by", actor.username()).param("genesis", ChainHash.GENESIS).param("now", SqlTime.param(now))
        .update();
    for (Officer o : officers) {
      jdbc.sql("INSERT INTO enf_case_officer (case_id, officer_id) VALUES (:c, :o)").param("c", id).param("o", o.id())
          .update();
    }
    StringBuilder content = new StringBuilder()
        .append("案件类型: ").append(RecordTexts.kind(n.kind())).append('\n')
        .append("案由: ").append(n.title().trim()).append('\n')
        .append("当事人: ").append(n.partyName().trim()).append(" (").append(partyId).append(")\n")
        .append("违法事实: ").append(n.facts().trim()).append('\n')
        .append("法律依据: ").append(n.legalBasis().trim()).append('\n')
        .append("裁量基准: ").append(discretionText).append('\n')
        .append("执法人员: ");
    for (Officer o : officers) {
      content.append(o.name()).append(" (").append(o.certificateNumber()).append(") ");
    }
    chain.append(id, actor.username(), CaseChain.Draft.of(RecordKind.STEP, "立案 " + number, content.toString().trim()));
    EnforcementCase created = find(id);
    audit.record("enforcement.case.filed", "enforcement_case", id, null, Map.of("caseNumber", number));
    return created;
  }

  /** Records (or revises) the proposed decision during investigation or notification; clears an earlier review. */
  @Transactional
  public EnforcementCase propose(Actor actor, UUID id, Proposal p) {
    EnforcementCase c = lockForWork(actor, id);
    if (c.step() != CaseStep.INVESTIGATION && c.step() != CaseStep.NOTIFICATION) {
      throw new ConflictException("enf.step.wrong");
    }
    requireText(p.text(), "enf.proposal.text.required");
    if (p.penaltyAmount() != null && p.penaltyAmount().signum() < 0) {
      throw new BusinessRuleException("enf.proposal.amount.negative");
    }
    jdbc.sql("""
            UPDATE enf_case SET proposal = :text, penalty_amount = :amount, licence_revoked = :revoked,
                   complex_case = :complex, review_status = NULL, review_opinion = NULL, reviewer = NULL
            WHERE id = :id
            """)
        .param("text", p.text().trim()).param("amount", p.penaltyAmount()).param("revoked", p.licenceRevoked())
        .param("complex", p.complex()).param("id", id).update();
    chain.append(id, actor.username(), CaseChain.Draft.of(RecordKind.DOCUMENT, "拟作出决定",
        p.text().trim() + "\n罚款金额: " + (p.penaltyAmount() == null ? "-" : p.penaltyAmount().toPlainString())
            + "\n吊销许可证件: " + RecordTexts.yesNo(p.licenceRevoked()) + "\n案情复杂: " + RecordTexts.yesNo(p.complex())));
    audit.record("enforcement.case.proposed", "enforcement_case", id, c.proposal(), p);
    return find(id);
  }

  /**
   * Moves a case to its next step with a note for the record. From notification, a major decision goes to
   * legal review, any other to decision; decision and legal review have their own actions.
   *
   * @param hearingHeld only read when leaving notification: whether a hearing (听证) was held
   */
  @Transactional
  public EnforcementCase advance(Actor actor, UUID id, String note, boolean hearingHeld) {
    EnforcementCase c = lockForWork(actor, id);
    CaseStep next = switch (c.step()) {
      case FILED -> CaseStep.INVESTIGATION;
      case INVESTIGATION -> {
        if (!c.hasProposal()) {
          throw new BusinessRuleException("enf.proposal.missing");
        }
        yield CaseStep.NOTIFICATION;
      }
      case NOTIFICATION -> majorPolicy.isMajor(c.penaltyAmount(), c.licenceRevoked(), hearingHeld, c.complexCase())
          ? CaseStep.LEGAL_REVIEW : CaseStep.DECISION;
      case SERVICE -> CaseStep.EXECUTION;
      case EXECUTION -> CaseStep.CLOSED;
      case LEGAL_REVIEW, DECISION, CLOSED -> throw new ConflictException("enf.step.wrong");
    };
    // Entries carry the step in which they were made, so the record is appended before the step moves.
    String content = (note == null ? "" : note.trim())
        + (c.step() == CaseStep.NOTIFICATION ? "\n听证: " + (hearingHeld ? "已举行" : "未举行") : "");
    chain.append(id, actor.username(), CaseChain.Draft.of(RecordKind.STEP, stepSummary(c.step(), next), content.trim()));
    String review = next == CaseStep.LEGAL_REVIEW ? "PENDING" : null;
    jdbc.sql("UPDATE enf_case SET step = :next, hearing_held = :hearing, review_status = COALESCE(:review, review_status) WHERE id = :id")
        .param("next", next.name())
        .param("hearing", c.step() == CaseStep.NOTIFICATION ? hearingHeld : c.hearingHeld())
        .param("review", review)
        .param("id", id).update();
    audit.record("enforcement.case.advanced", "enforcement_case", id, c.step(), next);
    return find(id);
  }

  /** Adds a document (询问笔录, 现场检查笔录, 告知书 …) to the case record. */
  @Transactional
  public RecordEntry addDocument(Actor actor, UUID id, String title, String text) {
    lockForWork(actor, id);
    requireText(title, "enf.document.title.required");
    requireText(text, "enf.document.text.required");
    RecordEntry e = chain.append(id, actor.username(), CaseChain.Draft.of(RecordKind.DOCUMENT, title.trim(), text.trim()));
    audit.record("enforcement.document.added", "enforcement_case", id, null, Map.of("seq", e.seq()));
    return e;
  }

  /**
   * Stores a file (photo, audio, video, scan) outside the web root, streamed through SHA-256, and appends
   * it to the case record with its size and hash.
   */
  @Transactional
  public RecordEntry attach(Actor actor, UUID id, String fileName, String contentType, String description, InputStream in) {
    lockForWork(actor, id);
    String name = fileName == null || fileName.isBlank() ? "file" : Path.of(fileName).getFileName().toString();
    CaseFiles.StoredFile stored = files.store(in);
    if (stored.size() == 0) {
      throw new BusinessRuleException("enf.file.empty");
    }
    RecordEntry e = chain.append(id, actor.username(), new CaseChain.Draft(RecordKind.FILE,
        description == null || description.isBlank() ? name : description.trim(), null, cut(name, 255),
        contentType == null ? "application/octet-stream" : cut(contentType, 100), stored, null));
    audit.record("enforcement.file.attached", "enforcement_case", id, null,
        Map.of("seq", e.seq(), "sha256", stored.sha256(), "size", stored.size()));
    return e;
  }

  /** Corrects an earlier entry by a new one that points at it; the earlier entry stays as it was. */
  @Transactional
  public RecordEntry correct(Actor actor, UUID id, int seq, String text) {
    EnforcementCase c = lockForWork(actor, id);
    if (seq < 1 || seq > c.recordLength()) {
      throw new BusinessRuleException("enf.correction.seq.invalid");
    }
    requireText(text, "enf.correction.text.required");
    RecordEntry e = chain.append(id, actor.username(),
        new CaseChain.Draft(RecordKind.CORRECTION, "更正第 " + seq + " 条记录", text.trim(), null, null, null, seq));
    audit.record("enforcement.record.corrected", "enforcement_case", id, null, Map.of("seq", e.seq(), "corrects", seq));
    return e;
  }

  /**
   * Records the legal review (法制审核) of a major decision: pass moves the case to decision, reject sends
   * it back to investigation. Only a legal reviewer who is not an officer (nor the filer) of the case.
   */
  @Transactional
  public EnforcementCase review(Actor actor, UUID id, boolean passed, String opinion) {
    EnforcementCase c = get(actor, id);
    if (!actor.has(Role.LEGAL_REVIEWER)) {
      throw new ForbiddenException("enf.review.role");
    }
    chain.lock(id);
    c = find(id);
    if (c.step() != CaseStep.LEGAL_REVIEW) {
      throw new ConflictException("enf.step.wrong");
    }
    boolean ownCase = actor.username().equals(c.filedBy())
        || c.officers().stream().anyMatch(o -> actor.username().equals(o.username()));
    if (ownCase) {
      throw new BusinessRuleException("enf.review.ownCase");
    }
    requireText(opinion, "enf.review.opinion.required");
    chain.append(id, actor.username(), CaseChain.Draft.of(RecordKind.REVIEW,
        passed ? "法制审核通过" : "法制审核不通过，退回补充调查", opinion.trim()));
    jdbc.sql("""
            UPDATE enf_case SET review_status = :status, review_opinion = :opinion, reviewer = :reviewer, step = :step
            WHERE id = :id
            """)
        .param("status", passed ? "PASSED" : "REJECTED").param("opinion", opinion.trim())
        .param("reviewer", actor.username())
        .param("step", passed ? CaseStep.DECISION.name() : CaseStep.INVESTIGATION.name()).param("id", id).update();
    audit.record(passed ? "enforcement.review.passed" : "enforcement.review.rejected", "enforcement_case", id, null,
        Map.of("opinion", opinion.trim()));
    return find(id);
  }

  /**
   * Issues the decision (决定). The legal review gate: whatever route a request takes, a decision that is
   * major by the configured criteria is refused unless its review has passed. Issuing schedules the
   * decision's publication.
   */
  @Transactional
  public EnforcementCase decide(Actor actor, UUID id) {
    EnforcementCase c = lockForWork(actor, id);
    if (c.step() != CaseStep.DECISION) {
      throw new ConflictException("enf.step.wrong");
    }
    if (!c.hasProposal()) {
      throw new BusinessRuleException("enf.proposal.missing");
    }
    if (isMajor(c) && c.reviewStatus() != ReviewStatus.PASSED) {
      throw new BusinessRuleException("enf.decision.reviewRequired");
    }
    LocalDate today = ChinaTime.today(time.clock());
    String decisionNumber = c.caseNumber() + "-JD";
    chain.append(id, actor.username(), CaseChain.Draft.of(RecordKind.STEP, "作出决定 " + decisionNumber,
        c.proposal() + (isMajor(c) ? "\n法制审核: 通过 (" + c.reviewer() + ")" : "")));
    jdbc.sql("UPDATE enf_case SET decision_number = :number, decided_on = :on, step = 'SERVICE' WHERE id = :id")
        .param("number", decisionNumber).param("on", today).param("id", id).update();
    EnforcementCase decided = find(id);
    publication.schedule(decided);
    audit.record("enforcement.case.decided", "enforcement_case", id, null,
        Map.of("decisionNumber", decisionNumber, "decidedOn", today.toString()));
    return decided;
  }

  /** Revokes an issued decision (e.g. after 复议 or 诉讼); its publication is withdrawn. */
  @Transactional
  public EnforcementCase revoke(Actor actor, UUID id, String reason) {
    EnforcementCase c = lockForWork(actor, id);
    if (!c.decided() || c.revoked()) {
      throw new ConflictException("enf.revoke.notAllowed");
    }
    requireText(reason, "enf.revoke.reason.required");
    jdbc.sql("UPDATE enf_case SET revoked = TRUE WHERE id = :id").param("id", id).update();
    chain.append(id, actor.username(), CaseChain.Draft.of(RecordKind.STEP, "撤销决定", reason.trim()));
    publication.withdraw(actor, id, reason.trim());
    audit.record("enforcement.case.revoked", "enforcement_case", id, null, Map.of("reason", reason.trim()));
    return find(id);
  }

  /** Checks scope and the right to work on a case, then locks it for the rest of the transaction. */
  private EnforcementCase lockForWork(Actor actor, UUID id) {
    get(actor, id);
    if (!actor.has(Role.ENFORCEMENT_OFFICER) && !actor.has(Role.UNIT_ADMIN)) {
      throw new ForbiddenException("enf.case.work.role");
    }
    chain.lock(id);
    return find(id);
  }

  private String nextNumber(String unit, int year) {
    jdbc.sql("INSERT INTO enf_counter (unit_code, counter_year, last_number) VALUES (:unit, :year, 0) ON CONFLICT DO NOTHING")
        .param("unit", unit).param("year", year).update();
    int last = jdbc.sql("SELECT last_number FROM enf_counter WHERE unit_code = :unit AND counter_year = :year FOR UPDATE")
        .param("unit", unit).param("year", year).query(Integer.class).single();
    jdbc.sql("UPDATE enf_counter SET last_number = :n WHERE unit_code = :unit AND counter_year = :year")
        .param("n", last + 1).param("unit", unit).param("year", year).update();
    return "%s-%d-%05d".formatted(unit, year, last + 1);
  }

  private static String stepSummary(CaseStep from, CaseStep to) {
    return switch (to) {
      case INVESTIGATION -> "进入调查取证";
      case NOTIFICATION -> "告知陈述申辩/听证权利";
      case LEGAL_REVIEW -> "提交法制审核";
      case DECISION -> "进入决定";
      case EXECUTION -> "送达完成，进入执行";
      case CLOSED -> "执行完毕，结案归档";
      default -> from + " → " + to;
    };
  }

  private static void requireText(String text, String key) {
    if (text == null || text.isBlank()) {
      throw new BusinessRuleException(key);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  static EnforcementCase row(ResultSet rs, int n) throws SQLException {
    String review = rs.getString("review_status");
    java.sql.Date decided = rs.getDate("decided_on");
    return new EnforcementCase(rs.getObject("id", UUID.class), rs.getString("unit_code"), rs.getString("case_number"),
        CaseKind.valueOf(rs.getString("kind")), rs.getString("title"), PartyType.valueOf(rs.getString("party_type")),
        rs.getString("party_name"), rs.getString("party_id_number"), rs.getString("party_phone"),
        rs.getString("party_address"), rs.getString("facts"), rs.getString("legal_basis"),
        rs.getObject("discretion_id", UUID.class), CaseStep.valueOf(rs.getString("step")), rs.getString("proposal"),
        rs.getBigDecimal("penalty_amount"), rs.getBoolean("licence_revoked"), rs.getBoolean("hearing_held"),
        rs.getBoolean("complex_case"), review == null ? null : ReviewStatus.valueOf(review),
        rs.getString("review_opinion"), rs.getString("reviewer"), rs.getString("decision_number"),
        decided == null ? null : decided.toLocalDate(), rs.getBoolean("revoked"), rs.getString("filed_by"),
        rs.getInt("record_length"), SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "updated_at"), List.of());
  }

}
