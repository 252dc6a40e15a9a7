package org.servicewindow.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.servicewindow.identity.UserDirectory;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection plans: a unit plans its own 日常监管, the supervision office its 专项检查 and 明察暗访 across units. The
 * plan generates its visits (spread evenly over the period, on working days, assignees in turn); recording an
 * inspection for a visit closes it. A unit never sees an undercover plan — it would no longer be undercover.
 */
@Service
public class InspectionPlans {

  /** What the planner enters. */
  public record NewPlan(InspectionKind kind, String title, LocalDate from, LocalDate to, List<String> unitCodes,
      int visitsPerUnit, List<String> assignees, String note) {}

  public record Plan(UUID id, InspectionKind kind, String title, LocalDate from, LocalDate to, String ownerUnit,
      String note, String createdBy, int visits, int done) {}

  public record Visit(UUID id, UUID planId, String unitCode, LocalDate plannedOn, String assignee, UUID inspectionId,
      boolean overdue) {}

  static final int MAX_VISITS_PER_UNIT = 20;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final OrganizationApi organization;
  private final WorkingDays workingDays;
  private final UserDirectory users;

  InspectionPlans(JdbcClient jdbc, AuditTrail audit, Clock clock, OrganizationApi organization, WorkingDays workingDays,
      UserDirectory users) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.organization = organization;
    this.workingDays = workingDays;
    this.users = users;
  }

  @Transactional
  public Plan create(Actor actor, NewPlan in) {
    if (in.kind() == null) {
      throw new BusinessRuleException("supervision.inspection.kindRequired");
    }
    if (in.kind().byInspector() ? !actor.has(Role.INSPECTOR) : !actor.has(Role.UNIT_ADMIN)) {
      throw new BusinessRuleException("supervision.inspection.kindNotYours");
    }
    String title = Supervision.blankToNull(in.title());
    if (title == null || title.length() > 200) {
      throw new BusinessRuleException("supervision.plan.titleRequired");
    }
    if (in.from() == null || in.to() == null || in.to().isBefore(in.from())
        || ChronoUnit.DAYS.between(in.from(), in.to()) > 366) {
      throw new BusinessRuleException("supervision.plan.periodInvalid");
    }
    List<String> units = in.kind().byInspector()
        ? new ArrayList<>(new LinkedHashSet<>(in.unitCodes() == null ? List.of() : in.unitCodes()))
        : List.of(actor.unitCode());
    if (units.isEmpty() || units.stream().anyMatch(u -> u == null || organization.unit(u).isEmpty())) {
      throw new BusinessRuleException("supervision.plan.unitsRequired");
    }
    if (in.visitsPerUnit() < 1 || in.visitsPerUnit() > MAX_VISITS_PER_UNIT) {
      throw new BusinessRuleException("supervision.plan.visitsRange", MAX_VISITS_PER_UNIT);
    }
    List<String> assignees = new ArrayList<>();
    for (String a : in.assignees() == null ? List.<String>of() : in.assignees()) {
      String name = Supervision.blankToNull(a);
      if (name != null && !assignees.contains(name)) {
        var user = users.find(name).orElseThrow(() -> new BusinessRuleException("supervision.plan.assigneeUnknown", name));
        boolean fits = in.kind().byInspector() ? user.roles().contains(Role.INSPECTOR)
            : user.roles().contains(Role.UNIT_ADMIN) && actor.unitCode().equals(user.unitCode());
        if (!fits) {
          throw new BusinessRuleException("supervision.plan.assigneeUnfit", name);
        }
        assignees.add(name);
      }
    }
    if (assignees.isEmpty()) {
      assignees.add(actor.username());
    }
    UUID id = Ids.newId(clock);
    jdbc.sql("""
            INSERT INTO supervision_plan (id, kind, title, period_from, period_to, owner_unit, note, created_by, created_at)
            VALUES (:id, :kind, :title, :from, :to, :owner, :note, :by, :at)
            """)
        .param("id", id).param("kind", in.kind().name()).param("title", title).param("from", in.from())
        .param("to", in.to()).param("owner", in.kind().byInspector() ? null : actor.unitCode())
        .param("note", Supervision.blankToNull(in.note())).param("by", actor.username())
        .param("at", SqlTime.param(clock.instant())).update();
    int turn = 0;
    long days = ChronoUnit.DAYS.between(in.from(), in.to()) + 1;
    for (String unit : units) {
      for (int k = 0; k < in.visitsPerUnit(); k++) {
        // The middle of each of n equal slots of the period.
        LocalDate day = in.from().plusDays(days * k / in.visitsPerUnit() + days / (2L * in.visitsPerUnit()));
        day = onWorkingDay(day, in.to());
        jdbc.sql("""
                INSERT INTO supervision_plan_visit (id, plan_id, unit_code, planned_on, assignee)
                VALUES (:id, :plan, :unit, :day, :assignee)
                """)
            .param("id", Ids.newId(clock)).param("plan", id).param("unit", unit).param("day", day)
            .param("assignee", assignees.get(turn % assignees.size())).update();
        turn++;
      }
    }
    Plan plan = plan(actor, id);
    audit.record("supervision.planCreated", "inspectionPlan", id, null, Map.of("kind", in.kind().name(),
        "title", title, "units", units, "visits", plan.visits(), "assignees", assignees));
    return plan;
  }

  /** The first working day from {@code day} on, but never past the period's end (then the day itself). */
  private LocalDate onWorkingDay(LocalDate day, LocalDate last) {
    LocalDate d = day.isAfter(last) ? last : day;
    for (LocalDate x = d; !x.isAfter(last); x = x.plusDays(1)) {
      if (workingDays.isWorkingDay(x)) {
        return x;
      }
    }
    return d;
  }

  public Plan plan(Actor actor, UUID id) {
    return jdbc.sql(SELECT + " WHERE p.id = :id GROUP BY " + GROUP).param("id", id).query(InspectionPlans::planRow)
        .optional().filter(p -> visible(actor, p))
        .orElseThrow(() -> new NotFoundException("supervision.plan.notFound"));
  }

  private static final String SELECT = """
      SELECT p.id, p.kind, p.title, p.period_from, p.period_to, p.owner_unit, p.note, p.created_by,
          COUNT(v.id) AS visits, COUNT(v.inspection_id) AS done
      FROM supervision_plan p LEFT JOIN supervision_plan_visit v ON v.plan_id = p.id""";
  private static final String GROUP = "p.id, p.kind, p.title, p.period_from, p.period_to, p.owner_unit, p.note, p.created_by";

  /** A unit sees its own daily plans and the special inspections that visit it, never undercover visits. */
  private boolean visible(Actor actor, Plan p) {
    if (actor.has(Role.INSPECTOR) || actor.has(Role.SYSADMIN)) {
      return true;
    }
    DataScope scope = DataScope.of(actor);
    if (scope.level() == DataScope.Level.ALL) {
      return true;
    }
    if (p.kind() == InspectionKind.UNDERCOVER || actor.unitCode() == null) {
      return false;
    }
    return p.kind() == InspectionKind.DAILY ? actor.unitCode().equals(p.ownerUnit())
        : jdbc.sql("SELECT COUNT(*) FROM supervision_plan_visit WHERE plan_id = :p AND unit_code = :u")
            .param("p", p.id()).param("u", actor.unitCode()).query(Long.class).single() > 0;
  }

  public Paged<Plan> plans(Actor actor, PageQuery page) {
    var params = new LinkedHashMap<String, Object>();
    String where = "";
    DataScope scope = DataScope.of(actor);
    if (!actor.has(Role.INSPECTOR) && !actor.has(Role.SYSADMIN) && scope.level() != DataScope.Level.ALL) {
      where = " " + """
           WHERE p.kind <> 'UNDERCOVER' AND ((p.kind = 'DAILY' AND p.owner_unit = :unit) OR (p.kind = 'SPECIAL'
             AND EXISTS (SELECT 1 FROM supervision_plan_visit x WHERE x.plan_id = p.id AND x.unit_code = :unit)))""";
      params.put("unit", actor.unitCode() == null ? "" : actor.unitCode());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM supervision_plan p" + where).params(params).query(Long.class).single();
    List<Plan> items = jdbc.sql(SELECT + where + " GROUP BY " + GROUP
            + " ORDER BY p.period_from DESC, p.id LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query(InspectionPlans::planRow).list();
    return page.result(items, total);
  }

  public List<Visit> visits(Actor actor, UUID planId) {
    Plan plan = plan(actor, planId);
    DataScope scope = DataScope.of(actor);
    boolean all = actor.has(Role.INSPECTOR) || actor.has(Role.SYSADMIN) || plan.kind() == InspectionKind.DAILY;
    return jdbc.sql("SELECT * FROM supervision_plan_visit WHERE plan_id = :p ORDER BY planned_on, unit_code, id")
        .param("p", planId).query(this::visitRow).stream()
        .filter(v -> all || scope.permits(v.unitCode(), null, null)).toList();
  }

  public Visit visit(Actor actor, UUID visitId) {
    Visit v = jdbc.sql("SELECT * FROM supervision_plan_visit WHERE id = :id").param("id", visitId)
        .query(this::visitRow).optional().orElseThrow(() -> new NotFoundException("supervision.plan.notFound"));
    plan(actor, v.planId());
    return v;
  }

  /** Whether the actor may record the visit: its assignee, or for the office's plans any inspector. */
  public boolean mayRecord(Actor actor, Visit visit, InspectionKind kind) {
    return visit.inspectionId() == null && (actor.username().equals(visit.assignee())
        || (kind.byInspector() && actor.has(Role.INSPECTOR)));
  }

  void checkVisit(Actor actor, UUID visitId, InspectionKind kind, String unit) {
    jdbc.sql("SELECT id FROM supervision_plan_visit WHERE id = :id FOR UPDATE").param("id", visitId).query(UUID.class)
        .optional();
    Visit v = visit(actor, visitId);
    Plan plan = plan(actor, v.planId());
    if (v.inspectionId() != null) {
      throw new ConflictException("supervision.plan.visitDone");
    }
    if (plan.kind() != kind || !v.unitCode().equals(unit) || !mayRecord(actor, v, kind)) {
      throw new BusinessRuleException("supervision.plan.visitMismatch");
    }
  }

  void visited(UUID visitId, UUID inspectionId) {
    jdbc.sql("UPDATE supervision_plan_visit SET inspection_id = :i WHERE id = :id").param("i", inspectionId)
        .param("id", visitId).update();
    jdbc.sql("UPDATE supervision_inspection SET plan_visit_id = :v WHERE id = :i").param("v", visitId)
        .param("i", inspectionId).update();
  }

  private static Plan planRow(ResultSet rs, int n) throws SQLException {
    return new Plan(rs.getObject("id", UUID.class), InspectionKind.valueOf(rs.getString("kind")), rs.getString("title"),
        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
        rs.getString("owner_unit"), rs.getString("note"), rs.getString("created_by"), rs.getInt("visits"),
        rs.getInt("done"));
  }

  private Visit visitRow(ResultSet rs, int n) throws SQLException {
    UUID inspection = rs.getObject("inspection_id", UUID.class);
    LocalDate day = rs.getObject("planned_on", LocalDate.class);
    return new Visit(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getString("unit_code"), day,
        rs.getString("assignee"), inspection, inspection == null && day.isBefore(ChinaTime.today(clock)));
  }
}
