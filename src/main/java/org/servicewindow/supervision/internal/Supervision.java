package org.servicewindow.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.calendar.WorkingDays;
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
import org.servicewindow.identity.Role;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.WindowSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections and the rectification orders raised from their failed items: record, list in the actor's data
 * scope, answer with evidence, re-check until closed. Deadlines count working days of the official calendar.
 */
@Service
public class Supervision {

  /** What an inspector enters: the target, the visit time, and a result for every checklist item. */
  public record NewInspection(InspectionKind kind, String unitCode, String hallCode, String windowCode,
      String staffNumber, Instant visitedAt, String note, List<Inspection.Result> results, Position position,
      List<PhotoUpload> photos, UUID planVisitId) {

    public NewInspection(InspectionKind kind, String unitCode, String hallCode, String windowCode, String staffNumber,
        Instant visitedAt, String note, List<Inspection.Result> results) {
      this(kind, unitCode, hallCode, windowCode, staffNumber, visitedAt, note, results, null, List.of(), null);
    }
  }

  /** Where the inspector's phone was during the visit (browser Geolocation), with its accuracy radius in metres. */
  public record Position(double latitude, double longitude, Double accuracyMeters, Instant at) {}

  /** A picture as uploaded, optionally for one checklist item (null: the visit as a whole). */
  public record PhotoUpload(String itemCode, String fileName, byte[] bytes) {}

  /** A stored (re-encoded) photo of an inspection. */
  public record Photo(UUID id, UUID inspectionId, String itemCode, String fileName, int width, int height,
      String uploadedBy, Instant uploadedAt) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final OrganizationApi organization;
  private final WorkingDays workingDays;
  private final int rectificationDays;
  private final InspectionPlans plans;
  private final Findings findings;
  private final org.servicewindow.notification.Notifications notifications;

  Supervision(JdbcClient jdbc, AuditTrail audit, Clock clock, OrganizationApi organization, WorkingDays workingDays,
      @Value("${sw.supervision.rectification-working-days:10}") int rectificationDays, InspectionPlans plans,
      Findings findings, org.servicewindow.notification.Notifications notifications) {
    this.plans = plans;
    this.findings = findings;
    this.notifications = notifications;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.organization = organization;
    this.workingDays = workingDays;
    this.rectificationDays = rectificationDays;
  }

  public List<ChecklistItem> checklist() {
    return jdbc.sql("SELECT * FROM supervision_checklist_item WHERE active ORDER BY sort_order, code")
        .query(Supervision::itemRow).list();
  }

  static ChecklistItem itemRow(ResultSet rs, int n) throws SQLException {
    return new ChecklistItem(rs.getString("code"), rs.getString("dimension"), rs.getInt("max_score"),
        rs.getString("label"), rs.getInt("revision"), rs.getBoolean("active"), rs.getInt("sort_order"));
  }

  public int rectificationDays() {
    return rectificationDays;
  }

  /** The deadline of an order issued on a date: that many working days later (调休 and holidays respected). */
  public LocalDate deadlineFrom(LocalDate issuedOn) {
    return workingDays.addWorkingDays(issuedOn, rectificationDays).date();
  }

  @Transactional
  public Inspection record(Actor actor, NewInspection in) {
    if (in.kind() == null) {
      throw new BusinessRuleException("supervision.inspection.kindRequired");
    }
    if (in.kind().byInspector() ? !actor.has(Role.INSPECTOR) : !actor.has(Role.UNIT_ADMIN)) {
      throw new BusinessRuleException("supervision.inspection.kindNotYours");
    }
    String unit = in.kind().byInspector() ? in.unitCode() : actor.unitCode();
    if (unit == null || organization.unit(unit).isEmpty()) {
      throw new BusinessRuleException("supervision.inspection.unitRequired");
    }
    HallSummary hall = in.hallCode() == null ? null : organization.hall(in.hallCode()).orElse(null);
    if (hall == null) {
      throw new BusinessRuleException("supervision.inspection.hallRequired");
    }
    String window = blankToNull(in.windowCode());
    if (window != null) {
      WindowSummary w = organization.window(window).orElse(null);
      if (w == null || !w.hallCode().equals(hall.code()) || !unit.equals(w.unitCode())) {
        throw new BusinessRuleException("supervision.inspection.windowMismatch");
      }
    }
    StaffSummary staff = null;
    if (blankToNull(in.staffNumber()) != null) {
      staff = organization.staff(in.staffNumber().strip()).filter(s -> unit.equals(s.unitCode()))
          .orElseThrow(() -> new BusinessRuleException("supervision.inspection.staffUnknown"));
    }
    Instant visitedAt = in.visitedAt() == null ? clock.instant() : in.visitedAt();
    if (visitedAt.isAfter(clock.instant().plusSeconds(300))) {
      throw new BusinessRuleException("supervision.inspection.visitInFuture");
    }
    Map<String, Inspection.Result> byCode = new LinkedHashMap<>();
    for (Inspection.Result r : in.results()) {
      byCode.put(r.itemCode(), r);
    }
    List<Inspection.Result> results = new ArrayList<>();
    Map<String, Integer> revisions = new java.util.HashMap<>();
    int score = 0;
    int max = 0;
    int failed = 0;
    for (ChecklistItem item : checklist()) {
      Inspection.Result r = byCode.get(item.code());
      if (r == null) {
        throw new BusinessRuleException("supervision.inspection.itemMissing", item.code());
      }
      int s = r.passed() ? item.maxScore() : Math.max(0, Math.min(r.score(), item.maxScore() - 1));
      String note = blankToNull(r.note());
      if (!r.passed() && note == null) {
        throw new BusinessRuleException("supervision.inspection.failNoteRequired", item.code());
      }
      results.add(new Inspection.Result(item.code(), r.passed(), s, note));
      revisions.put(item.code(), item.revision());
      score += s;
      max += item.maxScore();
      failed += r.passed() ? 0 : 1;
    }
    Position position = in.position();
    if (position != null && (Math.abs(position.latitude()) > 90 || Math.abs(position.longitude()) > 180
        || (position.accuracyMeters() != null && position.accuracyMeters() < 0)
        || (position.at() != null && position.at().isAfter(clock.instant().plusSeconds(300))))) {
      throw new BusinessRuleException("supervision.inspection.positionInvalid");
    }
    if (in.planVisitId() != null) {
      plans.checkVisit(actor, in.planVisitId(), in.kind(), unit);
    }
    Inspection inspection = new Inspection(Ids.newId(clock), in.kind(), unit, hall.code(), window,
        staff == null ? null : staff.id(), staff == null ? null : staff.name(), visitedAt, actor.username(),
        blankToNull(in.note()), score, max, failed, List.copyOf(results));
    jdbc.sql("""
            INSERT INTO supervision_inspection (id, kind, unit_code, hall_code, window_code, staff_id, staff_name,
                visited_at, inspector, note, score, max_score, failed_items, created_at, gps_latitude, gps_longitude,
                gps_accuracy_m, gps_at)
            VALUES (:id, :kind, :unit, :hall, :window, :staff, :staffName, :visitedAt, :inspector, :note, :score, :max,
                :failed, :createdAt, :lat, :lng, :accuracy, :gpsAt)
            """)
        .param("lat", position == null ? null : position.latitude())
        .param("lng", position == null ? null : position.longitude())
        .param("accuracy", position == null ? null : position.accuracyMeters())
        .param("gpsAt", position == null || position.at() == null ? null : SqlTime.param(position.at()))
        .param("id", inspection.id()).param("kind", in.kind().name()).param("unit", unit).param("hall", hall.code())
        .param("window", window).param("staff", inspection.staffId()).param("staffName", inspection.staffName())
        .param("visitedAt", SqlTime.param(visitedAt)).param("inspector", actor.username())
        .param("note", inspection.note()).param("score", score).param("max", max).param("failed", failed)
        .param("createdAt", SqlTime.param(clock.instant()))
        .update();
    for (Inspection.Result r : results) {
      jdbc.sql("""
              INSERT INTO supervision_inspection_item (inspection_id, item_code, passed, score, note, item_revision)
              VALUES (:id, :item, :passed, :score, :note, :revision)
              """)
          .param("revision", revisions.get(r.itemCode()))
          .param("id", inspection.id()).param("item", r.itemCode()).param("passed", r.passed())
          .param("score", r.score()).param("note", r.note()).update();
    }
    audit.record("supervision.inspectionRecorded", "inspection", inspection.id(), null, inspection);
    if (in.planVisitId() != null) {
      plans.visited(in.planVisitId(), inspection.id());
    }
    for (PhotoUpload photo : in.photos() == null ? List.<PhotoUpload>of() : in.photos()) {
      storePhoto(actor, inspection.id(), photo);
    }
    LocalDate today = ChinaTime.today(clock);
    for (Inspection.Result r : results) {
      if (!r.passed()) {
        issue(actor, inspection, r, today);
      }
    }
    return inspection;
  }

  private void issue(Actor actor, Inspection inspection, Inspection.Result finding, LocalDate today) {
    UUID id = Ids.newId(clock);
    LocalDate deadline = deadlineFrom(today);
    jdbc.sql("""
            INSERT INTO supervision_order (id, inspection_id, item_code, inspection_kind, unit_code, hall_code,
                window_code, problem, status, issued_on, deadline, issued_by, created_at)
            VALUES (:id, :inspection, :item, :kind, :unit, :hall, :window, :problem, 'ISSUED', :issuedOn, :deadline,
                :by, :at)
            """)
        .param("id", id).param("inspection", inspection.id()).param("item", finding.itemCode())
        .param("kind", inspection.kind().name()).param("unit", inspection.unitCode())
        .param("hall", inspection.hallCode()).param("window", inspection.windowCode())
        .param("problem", finding.note()).param("issuedOn", today).param("deadline", deadline)
        .param("by", actor.username()).param("at", SqlTime.param(clock.instant()))
        .update();
    event(id, actor, "ISSUED", finding.note());
    audit.record("supervision.orderIssued", "rectificationOrder", id, null,
        Map.of("inspection", inspection.id(), "item", finding.itemCode(), "unit", inspection.unitCode(),
            "deadline", deadline.toString()));
  }

  /** Adds photos to a recorded inspection: its recorder, or an inspector, within their scope. */
  @Transactional
  public List<Photo> addPhotos(Actor actor, UUID inspectionId, List<PhotoUpload> photos) {
    Inspection inspection = inspection(actor, inspectionId);
    if (!actor.has(Role.INSPECTOR) && !inspection.inspector().equals(actor.username())) {
      throw new AccessDeniedException("only the recorder or an inspector adds photos");
    }
    if (photos.isEmpty()) {
      throw new BusinessRuleException("supervision.photo.empty");
    }
    return photos.stream().map(p -> storePhoto(actor, inspectionId, p)).toList();
  }

  private Photo storePhoto(Actor actor, UUID inspectionId, PhotoUpload upload) {
    String item = blankToNull(upload.itemCode());
    if (item != null && checklistAll().stream().noneMatch(c -> c.code().equals(item))) {
      throw new BusinessRuleException("supervision.photo.itemUnknown");
    }
    InspectionPhotos.Processed processed = InspectionPhotos.process(upload.bytes());
    Photo photo = new Photo(Ids.newId(clock), inspectionId, item,
        org.servicewindow.common.UploadedFiles.cleanName(upload.fileName(), 200), processed.width(), processed.height(),
        actor.username(), clock.instant());
    jdbc.sql("""
            INSERT INTO supervision_photo (id, inspection_id, item_code, file_name, upload_sha256, width, height, content,
                thumbnail, uploaded_by, uploaded_at)
            VALUES (:id, :inspection, :item, :name, :sha, :w, :h, :content, :thumb, :by, :at)
            """)
        .param("id", photo.id()).param("inspection", inspectionId).param("item", item).param("name", photo.fileName())
        .param("sha", processed.sha256OfUpload()).param("w", photo.width()).param("h", photo.height())
        .param("content", processed.picture()).param("thumb", processed.thumbnail())
        .param("by", actor.username()).param("at", SqlTime.param(photo.uploadedAt())).update();
    audit.record("supervision.photoAdded", "inspection", inspectionId, null,
        Map.of("photo", photo.id(), "item", item == null ? "" : item, "sha256", processed.sha256OfUpload()));
    return photo;
  }

  public List<Photo> photos(Actor actor, UUID inspectionId) {
    inspection(actor, inspectionId);
    return jdbc.sql("""
            SELECT id, inspection_id, item_code, file_name, width, height, uploaded_by, uploaded_at
            FROM supervision_photo WHERE inspection_id = :id ORDER BY uploaded_at, id
            """)
        .param("id", inspectionId)
        .query((rs, n) -> new Photo(rs.getObject("id", UUID.class), rs.getObject("inspection_id", UUID.class),
            rs.getString("item_code"), rs.getString("file_name"), rs.getInt("width"), rs.getInt("height"),
            rs.getString("uploaded_by"), SqlTime.instant(rs, "uploaded_at")))
        .list();
  }

  /** The stored JPEG (or its thumbnail) of a photo, for a reader who may see its inspection. */
  public byte[] photoContent(Actor actor, UUID photoId, boolean thumbnail) {
    record Row(UUID inspection, byte[] bytes) {}
    Row row = jdbc.sql("SELECT inspection_id, " + (thumbnail ? "thumbnail" : "content")
            + " FROM supervision_photo WHERE id = :id")
        .param("id", photoId).query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getBytes(2))).optional()
        .orElseThrow(() -> new NotFoundException("supervision.photo.notFound"));
    inspection(actor, row.inspection());
    return row.bytes();
  }

  /** The recorded position of the visit, if the phone gave one. */
  public java.util.Optional<Position> position(Actor actor, UUID inspectionId) {
    inspection(actor, inspectionId);
    return jdbc.sql("""
            SELECT gps_latitude, gps_longitude, gps_accuracy_m, gps_at FROM supervision_inspection
            WHERE id = :id AND gps_latitude IS NOT NULL
            """)
        .param("id", inspectionId)
        .query((rs, n) -> new Position(rs.getDouble(1), rs.getDouble(2), (Double) rs.getObject(3, Double.class),
            SqlTime.instant(rs, "gps_at")))
        .optional();
  }

  /** Every checklist item ever defined, active or not (old inspections keep theirs). */
  public List<ChecklistItem> checklistAll() {
    return jdbc.sql("SELECT * FROM supervision_checklist_item ORDER BY sort_order, code").query(Supervision::itemRow)
        .list();
  }

  /**
   * The labels an inspection was recorded with: the item's label at the revision the inspection used (null where
   * the bundle's text applies).
   */
  public Map<String, String> labelsOf(UUID inspectionId) {
    Map<String, String> labels = new java.util.HashMap<>();
    jdbc.sql("""
            SELECT r.item_code, v.label FROM supervision_inspection_item r
            LEFT JOIN supervision_checklist_revision v ON v.code = r.item_code AND v.revision = COALESCE(r.item_revision, 1)
            WHERE r.inspection_id = :id
            """)
        .param("id", inspectionId).query(rs -> {
          labels.put(rs.getString(1), rs.getString(2));
        });
    return labels;
  }

  private void event(UUID orderId, Actor actor, String kind, String note) {
    event(orderId, actor.username(), kind, note);
  }

  private void event(UUID orderId, String actor, String kind, String note) {
    jdbc.sql("INSERT INTO supervision_order_event (order_id, at, actor, kind, note) VALUES (:o, :at, :actor, :kind, :note)")
        .param("o", orderId).param("at", SqlTime.param(clock.instant())).param("actor", actor)
        .param("kind", kind).param("note", note).update();
  }

  public Inspection inspection(Actor actor, UUID id) {
    Inspection i = jdbc.sql("SELECT * FROM supervision_inspection WHERE id = :id").param("id", id)
        .query((rs, n) -> inspectionRow(rs, List.of())).optional()
        .filter(x -> DataScope.of(actor).permits(x.unitCode(), null, null))
        .orElseThrow(() -> new NotFoundException("supervision.inspection.notFound"));
    List<Inspection.Result> results = jdbc.sql("""
            SELECT r.* FROM supervision_inspection_item r JOIN supervision_checklist_item c ON c.code = r.item_code
            WHERE r.inspection_id = :id ORDER BY c.sort_order
            """)
        .param("id", id)
        .query((rs, n) -> new Inspection.Result(rs.getString("item_code"), rs.getBoolean("passed"), rs.getInt("score"),
            rs.getString("note")))
        .list();
    return new Inspection(i.id(), i.kind(), i.unitCode(), i.hallCode(), i.windowCode(), i.staffId(), i.staffName(),
        i.visitedAt(), i.inspector(), i.note(), i.score(), i.maxScore(), i.failedItems(), results);
  }

  public Paged<Inspection> inspections(Actor actor, InspectionKind kind, PageQuery page) {
    DataScope scope = DataScope.of(actor);
    var params = new LinkedHashMap<String, Object>(scope.params());
    String where = " WHERE " + scope.sql("unit_code", null, null);
    if (kind != null) {
      where += " AND kind = :kind";
      params.put("kind", kind.name());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM supervision_inspection" + where).params(params).query(Long.class).single();
    List<Inspection> items = jdbc.sql("SELECT * FROM supervision_inspection" + where
            + " ORDER BY visited_at DESC, id LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> inspectionRow(rs, List.of())).list();
    return page.result(items, total);
  }

  /** What an inspector enters to turn an automatic finding into an order: the addressee and the problem. */
  public record NewOrder(String unitCode, String hallCode, String windowCode, String staffNumber, String problem) {}

  /**
   * 限期整改 from an automatic finding, addressed to a unit, optionally narrowed to one of its windows or staff; the
   * office re-checks it (it is recorded as a special inspection's order).
   */
  @Transactional
  public RectificationOrder issueFromFinding(Actor actor, UUID findingId, NewOrder in) {
    if (!actor.has(Role.INSPECTOR)) {
      throw new AccessDeniedException("orders from findings are the office's");
    }
    Finding finding = findings.finding(actor, findingId);
    String unit = blankToNull(in.unitCode());
    if (unit == null || organization.unit(unit).isEmpty()) {
      throw new BusinessRuleException("supervision.inspection.unitRequired");
    }
    HallSummary hall = in.hallCode() == null ? null : organization.hall(in.hallCode()).orElse(null);
    if (hall == null) {
      throw new BusinessRuleException("supervision.inspection.hallRequired");
    }
    String window = blankToNull(in.windowCode());
    if (window != null) {
      WindowSummary w = organization.window(window).orElse(null);
      if (w == null || !w.hallCode().equals(hall.code()) || !unit.equals(w.unitCode())) {
        throw new BusinessRuleException("supervision.inspection.windowMismatch");
      }
    }
    StaffSummary staff = null;
    if (blankToNull(in.staffNumber()) != null) {
      staff = organization.staff(in.staffNumber().strip()).filter(s -> unit.equals(s.unitCode()))
          .orElseThrow(() -> new BusinessRuleException("supervision.inspection.staffUnknown"));
    }
    String problem = blankToNull(in.problem());
    if (problem == null || problem.length() > 500) {
      throw new BusinessRuleException("supervision.order.problemRequired");
    }
    UUID id = Ids.newId(clock);
    LocalDate today = ChinaTime.today(clock);
    LocalDate deadline = deadlineFrom(today);
    jdbc.sql("""
            INSERT INTO supervision_order (id, inspection_id, item_code, inspection_kind, unit_code, hall_code,
                window_code, problem, status, issued_on, deadline, issued_by, created_at, finding_id, staff_number,
                staff_name)
            VALUES (:id, NULL, NULL, 'SPECIAL', :unit, :hall, :window, :problem, 'ISSUED', :issuedOn, :deadline, :by, :at,
                :finding, :staffNumber, :staffName)
            """)
        .param("id", id).param("unit", unit).param("hall", hall.code()).param("window", window)
        .param("problem", problem).param("issuedOn", today).param("deadline", deadline)
        .param("by", actor.username()).param("at", SqlTime.param(clock.instant())).param("finding", finding.id())
        .param("staffNumber", staff == null ? null : staff.staffNumber())
        .param("staffName", staff == null ? null : staff.name())
        .update();
    event(id, actor, "ISSUED", problem);
    audit.record("supervision.orderIssued", "rectificationOrder", id, null,
        Map.of("finding", finding.id(), "unit", unit, "deadline", deadline.toString()));
    return order(actor, id);
  }

  public List<RectificationOrder> ordersOfFinding(Actor actor, UUID findingId) {
    findings.finding(actor, findingId);
    DataScope scope = DataScope.of(actor);
    return jdbc.sql("SELECT * FROM supervision_order WHERE finding_id = :id ORDER BY created_at, id")
        .param("id", findingId).query(this::orderRow).stream()
        .filter(o -> scope.permits(o.unitCode(), null, null)).toList();
  }

  /**
   * Escalates every open order past its deadline once: a timeline entry, an SMS to the unit's contact (its leader's
   * office, per the unit record) and the escalated list for leaders. Returns how many were escalated.
   */
  @Transactional
  public int escalateOverdue() {
    LocalDate today = ChinaTime.today(clock);
    List<RectificationOrder> due = jdbc.sql("""
            SELECT * FROM supervision_order
            WHERE status <> 'CLOSED' AND deadline < :today AND escalated_at IS NULL ORDER BY deadline, id
            """)
        .param("today", today).query(this::orderRow).list();
    int escalated = 0;
    for (RectificationOrder o : due) {
      int changed = jdbc.sql("UPDATE supervision_order SET escalated_at = :at WHERE id = :id AND escalated_at IS NULL")
          .param("at", SqlTime.param(clock.instant())).param("id", o.id()).update();
      if (changed == 0) {
        continue;
      }
      var unit = organization.unit(o.unitCode()).orElse(null);
      String note = unit == null ? null : unit.contactPerson();
      event(o.id(), "system", "ESCALATED", note);
      if (unit != null && unit.contactPhone() != null && !unit.contactPhone().isBlank()) {
        notifications.send(org.servicewindow.notification.Notification.of(
            org.servicewindow.notification.Channel.SMS, unit.contactPhone(), "supervision.orderEscalated",
            "rectification-order:" + o.id(), unit.name(), o.problem() == null ? "" : o.problem(), o.deadline().toString()));
      }
      audit.record("supervision.orderEscalated", "rectificationOrder", o.id(), null,
          Map.of("unit", o.unitCode(), "deadline", o.deadline().toString()));
      escalated++;
    }
    return escalated;
  }

  public RectificationOrder order(Actor actor, UUID id) {
    return jdbc.sql("SELECT * FROM supervision_order WHERE id = :id").param("id", id)
        .query(this::orderRow).optional()
        .filter(o -> DataScope.of(actor).permits(o.unitCode(), null, null))
        .orElseThrow(() -> new NotFoundException("supervision.order.notFound"));
  }

  public List<RectificationOrder.Event> timeline(Actor actor, UUID id) {
    order(actor, id);
    return jdbc.sql("SELECT * FROM supervision_order_event WHERE order_id = :id ORDER BY id").param("id", id)
        .query((rs, n) -> new RectificationOrder.Event(SqlTime.instant(rs, "at"), rs.getString("actor"),
            rs.getString("kind"), rs.getString("note")))
        .list();
  }

  public List<RectificationOrder> ordersOf(Actor actor, UUID inspectionId) {
    inspection(actor, inspectionId);
    return jdbc.sql("SELECT * FROM supervision_order WHERE inspection_id = :id ORDER BY created_at, id")
        .param("id", inspectionId).query(this::orderRow).list();
  }

  /** Orders in the actor's scope; {@code overdueOnly} keeps the open ones past their deadline. */
  public Paged<RectificationOrder> orders(Actor actor, OrderStatus status, boolean overdueOnly, PageQuery page) {
    return orders(actor, status, overdueOnly, false, page);
  }

  public Paged<RectificationOrder> orders(Actor actor, OrderStatus status, boolean overdueOnly, boolean escalatedOnly,
      PageQuery page) {
    DataScope scope = DataScope.of(actor);
    var params = new LinkedHashMap<String, Object>(scope.params());
    String where = " WHERE " + scope.sql("unit_code", null, null);
    if (status != null) {
      where += " AND status = :status";
      params.put("status", status.name());
    }
    if (overdueOnly) {
      where += " AND status <> 'CLOSED' AND deadline < :today";
      params.put("today", ChinaTime.today(clock));
    }
    if (escalatedOnly) {
      where += " AND escalated_at IS NOT NULL AND status <> 'CLOSED'";
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM supervision_order" + where).params(params).query(Long.class).single();
    List<RectificationOrder> items = jdbc.sql("SELECT * FROM supervision_order" + where
            + " ORDER BY CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END, deadline, id LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query(this::orderRow).list();
    return page.result(items, total);
  }

  @Transactional
  public RectificationOrder submitEvidence(Actor actor, UUID id, String evidence) {
    RectificationOrder before = lock(actor, id);
    if (!SupervisionAccess.canSubmitEvidence(actor, before)) {
      throw new AccessDeniedException("only the unit answers its orders");
    }
    if (!before.status().awaitsEvidence()) {
      throw new ConflictException("supervision.order.notAwaitingEvidence");
    }
    String text = blankToNull(evidence);
    if (text == null || text.length() > 2000) {
      throw new BusinessRuleException("supervision.order.evidenceRequired");
    }
    return change(actor, before, OrderStatus.SUBMITTED, "EVIDENCE", text, "supervision.evidenceSubmitted");
  }

  @Transactional
  public RectificationOrder recheck(Actor actor, UUID id, boolean passed, String note) {
    RectificationOrder before = lock(actor, id);
    if (!SupervisionAccess.canRecheck(actor, before)) {
      throw new AccessDeniedException("the re-check belongs to the issuing side");
    }
    if (before.status() != OrderStatus.SUBMITTED) {
      throw new ConflictException("supervision.order.notAwaitingRecheck");
    }
    String text = blankToNull(note);
    if (!passed && text == null) {
      throw new BusinessRuleException("supervision.order.recheckNoteRequired");
    }
    return passed
        ? change(actor, before, OrderStatus.CLOSED, "RECHECK_PASSED", text, "supervision.orderClosed")
        : change(actor, before, OrderStatus.RETURNED, "RECHECK_FAILED", text, "supervision.orderReturned");
  }

  private RectificationOrder lock(Actor actor, UUID id) {
    jdbc.sql("SELECT id FROM supervision_order WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).optional();
    return order(actor, id);
  }

  private RectificationOrder change(Actor actor, RectificationOrder before, OrderStatus status, String event,
      String note, String action) {
    jdbc.sql("UPDATE supervision_order SET status = :status, closed_at = :closed WHERE id = :id")
        .param("status", status.name())
        .param("closed", status == OrderStatus.CLOSED ? SqlTime.param(clock.instant()) : null)
        .param("id", before.id()).update();
    event(before.id(), actor, event, note);
    RectificationOrder after = order(actor, before.id());
    audit.record(action, "rectificationOrder", before.id(), before, after);
    return after;
  }

  private Inspection inspectionRow(ResultSet rs, List<Inspection.Result> results) throws SQLException {
    return new Inspection(rs.getObject("id", UUID.class), InspectionKind.valueOf(rs.getString("kind")),
        rs.getString("unit_code"), rs.getString("hall_code"), rs.getString("window_code"),
        rs.getObject("staff_id", UUID.class), rs.getString("staff_name"), SqlTime.instant(rs, "visited_at"),
        rs.getString("inspector"), rs.getString("note"), rs.getInt("score"), rs.getInt("max_score"),
        rs.getInt("failed_items"), results);
  }

  private RectificationOrder orderRow(ResultSet rs, int n) throws SQLException {
    OrderStatus status = OrderStatus.valueOf(rs.getString("status"));
    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
    return new RectificationOrder(rs.getObject("id", UUID.class), rs.getObject("inspection_id", UUID.class),
        rs.getString("item_code"), InspectionKind.valueOf(rs.getString("inspection_kind")), rs.getString("unit_code"),
        rs.getString("hall_code"), rs.getString("window_code"), rs.getString("problem"), status,
        rs.getObject("issued_on", LocalDate.class), deadline, rs.getString("issued_by"),
        SqlTime.instant(rs, "closed_at"), status != OrderStatus.CLOSED && deadline.isBefore(ChinaTime.today(clock)),
        rs.getObject("finding_id", UUID.class), rs.getString("staff_number"), rs.getString("staff_name"),
        SqlTime.instant(rs, "escalated_at"));
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
