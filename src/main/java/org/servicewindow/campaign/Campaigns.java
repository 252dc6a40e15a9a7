package org.servicewindow.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.campaign.internal.Attachments;
import org.servicewindow.campaign.internal.DueDates;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.ForbiddenException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.DataScope;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.UnitSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign's facade: the lead office (an {@link Role#INSPECTOR} of the city's supervision office, part
 * of the 市政府办公室 that leads the plan) sets up a campaign or copies last year's, and reviews what units
 * hand in; a participating unit's admin ({@link Role#UNIT_ADMIN}) hands in its work plan, monthly progress
 * reports and self-check and sees only its own; leaders read everything in their scope.
 */
@Service
public class Campaigns {

  /** A campaign in a list. */
  public record CampaignSummary(UUID id, int year, String theme, String documentNumber, String leadUnitCode,
      String leadUnitName, LocalDate startsOn, LocalDate endsOn, int units, Instant resultsPublishedAt) {}

  public record PhaseDates(Phase phase, LocalDate startsOn, LocalDate endsOn) {}

  public record Task(UUID id, TaskArea area, int seq, String title, String description, String responsibleRole) {}

  public record TaskDraft(TaskArea area, String title, String description, String responsibleRole) {}

  /** Everything needed to start a campaign; deliverables and due dates follow from it. */
  public record NewCampaign(int year, String theme, String documentNumber, String leadUnitCode,
      List<PhaseDates> phases, LocalDate workPlanDue, LocalDate selfCheckDue, List<String> unitCodes,
      List<TaskDraft> tasks) {}

  public record CampaignDetail(CampaignSummary summary, List<PhaseDates> phases, LocalDate workPlanDue,
      LocalDate selfCheckDue, List<Task> tasks, List<UnitSummary> units, Phase currentPhase, UUID copiedFrom) {

    public PhaseDates phase(Phase phase) {
      return phases.stream().filter(p -> p.phase() == phase).findFirst().orElseThrow();
    }
  }

  /** What a unit owes and its state; the traffic light is computed for "today". */
  public record Deliverable(UUID id, UUID campaignId, String unitCode, DeliverableKind kind, String period,
      LocalDate dueOn, boolean provisional, String status, Instant firstSubmittedAt, Instant lastSubmittedAt,
      int versions, Timeliness timeliness) {

    public boolean awaitingReview() {
      return "SUBMITTED".equals(status);
    }
  }

  public record AttachmentInfo(UUID id, String fileName, String contentType, int size) {}

  public record Submission(UUID id, int version, String body, Instant submittedAt, String submittedBy,
      String decision, String reviewComment, Instant reviewedAt, String reviewedBy, List<AttachmentInfo> attachments) {}

  public record AttachmentFile(String fileName, String contentType, byte[] content) {}

  public record Upload(String fileName, byte[] bytes) {}

  /** One deliverable with every version handed in, newest first. */
  public record DeliverableHistory(Deliverable deliverable, List<Submission> submissions) {}

  private static final String DELIVERABLE_COLUMNS = """
      id, campaign_id, unit_code, kind, period, due_on, due_provisional, status, first_submitted_at,
      last_submitted_at, versions""";

  private final JdbcClient jdbc;
  private final OrganizationApi organization;
  private final DueDates dueDates;
  private final AuditTrail audit;
  private final Clock clock;

  Campaigns(JdbcClient jdbc, OrganizationApi organization, DueDates dueDates, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.organization = organization;
    this.dueDates = dueDates;
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether the actor acts for the lead office (sets up campaigns, reviews, evaluates). */
  public static boolean isLeadOffice(Actor actor) {
    return actor != null && actor.has(Role.INSPECTOR);
  }

  static void requireLeadOffice(Actor actor) {
    if (!isLeadOffice(actor)) {
      throw new ForbiddenException("campaign.leadOfficeOnly");
    }
  }

  /** Whether the actor may see a unit's deliverables: the lead office and city leaders all, a unit its own. */
  public static boolean maySee(Actor actor, String unitCode) {
    DataScope scope = actor.scope();
    return scope.level() == DataScope.Level.ALL
        || scope.level() == DataScope.Level.UNIT && scope.unitCode().equals(unitCode);
  }

  // ---------------------------------------------------------------- campaigns

  @Transactional(readOnly = true)
  public Paged<CampaignSummary> list(PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM campaign").query(Long.class).single();
    List<UUID> ids = jdbc.sql("SELECT id FROM campaign ORDER BY campaign_year DESC, created_at DESC LIMIT :l OFFSET :o")
        .param("l", page.size()).param("o", page.offset()).query(UUID.class).list();
    return page.result(ids.stream().map(this::summary).toList(), total);
  }

  /** The newest campaign, e.g. to open the dashboard on it. */
  @Transactional(readOnly = true)
  public Optional<UUID> latest() {
    return jdbc.sql("SELECT id FROM campaign ORDER BY campaign_year DESC, created_at DESC LIMIT 1")
        .query(UUID.class).optional();
  }

  @Transactional(readOnly = true)
  public CampaignDetail get(UUID id) {
    CampaignSummary summary = summary(id);
    var row = jdbc.sql("SELECT work_plan_due, self_check_due, copied_from FROM campaign WHERE id = :id").param("id", id)
        .query((rs, n) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
            rs.getObject(3, UUID.class)}).single();
    List<PhaseDates> phases = phases(id);
    List<Task> tasks = jdbc.sql("""
            SELECT id, area, seq, title, description, responsible_role FROM campaign_task
             WHERE campaign_id = :id ORDER BY area, seq""").param("id", id)
        .query((rs, n) -> new Task(rs.getObject("id", UUID.class), TaskArea.valueOf(rs.getString("area")),
            rs.getInt("seq"), rs.getString("title"), rs.getString("description"), rs.getString("responsible_role")))
        .list().stream().sorted(java.util.Comparator.comparing(Task::area).thenComparing(Task::seq)).toList();
    List<UnitSummary> units = unitCodes(id).stream().map(this::unit).toList();
    LocalDate today = ChinaTime.today(clock);
    Phase current = phases.stream().filter(p -> !today.isBefore(p.startsOn()) && !today.isAfter(p.endsOn()))
        .map(PhaseDates::phase).findFirst().orElse(null);
    return new CampaignDetail(summary, phases, (LocalDate) row[0], (LocalDate) row[1], tasks, units, current,
        (UUID) row[2]);
  }

  /**
   * Starts a campaign: its phases, units and tasks, and for every unit the deliverables with their due
   * dates (work plan, one progress report per month of the action phase, self-check).
   */
  @Transactional
  public UUID create(Actor actor, NewCampaign c) {
    requireLeadOffice(actor);
    validate(c);
    UUID id = Ids.newId(clock);
    Instant now = clock.instant();
    jdbc.sql("""
            INSERT INTO campaign (id, campaign_year, theme, document_number, lead_unit_code, work_plan_due,
                                  self_check_due, created_at, created_by)
            VALUES (:id, :year, :theme, :doc, :lead, :plan, :self, :at, :by)""")
        .param("id", id).param("year", c.year()).param("theme", c.theme().strip())
        .param("doc", c.documentNumber() == null || c.documentNumber().isBlank() ? null : c.documentNumber().strip())
        .param("lead", c.leadUnitCode()).param("plan", c.workPlanDue()).param("self", c.selfCheckDue())
        .param("at", SqlTime.param(now)).param("by", actor.username()).update();
    for (PhaseDates p : c.phases()) {
      jdbc.sql("INSERT INTO campaign_phase (campaign_id, phase, starts_on, ends_on) VALUES (:c, :p, :s, :e)")
          .param("c", id).param("p", p.phase().name()).param("s", p.startsOn()).param("e", p.endsOn()).update();
    }
    Map<TaskArea, Integer> seq = new EnumMap<>(TaskArea.class);
    for (TaskDraft t : c.tasks()) {
      int n = seq.merge(t.area(), 1, Integer::sum);
      jdbc.sql("""
              INSERT INTO campaign_task (id, campaign_id, area, seq, title, description, responsible_role)
              VALUES (:id, :c, :a, :s, :t, :d, :r)""")
          .param("id", Ids.newId(clock)).param("c", id).param("a", t.area().name()).param("s", n)
          .param("t", t.title()).param("d", t.description()).param("r", t.responsibleRole()).update();
    }
    PhaseDates action = c.phases().stream().filter(p -> p.phase() == Phase.ACTION).findFirst().orElseThrow();
    List<DueDates.Due> monthly = dueDates.progressReports(action.startsOn(), action.endsOn());
    DueDates.Due plan = dueDates.adjust(c.workPlanDue());
    DueDates.Due self = dueDates.adjust(c.selfCheckDue());
    int position = 0;
    for (String unit : c.unitCodes().stream().distinct().toList()) {
      jdbc.sql("INSERT INTO campaign_unit (campaign_id, unit_code, seq) VALUES (:c, :u, :s)").param("c", id)
          .param("u", unit).param("s", ++position).update();
      insertDeliverable(id, unit, DeliverableKind.WORK_PLAN, "-", plan);
      for (DueDates.Due due : monthly) {
        insertDeliverable(id, unit, DeliverableKind.PROGRESS_REPORT, due.period(), due);
      }
      insertDeliverable(id, unit, DeliverableKind.SELF_CHECK, "-", self);
    }
    audit.record("campaign.created", "campaign", id, null, Map.of("year", c.year(), "theme", c.theme(),
        "units", c.unitCodes().size(), "tasks", c.tasks().size()));
    return id;
  }

  /**
   * Copies a past campaign as next year's (or any later year's) template: the same theme, lead office,
   * units and tasks, every date moved by whole years; the new campaign has its own fresh deliverables.
   */
  @Transactional
  public UUID copy(Actor actor, UUID sourceId, int year) {
    requireLeadOffice(actor);
    CampaignDetail source = get(sourceId);
    int shift = year - source.summary().year();
    if (shift <= 0) {
      throw new BusinessRuleException("campaign.copy.laterYear", source.summary().year());
    }
    UUID id = create(actor, new NewCampaign(year, source.summary().theme(), null, source.summary().leadUnitCode(),
        source.phases().stream().map(p -> new PhaseDates(p.phase(), p.startsOn().plusYears(shift),
            p.endsOn().plusYears(shift))).toList(),
        source.workPlanDue().plusYears(shift), source.selfCheckDue().plusYears(shift),
        source.units().stream().map(UnitSummary::code).toList(),
        source.tasks().stream().map(t -> new TaskDraft(t.area(), t.title(), t.description(), t.responsibleRole()))
            .toList()));
    jdbc.sql("UPDATE campaign SET copied_from = :s WHERE id = :id").param("s", sourceId).param("id", id).update();
    audit.record("campaign.copied", "campaign", id, null, Map.of("from", sourceId.toString(), "year", year));
    return id;
  }

  private void validate(NewCampaign c) {
    if (c.theme() == null || c.theme().isBlank()) {
      throw new BusinessRuleException("campaign.theme.required");
    }
    if (c.year() < 2000 || c.year() > 2100) {
      throw new BusinessRuleException("campaign.year.invalid");
    }
    if (organization.unit(c.leadUnitCode()).isEmpty()) {
      throw new BusinessRuleException("campaign.unit.unknown", c.leadUnitCode());
    }
    if (c.unitCodes().isEmpty()) {
      throw new BusinessRuleException("campaign.units.required");
    }
    for (String u : c.unitCodes()) {
      if (organization.unit(u).isEmpty()) {
        throw new BusinessRuleException("campaign.unit.unknown", u);
      }
    }
    if (c.phases().size() != Phase.values().length
        || c.phases().stream().map(PhaseDates::phase).distinct().count() != Phase.values().length) {
      throw new BusinessRuleException("campaign.phases.required");
    }
    List<PhaseDates> ordered = c.phases().stream().sorted(java.util.Comparator.comparing(PhaseDates::phase)).toList();
    LocalDate previousEnd = null;
    for (PhaseDates p : ordered) {
      if (p.startsOn() == null || p.endsOn() == null || p.endsOn().isBefore(p.startsOn())) {
        throw new BusinessRuleException("campaign.phase.range", p.phase().name());
      }
      if (previousEnd != null && !p.startsOn().isAfter(previousEnd)) {
        throw new BusinessRuleException("campaign.phase.order", p.phase().name());
      }
      previousEnd = p.endsOn();
    }
    if (c.workPlanDue() == null || c.selfCheckDue() == null) {
      throw new BusinessRuleException("campaign.due.required");
    }
    if (!c.workPlanDue().isBefore(ordered.get(1).startsOn())) {
      throw new BusinessRuleException("campaign.workPlan.beforeAction");
    }
  }

  private void insertDeliverable(UUID campaign, String unit, DeliverableKind kind, String period, DueDates.Due due) {
    jdbc.sql("""
            INSERT INTO campaign_deliverable (id, campaign_id, unit_code, kind, period, due_on, due_provisional, status,
                                              versions)
            VALUES (:id, :c, :u, :k, :p, :d, :prov, 'OPEN', 0)""")
        .param("id", Ids.newId(clock)).param("c", campaign).param("u", unit).param("k", kind.name())
        .param("p", period).param("d", due.date()).param("prov", due.provisional()).update();
  }

  private CampaignSummary summary(UUID id) {
    return jdbc.sql("""
            SELECT c.id, c.campaign_year, c.theme, c.document_number, c.lead_unit_code, c.results_published_at,
                   (SELECT MIN(starts_on) FROM campaign_phase p WHERE p.campaign_id = c.id) AS starts_on,
                   (SELECT MAX(ends_on) FROM campaign_phase p WHERE p.campaign_id = c.id) AS ends_on,
                   (SELECT COUNT(*) FROM campaign_unit u WHERE u.campaign_id = c.id) AS units
              FROM campaign c WHERE c.id = :id""").param("id", id)
        .query((rs, n) -> new CampaignSummary(rs.getObject("id", UUID.class), rs.getInt("campaign_year"),
            rs.getString("theme"), rs.getString("document_number"), rs.getString("lead_unit_code"),
            organization.unit(rs.getString("lead_unit_code")).map(UnitSummary::name).orElse(rs.getString("lead_unit_code")),
            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getInt("units"),
            SqlTime.instant(rs, "results_published_at")))
        .optional().orElseThrow(() -> new NotFoundException("campaign.notFound"));
  }

  private List<PhaseDates> phases(UUID id) {
    return jdbc.sql("SELECT phase, starts_on, ends_on FROM campaign_phase WHERE campaign_id = :id").param("id", id)
        .query((rs, n) -> new PhaseDates(Phase.valueOf(rs.getString("phase")), rs.getObject("starts_on", LocalDate.class),
            rs.getObject("ends_on", LocalDate.class)))
        .list().stream().sorted(java.util.Comparator.comparing(PhaseDates::phase)).toList();
  }

  List<String> unitCodes(UUID campaign) {
    return jdbc.sql("SELECT unit_code FROM campaign_unit WHERE campaign_id = :c ORDER BY seq, unit_code")
        .param("c", campaign).query(String.class).list();
  }

  /** A unit by code; an unknown code shows as itself. */
  public UnitSummary unit(String code) {
    return organization.unit(code).orElse(new UnitSummary(code, code, null, null, null, null, null));
  }

  // ---------------------------------------------------------------- deliverables

  /** Every deliverable of the campaign the actor may see (a unit: its own), by unit and due date. */
  @Transactional(readOnly = true)
  public List<Deliverable> deliverables(Actor actor, UUID campaign) {
    summary(campaign);
    DataScope scope = actor.scope();
    var sql = jdbc.sql("SELECT " + DELIVERABLE_COLUMNS + " FROM campaign_deliverable WHERE campaign_id = :c AND "
            + scope.sql("unit_code", null, null) + " ORDER BY unit_code, due_on, kind")
        .param("c", campaign).params(scope.params());
    return sql.query(this::deliverable).list();
  }

  /** A unit's deliverables with every version handed in: its submission history. */
  @Transactional(readOnly = true)
  public List<DeliverableHistory> history(Actor actor, UUID campaign, String unitCode) {
    if (!maySee(actor, unitCode) || !unitCodes(campaign).contains(unitCode)) {
      throw new NotFoundException("campaign.unitNotFound", unitCode);
    }
    List<Deliverable> list = jdbc.sql("SELECT " + DELIVERABLE_COLUMNS
            + " FROM campaign_deliverable WHERE campaign_id = :c AND unit_code = :u ORDER BY due_on, kind")
        .param("c", campaign).param("u", unitCode).query(this::deliverable).list();
    return list.stream().map(d -> new DeliverableHistory(d, submissions(d.id()))).toList();
  }

  @Transactional(readOnly = true)
  public Deliverable deliverable(Actor actor, UUID id) {
    Deliverable d = jdbc.sql("SELECT " + DELIVERABLE_COLUMNS + " FROM campaign_deliverable WHERE id = :id")
        .param("id", id).query(this::deliverable).optional()
        .orElseThrow(() -> new NotFoundException("campaign.deliverableNotFound"));
    if (!maySee(actor, d.unitCode())) {
      throw new NotFoundException("campaign.deliverableNotFound");
    }
    return d;
  }

  @Transactional(readOnly = true)
  public List<Submission> submissions(Actor actor, UUID deliverable) {
    deliverable(actor, deliverable);
    return submissions(deliverable);
  }

  private List<Submission> submissions(UUID deliverable) {
    Map<UUID, List<AttachmentInfo>> files = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT a.id, a.submission_id, a.file_name, a.content_type, a.size_bytes FROM campaign_attachment a
              JOIN campaign_submission s ON s.id = a.submission_id WHERE s.deliverable_id = :d ORDER BY a.file_name""")
        .param("d", deliverable).query(rs -> {
          files.computeIfAbsent(rs.getObject("submission_id", UUID.class), k -> new ArrayList<>())
              .add(new AttachmentInfo(rs.getObject("id", UUID.class), rs.getString("file_name"),
                  rs.getString("content_type"), rs.getInt("size_bytes")));
        });
    return jdbc.sql("""
            SELECT id, version, body, submitted_at, submitted_by, decision, review_comment, reviewed_at, reviewed_by
              FROM campaign_submission WHERE deliverable_id = :d ORDER BY version DESC""")
        .param("d", deliverable)
        .query((rs, n) -> new Submission(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("body"),
            SqlTime.instant(rs, "submitted_at"), rs.getString("submitted_by"), rs.getString("decision"),
            rs.getString("review_comment"), SqlTime.instant(rs, "reviewed_at"), rs.getString("reviewed_by"),
            files.getOrDefault(rs.getObject("id", UUID.class), List.of())))
        .list();
  }

  /**
   * A unit hands in a new version of a deliverable: text and up to {@value Attachments#MAX_FILES} files,
   * checked by content. Only the unit itself may, and not after the lead office accepted it.
   *
   * @return the version number
   */
  @Transactional
  public int submit(Actor actor, UUID deliverableId, String body, List<Upload> uploads) {
    Deliverable d = lockDeliverable(deliverableId);
    DataScope scope = actor.scope();
    if (!actor.has(Role.UNIT_ADMIN) || scope.level() != DataScope.Level.UNIT
        || !scope.unitCode().equals(d.unitCode())) {
      if (maySee(actor, d.unitCode())) {
        throw new ForbiddenException("campaign.submit.ownUnitOnly");
      }
      throw new NotFoundException("campaign.deliverableNotFound");
    }
    if ("ACCEPTED".equals(d.status())) {
      throw new ConflictException("campaign.submit.alreadyAccepted");
    }
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()) {
      throw new BusinessRuleException("campaign.submit.bodyRequired");
    }
    if (text.length() > 20000) {
      throw new BusinessRuleException("campaign.submit.bodyTooLong", 20000);
    }
    List<Upload> files = uploads == null ? List.of()
        : uploads.stream().filter(u -> u.bytes() != null && u.bytes().length > 0).toList();
    if (files.size() > Attachments.MAX_FILES) {
      throw new BusinessRuleException("campaign.file.tooMany", Attachments.MAX_FILES);
    }
    List<Attachments.Checked> checked = files.stream().map(u -> Attachments.check(u.fileName(), u.bytes())).toList();
    Instant now = clock.instant();
    int version = d.versions() + 1;
    UUID submission = Ids.newId(clock);
    jdbc.sql("""
            INSERT INTO campaign_submission (id, deliverable_id, version, body, submitted_at, submitted_by)
            VALUES (:id, :d, :v, :b, :at, :by)""")
        .param("id", submission).param("d", d.id()).param("v", version).param("b", text)
        .param("at", SqlTime.param(now)).param("by", actor.username()).update();
    for (Attachments.Checked f : checked) {
      jdbc.sql("""
              INSERT INTO campaign_attachment (id, submission_id, file_name, content_type, size_bytes, sha256, content)
              VALUES (:id, :s, :n, :t, :z, :h, :c)""")
          .param("id", Ids.newId(clock)).param("s", submission).param("n", f.fileName()).param("t", f.contentType())
          .param("z", f.size()).param("h", f.sha256()).param("c", f.content()).update();
    }
    jdbc.sql("""
            UPDATE campaign_deliverable SET status = 'SUBMITTED', versions = :v, last_submitted_at = :at,
                   first_submitted_at = COALESCE(first_submitted_at, :at) WHERE id = :id""")
        .param("v", version).param("at", SqlTime.param(now)).param("id", d.id()).update();
    audit.record("campaign.submitted", "campaignDeliverable", d.id(), Map.of("status", d.status()),
        Map.of("status", "SUBMITTED", "version", version, "attachments",
            checked.stream().map(Attachments.Checked::fileName).toList()));
    return version;
  }

  /**
   * The lead office accepts the latest version or returns it with comments (the unit then hands in a new
   * version). Only a version waiting for review can be reviewed.
   */
  @Transactional
  public void review(Actor actor, UUID deliverableId, boolean accept, String comment) {
    requireLeadOffice(actor);
    Deliverable d = lockDeliverable(deliverableId);
    if (!d.awaitingReview()) {
      throw new ConflictException("campaign.review.nothingToReview");
    }
    String text = comment == null ? "" : comment.strip();
    if (!accept && text.isEmpty()) {
      throw new BusinessRuleException("campaign.review.commentRequired");
    }
    if (text.length() > 2000) {
      throw new BusinessRuleException("campaign.review.commentTooLong", 2000);
    }
    String decision = accept ? "ACCEPTED" : "RETURNED";
    jdbc.sql("""
            UPDATE campaign_submission SET decision = :dec, review_comment = :c, reviewed_at = :at, reviewed_by = :by
             WHERE deliverable_id = :d AND version = :v""")
        .param("dec", decision).param("c", text.isEmpty() ? null : text).param("at", SqlTime.param(clock.instant()))
        .param("by", actor.username()).param("d", d.id()).param("v", d.versions()).update();
    jdbc.sql("UPDATE campaign_deliverable SET status = :s WHERE id = :id").param("s", decision).param("id", d.id())
        .update();
    audit.record("campaign.reviewed", "campaignDeliverable", d.id(), Map.of("status", d.status()),
        Map.of("status", decision, "version", d.versions(), "comment", text));
  }

  /** A file of a submission, for download; outside the actor's scope it does not exist. */
  @Transactional(readOnly = true)
  public AttachmentFile attachment(Actor actor, UUID id) {
    var row = jdbc.sql("""
            SELECT a.file_name, a.content_type, a.content, d.unit_code FROM campaign_attachment a
              JOIN campaign_submission s ON s.id = a.submission_id
              JOIN campaign_deliverable d ON d.id = s.deliverable_id WHERE a.id = :id""").param("id", id)
        .query((rs, n) -> new Object[] {new AttachmentFile(rs.getString(1), rs.getString(2), rs.getBytes(3)),
            rs.getString(4)})
        .optional().orElseThrow(() -> new NotFoundException("campaign.attachmentNotFound"));
    if (!maySee(actor, (String) row[1])) {
      throw new NotFoundException("campaign.attachmentNotFound");
    }
    return (AttachmentFile) row[0];
  }

  private Deliverable lockDeliverable(UUID id) {
    return jdbc.sql("SELECT " + DELIVERABLE_COLUMNS + " FROM campaign_deliverable WHERE id = :id FOR UPDATE")
        .param("id", id).query(this::deliverable).optional()
        .orElseThrow(() -> new NotFoundException("campaign.deliverableNotFound"));
  }

  private Deliverable deliverable(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    LocalDate due = rs.getObject("due_on", LocalDate.class);
    Instant first = SqlTime.instant(rs, "first_submitted_at");
    return new Deliverable(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
        rs.getString("unit_code"), DeliverableKind.valueOf(rs.getString("kind")), rs.getString("period"), due,
        rs.getBoolean("due_provisional"), rs.getString("status"), first, SqlTime.instant(rs, "last_submitted_at"),
        rs.getInt("versions"), Timeliness.of(due, first, ChinaTime.today(clock)));
  }
}
