package org.servicewindow.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.training.Topic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training plans and their sessions, attendance (QR sign-in or marked by the organizer, absences and
 * make-ups) and session materials. Organizers write their own unit's records; readers see their scope.
 */
@Service
public class PlanAdministration {

  private static final SecureRandom RANDOM = new SecureRandom();

  public record PlanDetails(int year, String title, int requiredHours, String description) {}

  public record SessionDetails(
      Topic topic, String title, Instant startsAt, Instant endsAt, boolean online, String place, String trainer) {}

  public record PlanListing(Plan plan, String unitName, int sessions) {}

  /** A staff member expected at a session, with what was recorded for them (null: nothing yet). */
  public record RosterLine(UUID staffId, String staffNumber, String name, String post, Attendance attendance) {}

  /** A staff member's hours in a plan's year against the required hours. */
  public record StaffHours(UUID staffId, String staffNumber, String name, BigDecimal hours, int requiredHours) {
    public boolean met() {
      return hours.compareTo(BigDecimal.valueOf(requiredHours)) >= 0;
    }

    public int percent() {
      return requiredHours == 0 ? 100 : Math.min(100, hours.multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(requiredHours), 0, RoundingMode.DOWN).intValue());
    }
  }

  /** A session as a participant sees it, with their own attendance. */
  public record MySession(TrainingSession session, Attendance attendance, List<Material> materials) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final Participants participants;

  PlanAdministration(JdbcClient jdbc, AuditTrail audit, Clock clock, Participants participants) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.participants = participants;
  }

  public String unitName(String unitCode) {
    return participants.unitName(unitCode);
  }

  public Paged<PlanListing> plans(Actor actor, Integer year, PageQuery page) {
    DataScope scope = DataScope.of(actor);
    String where = " WHERE " + scope.sql("p.unit_code", null, null) + (year == null ? "" : " AND p.plan_year = :year");
    var params = new LinkedHashMap<String, Object>(scope.params());
    if (year != null) {
      params.put("year", year);
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM training_plan p" + where).params(params).query(Long.class).single();
    List<PlanListing> items = jdbc.sql("SELECT p.*, (SELECT COUNT(*) FROM training_session s WHERE s.plan_id = p.id)"
            + " AS sessions FROM training_plan p" + where
            + " ORDER BY p.plan_year DESC, p.unit_code LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> new PlanListing(TrainingRows.plan(rs, n), participants.unitName(rs.getString("unit_code")),
            rs.getInt("sessions")))
        .list();
    return page.result(items, total);
  }

  @Transactional
  public Plan createPlan(Actor actor, PlanDetails d) {
    String unit = TrainingAccess.organizerUnit(actor);
    if (d.year() < 2000 || d.year() > 2100) {
      throw new BusinessRuleException("training.plan.yearInvalid");
    }
    if (findPlan(unit, d.year()).isPresent()) {
      throw new ConflictException("training.plan.exists", d.year());
    }
    Plan plan = new Plan(Ids.newId(clock), unit, d.year(), d.title().strip(), d.requiredHours(),
        blankToNull(d.description()), clock.instant(), actor.username());
    insertPlan(plan);
    audit.record("training.planCreated", "trainingPlan", plan.id(), null, plan);
    return plan;
  }

  public void insertPlan(Plan plan) {
    jdbc.sql("""
            INSERT INTO training_plan (id, unit_code, plan_year, title, required_hours, description, created_at, created_by)
            VALUES (:id, :unit, :year, :title, :hours, :description, :at, :by)
            """)
        .param("id", plan.id()).param("unit", plan.unitCode()).param("year", plan.year())
        .param("title", plan.title()).param("hours", plan.requiredHours()).param("description", plan.description())
        .param("at", SqlTime.param(plan.createdAt())).param("by", plan.createdBy())
        .update();
  }

  public Optional<Plan> findPlan(String unitCode, int year) {
    return jdbc.sql("SELECT * FROM training_plan WHERE unit_code = :unit AND plan_year = :year")
        .param("unit", unitCode).param("year", year).query(TrainingRows::plan).optional();
  }

  public Plan plan(Actor actor, UUID id) {
    Plan plan = jdbc.sql("SELECT * FROM training_plan WHERE id = :id").param("id", id)
        .query(TrainingRows::plan).optional()
        .orElseThrow(() -> new NotFoundException("training.plan.notFound"));
    TrainingAccess.requireInScope(actor, plan.unitCode(), "training.plan.notFound");
    return plan;
  }

  public Paged<TrainingSession> sessionsOf(Plan plan, PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM training_session WHERE plan_id = :plan").param("plan", plan.id())
        .query(Long.class).single();
    List<TrainingSession> items = jdbc.sql("SELECT " + TrainingRows.SESSION_COLUMNS
            + " FROM training_session s WHERE s.plan_id = :plan ORDER BY s.starts_at DESC LIMIT :limit OFFSET :offset")
        .param("plan", plan.id()).param("limit", page.size()).param("offset", page.offset())
        .query(TrainingRows::session).list();
    return page.result(items, total);
  }

  /** Each active staff member of the plan's unit with their credited hours in the plan's year. */
  public List<StaffHours> progress(Plan plan) {
    Map<UUID, Integer> minutes = creditedMinutesByStaff(plan.unitCode(), plan.year());
    return participants.ofUnit(plan.unitCode()).stream()
        .map(s -> new StaffHours(s.id(), s.staffNumber(), s.name(), hours(minutes.getOrDefault(s.id(), 0)),
            plan.requiredHours()))
        .toList();
  }

  Map<UUID, Integer> creditedMinutesByStaff(String unitCode, int year) {
    Map<UUID, Integer> minutes = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT a.staff_id, SUM(a.credit_minutes) AS minutes FROM training_attendance a
            JOIN training_session s ON s.id = a.session_id
            WHERE s.unit_code = :unit AND s.starts_at >= :from AND s.starts_at < :to AND a.status <> 'ABSENT'
            GROUP BY a.staff_id
            """)
        .param("unit", unitCode).param("from", SqlTime.param(TrainingRows.yearStart(year)))
        .param("to", SqlTime.param(TrainingRows.yearEnd(year)))
        .query(rs -> {
          minutes.put(rs.getObject("staff_id", UUID.class), rs.getInt("minutes"));
        });
    return minutes;
  }

  static BigDecimal hours(int minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }

  @Transactional
  public TrainingSession createSession(Actor actor, UUID planId, SessionDetails d) {
    Plan plan = plan(actor, planId);
    TrainingAccess.requireOrganizerOf(actor, plan.unitCode(), "training.plan.notFound");
    if (!d.endsAt().isAfter(d.startsAt())) {
      throw new BusinessRuleException("training.session.endsBeforeStart");
    }
    if (TrainingRows.yearOf(d.startsAt()) != plan.year()) {
      throw new BusinessRuleException("training.session.outsidePlanYear", plan.year());
    }
    if (!d.online() && (d.place() == null || d.place().isBlank())) {
      throw new BusinessRuleException("training.session.placeRequired");
    }
    TrainingSession session = new TrainingSession(Ids.newId(clock), plan.id(), plan.unitCode(), d.topic(),
        d.title().strip(), d.startsAt(), d.endsAt(), d.online(), blankToNull(d.place()), d.trainer().strip(),
        newKey(), clock.instant(), actor.username());
    insertSession(session);
    audit.record("training.sessionCreated", "trainingSession", session.id(), null, auditView(session));
    return session;
  }

  public void insertSession(TrainingSession s) {
    jdbc.sql("""
            INSERT INTO training_session (id, plan_id, unit_code, topic, title, starts_at, ends_at, online, place, trainer,
                                          sign_in_key, created_at, created_by)
            VALUES (:id, :plan, :unit, :topic, :title, :starts, :ends, :online, :place, :trainer, :key, :at, :by)
            """)
        .param("id", s.id()).param("plan", s.planId()).param("unit", s.unitCode()).param("topic", s.topic().name())
        .param("title", s.title()).param("starts", SqlTime.param(s.startsAt()))
        .param("ends", SqlTime.param(s.endsAt())).param("online", s.online()).param("place", s.place())
        .param("trainer", s.trainer()).param("key", s.signInKey()).param("at", SqlTime.param(s.createdAt()))
        .param("by", s.createdBy())
        .update();
  }

  static String newKey() {
    byte[] key = new byte[24];
    RANDOM.nextBytes(key);
    return HexFormat.of().formatHex(key);
  }

  Optional<TrainingSession> findSession(UUID id) {
    return jdbc.sql("SELECT " + TrainingRows.SESSION_COLUMNS + " FROM training_session s WHERE s.id = :id")
        .param("id", id).query(TrainingRows::session).optional();
  }

  /** A session for a reader in scope (its organizer, a leader, an inspector). */
  public TrainingSession session(Actor actor, UUID id) {
    TrainingSession session = findSession(id).orElseThrow(() -> new NotFoundException("training.session.notFound"));
    TrainingAccess.requireInScope(actor, session.unitCode(), "training.session.notFound");
    return session;
  }

  /** A session for one of the staff it is meant for (their unit's sessions). */
  public TrainingSession sessionFor(StaffSummary staff, UUID id) {
    TrainingSession session = findSession(id).orElseThrow(() -> new NotFoundException("training.session.notFound"));
    if (!session.unitCode().equals(staff.unitCode()) && attendanceOf(id, staff.id()).isEmpty()) {
      throw new NotFoundException("training.session.notFound");
    }
    return session;
  }

  public List<RosterLine> roster(TrainingSession session) {
    Map<UUID, Attendance> recorded = new LinkedHashMap<>();
    attendanceOf(session.id()).forEach(a -> recorded.put(a.staffId(), a));
    List<RosterLine> lines = new java.util.ArrayList<>();
    for (StaffSummary s : participants.ofUnit(session.unitCode())) {
      lines.add(new RosterLine(s.id(), s.staffNumber(), s.name(), s.post(), recorded.remove(s.id())));
    }
    recorded.values().forEach(a -> lines.add(new RosterLine(a.staffId(), a.staffNumber(), a.staffName(), "", a)));
    return lines;
  }

  public List<Attendance> attendanceOf(UUID sessionId) {
    return jdbc.sql("SELECT * FROM training_attendance WHERE session_id = :id ORDER BY staff_number")
        .param("id", sessionId).query(TrainingRows::attendance).list();
  }

  Optional<Attendance> attendanceOf(UUID sessionId, UUID staffId) {
    return jdbc.sql("SELECT * FROM training_attendance WHERE session_id = :id AND staff_id = :staff")
        .param("id", sessionId).param("staff", staffId).query(TrainingRows::attendance).optional();
  }

  /**
   * The organizer marks a staff member present or absent (from the start), or records a make-up after an
   * absence once the session is over; a make-up needs a note saying how it was made up.
   */
  @Transactional
  public Attendance mark(Actor actor, UUID sessionId, UUID staffId, AttendanceStatus status, String note) {
    TrainingSession session = session(actor, sessionId);
    TrainingAccess.requireOrganizerOf(actor, session.unitCode(), "training.session.notFound");
    Instant now = clock.instant();
    Optional<Attendance> before = attendanceOf(sessionId, staffId);
    StaffSummary staff = participants.ofUnit(session.unitCode()).stream().filter(s -> s.id().equals(staffId))
        .findFirst().orElse(null);
    if (staff == null && before.isEmpty()) {
      throw new NotFoundException("training.staff.notFound");
    }
    if (!now.isAfter(session.startsAt().minus(SignInPolicy.EARLY))) {
      throw new BusinessRuleException("training.attendance.notStarted");
    }
    if (status == AttendanceStatus.MADE_UP) {
      if (!session.endedBy(now)) {
        throw new BusinessRuleException("training.attendance.makeUpBeforeEnd");
      }
      if (before.isPresent() && before.get().status() == AttendanceStatus.PRESENT) {
        throw new BusinessRuleException("training.attendance.makeUpWhenPresent");
      }
      if (note == null || note.isBlank()) {
        throw new BusinessRuleException("training.attendance.makeUpNoteRequired");
      }
    }
    Attendance after = new Attendance(sessionId, staffId,
        staff != null ? staff.staffNumber() : before.get().staffNumber(),
        staff != null ? staff.name() : before.get().staffName(), session.unitCode(), status, "ORGANIZER",
        status.credited() ? session.minutes() : 0, blankToNull(note), now, actor.username());
    save(after);
    audit.record("training.attendanceMarked", "trainingSession", sessionId, before.orElse(null), after);
    return after;
  }

  /** A staff member signs in by the session's QR code; signing in twice changes nothing. */
  @Transactional
  public Attendance signIn(Actor actor, UUID sessionId, String token) {
    StaffSummary staff = participants.of(actor);
    TrainingSession session = findSession(sessionId)
        .orElseThrow(() -> new NotFoundException("training.session.notFound"));
    new SignInPolicy(clock).check(session, token);
    if (!session.unitCode().equals(staff.unitCode())) {
      throw new BusinessRuleException("training.signIn.otherUnit");
    }
    Optional<Attendance> before = attendanceOf(sessionId, staff.id());
    if (before.isPresent() && before.get().status() == AttendanceStatus.PRESENT) {
      return before.get();
    }
    Attendance after = new Attendance(sessionId, staff.id(), staff.staffNumber(), staff.name(), session.unitCode(),
        AttendanceStatus.PRESENT, "QR", session.minutes(), null, clock.instant(), actor.username());
    save(after);
    audit.record("training.signedIn", "trainingSession", sessionId, before.orElse(null), after);
    return after;
  }

  public void save(Attendance a) {
    int updated = jdbc.sql("""
            UPDATE training_attendance SET status = :status, method = :method, credit_minutes = :minutes, note = :note,
                   recorded_at = :at, recorded_by = :by
            WHERE session_id = :session AND staff_id = :staff
            """)
        .params(attendanceParams(a)).update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO training_attendance (session_id, staff_id, staff_number, staff_name, unit_code, status, method,
                                               credit_minutes, note, recorded_at, recorded_by)
              VALUES (:session, :staff, :number, :name, :unit, :status, :method, :minutes, :note, :at, :by)
              """)
          .params(attendanceParams(a)).update();
    }
  }

  private static Map<String, Object> attendanceParams(Attendance a) {
    var p = new LinkedHashMap<String, Object>();
    p.put("session", a.sessionId());
    p.put("staff", a.staffId());
    p.put("number", a.staffNumber());
    p.put("name", a.staffName());
    p.put("unit", a.unitCode());
    p.put("status", a.status().name());
    p.put("method", a.method());
    p.put("minutes", a.creditMinutes());
    p.put("note", a.note());
    p.put("at", SqlTime.param(a.recordedAt()));
    p.put("by", a.recordedBy());
    return p;
  }

  @Transactional
  public Material addMaterial(Actor actor, UUID sessionId, String fileName, byte[] bytes) {
    TrainingSession session = session(actor, sessionId);
    TrainingAccess.requireOrganizerOf(actor, session.unitCode(), "training.session.notFound");
    if (bytes == null || bytes.length == 0) {
      throw new BusinessRuleException("training.material.empty");
    }
    if (bytes.length > MaterialUpload.MAX_BYTES) {
      throw new BusinessRuleException("training.material.tooLarge", MaterialUpload.MAX_BYTES / (1024 * 1024));
    }
    String name = MaterialUpload.cleanName(fileName);
    String type = MaterialUpload.contentType(bytes, name);
    if (type == null) {
      throw new BusinessRuleException("training.material.type");
    }
    Material m = new Material(Ids.newId(clock), sessionId, name, type, bytes.length, bytes, clock.instant(),
        actor.username());
    jdbc.sql("""
            INSERT INTO training_material (id, session_id, file_name, content_type, size_bytes, content, uploaded_at, uploaded_by)
            VALUES (:id, :session, :name, :type, :size, :content, :at, :by)
            """)
        .param("id", m.id()).param("session", sessionId).param("name", name).param("type", type)
        .param("size", bytes.length).param("content", bytes).param("at", SqlTime.param(m.uploadedAt()))
        .param("by", m.uploadedBy())
        .update();
    audit.record("training.materialAdded", "trainingSession", sessionId, null,
        Map.of("material", m.id(), "fileName", name, "contentType", type, "size", bytes.length));
    return m;
  }

  /** The materials of a session, without their content. */
  public List<Material> materials(UUID sessionId) {
    return jdbc.sql("""
            SELECT id, session_id, file_name, content_type, size_bytes, uploaded_at, uploaded_by FROM training_material
            WHERE session_id = :session ORDER BY uploaded_at
            """)
        .param("session", sessionId)
        .query((rs, n) -> new Material(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
            rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes"), null,
            SqlTime.instant(rs, "uploaded_at"), rs.getString("uploaded_by")))
        .list();
  }

  /** A material with its content, for a reader in scope or a staff member of the session's unit. */
  public Material material(Actor actor, UUID sessionId, UUID materialId) {
    TrainingSession session = findSession(sessionId)
        .orElseThrow(() -> new NotFoundException("training.material.notFound"));
    boolean reader = DataScope.of(actor).permits(session.unitCode(), null, null);
    boolean participant = !reader && actor.has(org.servicewindow.identity.Role.STAFF)
        && participants.of(actor).unitCode().equals(session.unitCode());
    if (!reader && !participant) {
      throw new NotFoundException("training.material.notFound");
    }
    return jdbc.sql("SELECT * FROM training_material WHERE id = :id AND session_id = :session")
        .param("id", materialId).param("session", sessionId)
        .query((rs, n) -> new Material(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
            rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes"), rs.getBytes("content"),
            SqlTime.instant(rs, "uploaded_at"), rs.getString("uploaded_by")))
        .optional()
        .orElseThrow(() -> new NotFoundException("training.material.notFound"));
  }

  /** The sessions of a staff member's unit, latest first, with their own attendance. */
  public Paged<MySession> sessionsFor(StaffSummary staff, PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM training_session WHERE unit_code = :unit")
        .param("unit", staff.unitCode()).query(Long.class).single();
    List<MySession> items = jdbc.sql("SELECT " + TrainingRows.SESSION_COLUMNS + """
             FROM training_session s
            WHERE s.unit_code = :unit ORDER BY s.starts_at DESC LIMIT :limit OFFSET :offset
            """)
        .param("unit", staff.unitCode()).param("limit", page.size())
        .param("offset", page.offset())
        .query(TrainingRows::session).list().stream()
        .map(s -> new MySession(s, attendanceOf(s.id(), staff.id()).orElse(null), materials(s.id())))
        .toList();
    return page.result(items, total);
  }

  static Map<String, Object> auditView(TrainingSession s) {
    var view = new LinkedHashMap<String, Object>();
    view.put("plan", s.planId());
    view.put("topic", s.topic());
    view.put("title", s.title());
    view.put("startsAt", s.startsAt());
    view.put("endsAt", s.endsAt());
    view.put("online", s.online());
    view.put("place", s.place());
    view.put("trainer", s.trainer());
    return view;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
