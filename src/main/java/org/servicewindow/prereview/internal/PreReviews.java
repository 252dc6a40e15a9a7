package org.servicewindow.prereview.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.calendar.OpeningHours;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.casework.Applicant;
import org.servicewindow.casework.Casework;
import org.servicewindow.catalog.Catalog;
import org.servicewindow.catalog.FormField;
import org.servicewindow.catalog.RequiredMaterial;
import org.servicewindow.catalog.ServiceGuide;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.ForbiddenException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.PublicAddress;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.servicewindow.notification.Channel;
import org.servicewindow.notification.Notification;
import org.servicewindow.notification.Notifications;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.prereview.PreReviewStatus;
import org.servicewindow.prereview.VirusScanner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-applications (网上预审) from the citizen's submission to the window. The unit reviews within the
 * promised working hours and answers either "complete" or a one-time notice naming every missing or
 * defective material at once (a later notice may name only what was handed in after the last one, as at
 * the window). Files and personal data are shown only to the handling unit's staff, and every look at
 * them is in the audit log.
 */
@Service
public class PreReviews {

  public record PreReview(UUID id, String number, String serviceCode, String serviceName, int guideVersion,
      String unitCode, String applicantName, String phone, String idNumber, PreReviewStatus status,
      Instant submittedAt, Instant reviewDueAt, Instant reviewedAt, String reviewer, UUID applicationId,
      String applicationNo) {}

  public record Field(String key, String label, String value) {}

  public record StoredFile(UUID id, String materialCode, String originalName, String storedName, String contentType,
      long size, Instant uploadedAt) {}

  public record NoticeItem(String materialCode, String materialName, String reason) {}

  public record Notice(UUID id, Instant issuedAt, String issuedBy, List<NoticeItem> items) {}

  /** One file as handed in, for one material of the checklist. */
  public record Upload(String materialCode, String fileName, byte[] content) {}

  /** What the citizen fills in; the phone is the verified one. */
  public record Submission(String serviceCode, String phone, String name, String idNumber,
      Map<String, String> fields, List<Upload> uploads) {}

  /** A new pre-application and the secret that opens its status page (kept only as a hash). */
  public record Submitted(UUID id, String number, String token) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String COLUMNS = "id, number, service_code, service_name, guide_version, unit_code, "
      + "applicant_name, phone, id_number, status, submitted_at, review_due_at, reviewed_at, reviewer, "
      + "application_id, application_no";
  private static final Set<Role> UNIT_ROLES = Set.of(Role.STAFF, Role.HALL_MANAGER, Role.UNIT_ADMIN, Role.LEADER);

  private final JdbcClient jdbc;
  private final Catalog catalog;
  private final WorkingDays workingDays;
  private final Casework casework;
  private final OrganizationApi organization;
  private final Notifications notifications;
  private final FileStore files;
  private final VirusScanner scanner;
  private final AuditTrail audit;
  private final PreReviewProperties properties;
  private final PublicAddress address;
  private final Clock clock;

  PreReviews(JdbcClient jdbc, Catalog catalog, WorkingDays workingDays, Casework casework,
      OrganizationApi organization, Notifications notifications, FileStore files, VirusScanner scanner,
      AuditTrail audit, PreReviewProperties properties, PublicAddress address, Clock clock) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.workingDays = workingDays;
    this.casework = casework;
    this.organization = organization;
    this.notifications = notifications;
    this.files = files;
    this.scanner = scanner;
    this.audit = audit;
    this.properties = properties;
    this.address = address;
    this.clock = clock;
  }

  public ServiceGuide guide(String serviceCode) {
    return catalog.guide(serviceCode)
        .orElseThrow(() -> new NotFoundException("prereview.service.notFound", serviceCode));
  }

  java.util.Optional<ServiceGuide> guideIfAny(String serviceCode) {
    return catalog.guide(serviceCode);
  }

  /** The fields the citizen fills in: the guide's (merged) form. */
  public List<FormField> formOf(String serviceCode) {
    return catalog.mergedForm(List.of(serviceCode)).fields().stream().map(f -> f.field()).toList();
  }

  // ---------------------------------------------------------------- citizen

  /** Takes a pre-application: checks the form and every file before anything is stored. */
  @Transactional
  public Submitted submit(Submission s) {
    ServiceGuide guide = guide(s.serviceCode());
    String name = s.name() == null ? "" : s.name().strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new BusinessRuleException("prereview.applicant.nameRequired");
    }
    String idNumber = s.idNumber() == null || s.idNumber().isBlank() ? null : s.idNumber().strip().toUpperCase();
    if (idNumber != null && !org.servicewindow.common.PartyIds.isResidentId(idNumber)) {
      throw new BusinessRuleException("prereview.applicant.idNumberInvalid");
    }
    List<Field> answers = new ArrayList<>();
    for (FormField f : formOf(guide.code())) {
      String v = s.fields().getOrDefault(f.key(), "");
      v = v == null ? "" : v.strip();
      if (f.required() && v.isEmpty()) {
        throw new BusinessRuleException("prereview.field.required", f.label());
      }
      if (v.length() > 2000) {
        throw new BusinessRuleException("prereview.field.tooLong", f.label());
      }
      answers.add(new Field(f.key(), f.label(), v));
    }
    List<Checked> checked = check(guide, s.uploads());
    Instant now = clock.instant();
    UUID id = Ids.newId(clock);
    String token = token();
    String number = "YS" + DateTimeFormatter.BASIC_ISO_DATE.format(ChinaTime.today(clock)) + "-"
        + HexFormat.of().formatHex(tokenBytes(3)).toUpperCase();
    jdbc.sql("INSERT INTO prereview (id, token_hash, number, service_code, service_name, guide_version, unit_code, "
            + "applicant_name, phone, id_number, status, submitted_at, review_due_at) VALUES (:id, :token, :number, "
            + ":service, :serviceName, :version, :unit, :name, :phone, :idNumber, 'SUBMITTED', :now, :due)")
        .param("id", id).param("token", sha256(token)).param("number", number).param("service", guide.code())
        .param("serviceName", guide.name()).param("version", guide.version()).param("unit", guide.unitCode())
        .param("name", name).param("phone", s.phone()).param("idNumber", idNumber)
        .param("now", SqlTime.param(now)).param("due", SqlTime.param(reviewDue(now)))
        .update();
    int position = 0;
    for (Field f : answers) {
      jdbc.sql("INSERT INTO prereview_field (prereview_id, position, field_key, label, field_value) "
              + "VALUES (:id, :pos, :key, :label, :value)")
          .param("id", id).param("pos", position++).param("key", f.key()).param("label", f.label())
          .param("value", f.value()).update();
    }
    store(id, checked, now);
    audit.recordAs("citizen", "prereview.submitted", "prereview", number);
    notifications.send(Notification.of(Channel.SMS, s.phone(), "prereview.received", "prereview:" + number, number,
        guide.name(), address.absolute("/prereview/s/" + token)));
    return new Submitted(id, number, token);
  }

  /** The pre-application a status link opens; an unknown or wrong secret looks like nothing at all. */
  public PreReview byToken(String token) {
    if (token == null || token.length() < 20 || token.length() > 64) {
      throw new NotFoundException("prereview.notFound");
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM prereview WHERE token_hash = :h").param("h", sha256(token))
        .query(PreReviews::row).optional().orElseThrow(() -> new NotFoundException("prereview.notFound"));
  }

  /** Files handed in after a notice; the review clock starts again. */
  @Transactional
  public PreReview supplement(String token, List<Upload> uploads) {
    PreReview p = byToken(token);
    if (p.status() != PreReviewStatus.NOTICE) {
      throw new ConflictException("prereview.supplement.notNow");
    }
    if (uploads.isEmpty()) {
      throw new BusinessRuleException("prereview.file.noneGiven");
    }
    ServiceGuide guide = catalog.guide(p.serviceCode(), p.guideVersion()).orElseGet(() -> guide(p.serviceCode()));
    List<Checked> checked = check(guide, uploads);
    Instant now = clock.instant();
    store(p.id(), checked, now);
    jdbc.sql("UPDATE prereview SET status = 'SUBMITTED', submitted_at = :now, review_due_at = :due, reminded = FALSE "
            + "WHERE id = :id AND status = 'NOTICE'")
        .param("now", SqlTime.param(now)).param("due", SqlTime.param(reviewDue(now))).param("id", p.id()).update();
    audit.recordAs("citizen", "prereview.supplemented", "prereview", p.number());
    return byToken(token);
  }

  // ---------------------------------------------------------------- unit

  /** The unit's pre-applications, oldest deadline first. */
  public Paged<PreReview> list(Actor actor, PreReviewStatus status, PageQuery page) {
    Handling h = handling(actor);
    String where = " WHERE (unit_code = :unit" + (h.services().isEmpty() ? "" : " OR service_code IN (:services)")
        + ")" + (status == null ? "" : " AND status = :status");
    var count = jdbc.sql("SELECT COUNT(*) FROM prereview" + where).param("unit", h.unit());
    var rows = jdbc.sql("SELECT " + COLUMNS + " FROM prereview" + where
            + " ORDER BY review_due_at, number LIMIT :limit OFFSET :offset")
        .param("unit", h.unit()).param("limit", page.size()).param("offset", page.offset());
    if (!h.services().isEmpty()) {
      count = count.param("services", h.services());
      rows = rows.param("services", h.services());
    }
    if (status != null) {
      count = count.param("status", status.name());
      rows = rows.param("status", status.name());
    }
    return page.result(rows.query(PreReviews::row).list(), count.query(Long.class).single());
  }

  /** One pre-application of the actor's unit (others answer as unknown); the look is audited. */
  public PreReview get(UUID id, Actor actor) {
    Handling h = handling(actor);
    PreReview p = jdbc.sql("SELECT " + COLUMNS + " FROM prereview WHERE id = :id").param("id", id)
        .query(PreReviews::row).optional()
        .filter(h::permits)
        .orElseThrow(() -> new NotFoundException("prereview.notFound"));
    audit.record("prereview.viewed", "prereview", p.number(), null, null);
    return p;
  }

  public List<Field> fields(UUID id) {
    return jdbc.sql("SELECT field_key, label, field_value FROM prereview_field WHERE prereview_id = :id ORDER BY position")
        .param("id", id).query((rs, i) -> new Field(rs.getString(1), rs.getString(2), rs.getString(3))).list();
  }

  public List<StoredFile> files(UUID id) {
    return jdbc.sql("SELECT id, material_code, original_name, stored_name, content_type, size_bytes, uploaded_at "
            + "FROM prereview_file WHERE prereview_id = :id ORDER BY uploaded_at, original_name")
        .param("id", id).query((rs, i) -> new StoredFile(rs.getObject("id", UUID.class), rs.getString("material_code"),
            rs.getString("original_name"), rs.getString("stored_name"), rs.getString("content_type"),
            rs.getLong("size_bytes"), SqlTime.instant(rs, "uploaded_at"))).list();
  }

  public List<Notice> notices(UUID id) {
    List<Notice> notices = jdbc.sql("SELECT id, issued_at, issued_by FROM prereview_notice WHERE prereview_id = :id "
            + "ORDER BY issued_at").param("id", id)
        .query((rs, i) -> new Notice(rs.getObject("id", UUID.class), SqlTime.instant(rs, "issued_at"),
            rs.getString("issued_by"), new ArrayList<>())).list();
    for (Notice n : notices) {
      n.items().addAll(jdbc.sql("SELECT material_code, material_name, reason FROM prereview_notice_item "
              + "WHERE notice_id = :id ORDER BY position").param("id", n.id())
          .query((rs, i) -> new NoticeItem(rs.getString(1), rs.getString(2), rs.getString(3))).list());
    }
    return notices;
  }

  /** The checklist the pre-application was made against. */
  public List<RequiredMaterial> checklist(PreReview p) {
    return catalog.guide(p.serviceCode(), p.guideVersion()).orElseGet(() -> guide(p.serviceCode()))
        .content().materials();
  }

  /** A file's content for the unit's staff; the download is audited. */
  public StoredFile file(UUID id, UUID fileId, Actor actor) {
    PreReview p = get(id, actor);
    StoredFile f = files(p.id()).stream().filter(x -> x.id().equals(fileId)).findFirst()
        .orElseThrow(() -> new NotFoundException("prereview.notFound"));
    audit.record("prereview.fileRead", "prereview", p.number(), null, Map.of("file", f.originalName()));
    return f;
  }

  public byte[] content(StoredFile f) {
    return files.read(f.storedName());
  }

  /**
   * Issues the one-time notice. Every required material without a file is named whether ticked or not; the
   * reviewer adds what is defective with a reason. A later notice may name only materials handed in after
   * the last notice or already named before — anything else should have been in the first one (409).
   */
  @Transactional
  public Notice issueNotice(UUID id, Map<String, String> defects, Actor actor) {
    requireWorker(actor);
    PreReview p = get(id, actor);
    if (p.status() != PreReviewStatus.SUBMITTED) {
      throw new ConflictException("prereview.review.notNow");
    }
    List<StoredFile> handedIn = files(id);
    List<Notice> earlier = notices(id);
    Instant lastNotice = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).issuedAt();
    Set<String> namedBefore = new LinkedHashSet<>();
    earlier.forEach(n -> n.items().forEach(i -> namedBefore.add(i.materialCode())));
    Map<String, NoticeItem> items = new LinkedHashMap<>();
    for (RequiredMaterial m : checklist(p)) {
      boolean hasFile = handedIn.stream().anyMatch(f -> f.materialCode().equals(m.code()));
      String reason = defects.get(m.code());
      if (m.required() && !hasFile) {
        items.put(m.code(), new NoticeItem(m.code(), m.name(), reason == null || reason.isBlank()
            ? "未提交" : reason.strip()));
      } else if (reason != null && !reason.isBlank()) {
        if (reason.length() > 500) {
          throw new BusinessRuleException("prereview.notice.reasonTooLong", m.name());
        }
        boolean newSinceLast = lastNotice == null || handedIn.stream()
            .anyMatch(f -> f.materialCode().equals(m.code()) && f.uploadedAt().isAfter(lastNotice));
        if (!newSinceLast && !namedBefore.contains(m.code())) {
          throw new ConflictException("prereview.notice.shouldHaveBeenNamed", m.name());
        }
        items.put(m.code(), new NoticeItem(m.code(), m.name(), reason.strip()));
      }
    }
    if (items.isEmpty()) {
      throw new BusinessRuleException("prereview.notice.empty");
    }
    Instant now = clock.instant();
    UUID noticeId = Ids.newId(clock);
    jdbc.sql("INSERT INTO prereview_notice (id, prereview_id, issued_at, issued_by) VALUES (:id, :p, :at, :by)")
        .param("id", noticeId).param("p", id).param("at", SqlTime.param(now)).param("by", actor.displayName())
        .update();
    int position = 0;
    for (NoticeItem item : items.values()) {
      jdbc.sql("INSERT INTO prereview_notice_item (notice_id, position, material_code, material_name, reason) "
              + "VALUES (:n, :pos, :code, :name, :reason)")
          .param("n", noticeId).param("pos", position++).param("code", item.materialCode())
          .param("name", item.materialName()).param("reason", item.reason()).update();
    }
    review(p, PreReviewStatus.NOTICE, actor, now);
    audit.record("prereview.notice", "prereview", p.number(), null,
        Map.of("items", items.keySet().stream().toList()));
    notifications.send(Notification.of(Channel.SMS, p.phone(), "prereview.notice", "prereview:" + p.number(),
        p.number(), p.serviceName(), items.size()));
    return new Notice(noticeId, now, actor.displayName(), List.copyOf(items.values()));
  }

  /** Answers "complete — book a visit"; refused while a required material has no file. */
  @Transactional
  public PreReview complete(UUID id, Actor actor) {
    requireWorker(actor);
    PreReview p = get(id, actor);
    if (p.status() != PreReviewStatus.SUBMITTED) {
      throw new ConflictException("prereview.review.notNow");
    }
    List<StoredFile> handedIn = files(id);
    for (RequiredMaterial m : checklist(p)) {
      if (m.required() && handedIn.stream().noneMatch(f -> f.materialCode().equals(m.code()))) {
        throw new ConflictException("prereview.complete.missing", m.name());
      }
    }
    review(p, PreReviewStatus.COMPLETE, actor, clock.instant());
    audit.record("prereview.complete", "prereview", p.number(), null, null);
    notifications.send(Notification.of(Channel.SMS, p.phone(), "prereview.complete", "prereview:" + p.number(),
        p.number(), p.serviceName()));
    return get(id, actor);
  }

  /**
   * At the visit: turns a complete pre-application into a casework application with the applicant and the
   * materials already known, through casework's published facade (same intake rules as at the window).
   */
  @Transactional
  public Casework.Received convert(UUID id, Actor actor) {
    PreReview p = get(id, actor);
    if (p.status() != PreReviewStatus.COMPLETE) {
      throw new ConflictException("prereview.convert.notNow");
    }
    List<String> materials = files(id).stream().map(StoredFile::materialCode).distinct().toList();
    Casework.Received received = casework.receivePrepared(new Casework.Intake(p.serviceCode(),
        new Applicant(p.applicantName(), p.phone(), p.idNumber(), null, null, null), materials, null, null), actor);
    int n = jdbc.sql("UPDATE prereview SET status = 'CONVERTED', application_id = :app, application_no = :no, "
            + "converted_at = :now WHERE id = :id AND status = 'COMPLETE'")
        .param("app", received.id()).param("no", received.number()).param("now", SqlTime.param(clock.instant()))
        .param("id", id).update();
    if (n != 1) {
      throw new ConflictException("prereview.convert.notNow");
    }
    audit.record("prereview.converted", "prereview", p.number(), null, Map.of("application", received.number()));
    return received;
  }

  /** Where the citizen books the visit: the hall of the unit that handles the item, or the hall list. */
  public String bookingPath(PreReview p) {
    return organization.halls().stream()
        .filter(h -> !organization.windowsHandling(h.code(), p.serviceCode()).isEmpty())
        .findFirst()
        .map(h -> "/appointments/halls/" + h.code() + "/services/" + p.serviceCode())
        .orElse("/appointments");
  }

  // ---------------------------------------------------------------- jobs

  /**
   * Reminds the unit of submissions whose review deadline is near. Each is claimed by a conditional update
   * first, so two nodes running at once remind once.
   */
  @Transactional
  public int remindDue() {
    Instant now = clock.instant();
    List<PreReview> nearDue = jdbc.sql("SELECT " + COLUMNS + " FROM prereview WHERE status = 'SUBMITTED' "
            + "AND reminded = FALSE AND review_due_at <= :until ORDER BY review_due_at")
        .param("until", SqlTime.param(now.plus(Duration.ofMinutes(properties.reminderMinutes()))))
        .query(PreReviews::row).list();
    int sent = 0;
    for (PreReview p : nearDue) {
      if (jdbc.sql("UPDATE prereview SET reminded = TRUE WHERE id = :id AND reminded = FALSE").param("id", p.id())
          .update() != 1) {
        continue;
      }
      String due = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChinaTime.ZONE).format(p.reviewDueAt());
      organization.unit(p.unitCode()).map(u -> u.contactPhone()).filter(Objects::nonNull).ifPresent(phone ->
          notifications.send(Notification.of(Channel.SMS, phone, "prereview.reminder", "prereview:" + p.number(),
              p.number(), p.serviceName(), due)));
      for (var staff : organization.activeStaffOf(p.unitCode())) {
        if (staff.username() != null) {
          notifications.send(Notification.of(Channel.WECHAT, staff.username(), "prereview.reminder",
              "prereview:" + p.number(), p.number(), p.serviceName(), due));
        }
      }
      sent++;
    }
    return sent;
  }

  /**
   * Deletes pre-applications (their files, answers and personal data) whose last activity is older than
   * the retention period. Deleting is idempotent, so nodes running it at the same time do no harm.
   */
  @Transactional
  public int purgeExpired() {
    Instant before = clock.instant().minus(Duration.ofDays(properties.retentionDays()));
    List<UUID> old = jdbc.sql("SELECT id FROM prereview WHERE COALESCE(converted_at, reviewed_at, submitted_at) < :before")
        .param("before", SqlTime.param(before)).query(UUID.class).list();
    int deleted = 0;
    for (UUID id : old) {
      List<StoredFile> stored = files(id);
      String number = jdbc.sql("SELECT number FROM prereview WHERE id = :id").param("id", id).query(String.class)
          .optional().orElse(null);
      if (jdbc.sql("DELETE FROM prereview WHERE id = :id").param("id", id).update() == 1) {
        stored.forEach(f -> files.delete(f.storedName()));
        audit.recordAs("system", "prereview.purged", "prereview", number);
        deleted++;
      }
    }
    return deleted;
  }

  // ---------------------------------------------------------------- helpers

  private record Checked(Upload upload, String shownName, FileChecks.Kind kind, byte[] content) {}

  private List<Checked> check(ServiceGuide guide, List<Upload> uploads) {
    Set<String> codes = new LinkedHashSet<>();
    guide.content().materials().forEach(m -> codes.add(m.code()));
    List<Checked> checked = new ArrayList<>();
    for (Upload u : uploads) {
      if (!codes.contains(u.materialCode())) {
        throw new BusinessRuleException("prereview.file.unknownMaterial", u.materialCode());
      }
      FileChecks.Kind kind = FileChecks.check(u.fileName(), u.content(), properties.maxFileBytes());
      String shown = FileChecks.safeName(u.fileName());
      byte[] content = kind == FileChecks.Kind.JPEG ? FileChecks.stripExif(u.content()) : u.content();
      if (!scanner.isClean(content, shown)) {
        throw new BusinessRuleException("prereview.file.infected", shown);
      }
      checked.add(new Checked(u, shown, kind, content));
    }
    if (checked.size() > 30) {
      throw new BusinessRuleException("prereview.file.tooMany");
    }
    return checked;
  }

  private void store(UUID id, List<Checked> checked, Instant now) {
    for (Checked c : checked) {
      UUID fileId = Ids.newId(clock);
      String storedName = fileId + c.kind().extension;
      files.write(storedName, c.content());
      jdbc.sql("INSERT INTO prereview_file (id, prereview_id, material_code, original_name, stored_name, content_type, "
              + "size_bytes, uploaded_at) VALUES (:id, :p, :code, :name, :stored, :type, :size, :at)")
          .param("id", fileId).param("p", id).param("code", c.upload().materialCode()).param("name", c.shownName())
          .param("stored", storedName).param("type", c.kind().contentType).param("size", (long) c.content().length)
          .param("at", SqlTime.param(now)).update();
    }
  }

  private void review(PreReview p, PreReviewStatus to, Actor actor, Instant now) {
    int n = jdbc.sql("UPDATE prereview SET status = :to, reviewed_at = :now, reviewer = :by "
            + "WHERE id = :id AND status = 'SUBMITTED'")
        .param("to", to.name()).param("now", SqlTime.param(now)).param("by", actor.displayName()).param("id", p.id())
        .update();
    if (n != 1) {
      throw new ConflictException("prereview.review.notNow");
    }
  }

  private Instant reviewDue(Instant from) {
    return workingDays.addWorkingMinutes(from, properties.reviewHours() * 60L, OpeningHours.STANDARD).instant();
  }

  /**
   * Who handles a pre-application: the unit that owns the item, and the windows assigned to handle it
   * (in a shared hall the centre's staff sit at windows that take other units' items).
   */
  private record Handling(String unit, List<String> services) {
    boolean permits(PreReview p) {
      return p.unitCode().equals(unit) || services.contains(p.serviceCode());
    }
  }

  private Handling handling(Actor actor) {
    if (actor == null || actor.roles().stream().noneMatch(UNIT_ROLES::contains)) {
      throw new NotFoundException("prereview.notFound");
    }
    // someone with neither a unit nor a window (a hall manager of a shared hall) handles nothing: an
    // empty list, and every single pre-application unknown
    List<String> services = actor.windowCode() == null ? List.of() : organization.servicesOf(actor.windowCode());
    return new Handling(actor.unitCode() == null ? "" : actor.unitCode(), services);
  }

  private static void requireWorker(Actor actor) {
    if (!(actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER) || actor.has(Role.UNIT_ADMIN))) {
      throw new ForbiddenException("prereview.review.readOnly");
    }
  }

  private static PreReview row(ResultSet rs, int i) throws SQLException {
    return new PreReview(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("service_code"),
        rs.getString("service_name"), rs.getInt("guide_version"), rs.getString("unit_code"),
        rs.getString("applicant_name"), rs.getString("phone"), rs.getString("id_number"),
        PreReviewStatus.valueOf(rs.getString("status")), SqlTime.instant(rs, "submitted_at"),
        SqlTime.instant(rs, "review_due_at"), SqlTime.instant(rs, "reviewed_at"), rs.getString("reviewer"),
        rs.getObject("application_id", UUID.class), rs.getString("application_no"));
  }

  private static byte[] tokenBytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  private static String token() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(tokenBytes(24));
  }

  public static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
