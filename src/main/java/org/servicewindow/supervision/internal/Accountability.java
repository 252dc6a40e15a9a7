package org.servicewindow.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.Ids;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.DataScope;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 问责: what the supervision office decided against a unit or one of its staff because of a finding or an order —
 * 约谈, 通报批评, 责令整改, 取消评优资格. The records show on the unit's supervision record and the staff profile.
 */
@Service
public class Accountability {

  /** The measures named in issue 8 (问责: 约谈, 通报批评, 责令整改, 取消评优资格). */
  public enum Measure {
    TALK,
    CRITICISM,
    RECTIFICATION_ORDERED,
    HONOURS_WITHDRAWN
  }

  public record NewRecord(Measure measure, String staffNumber, LocalDate decidedOn, String reason) {}

  public record Record(UUID id, Measure measure, UUID findingId, UUID orderId, String unitCode, UUID staffId,
      String staffNumber, String staffName, LocalDate decidedOn, String reason, String decidedBy, Instant createdAt) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final OrganizationApi organization;
  private final Findings findings;
  private final Supervision supervision;

  Accountability(JdbcClient jdbc, AuditTrail audit, Clock clock, OrganizationApi organization, Findings findings,
      Supervision supervision) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.organization = organization;
    this.findings = findings;
    this.supervision = supervision;
  }

  @Transactional
  public Record onFinding(Actor actor, UUID findingId, NewRecord in) {
    Finding f = findings.finding(actor, findingId);
    return record(actor, f.id(), null, f.unitCode(), in);
  }

  @Transactional
  public Record onOrder(Actor actor, UUID orderId, NewRecord in) {
    RectificationOrder o = supervision.order(actor, orderId);
    return record(actor, o.findingId(), o.id(), o.unitCode(), in);
  }

  private Record record(Actor actor, UUID finding, UUID order, String unit, NewRecord in) {
    if (!actor.has(Role.INSPECTOR)) {
      throw new AccessDeniedException("accountability is decided by the supervision office");
    }
    if (in.measure() == null) {
      throw new BusinessRuleException("supervision.accountability.measureRequired");
    }
    if (unit == null) {
      throw new BusinessRuleException("supervision.accountability.unitUnknown");
    }
    String reason = Supervision.blankToNull(in.reason());
    if (reason == null || reason.length() > 1000) {
      throw new BusinessRuleException("supervision.accountability.reasonRequired");
    }
    LocalDate on = in.decidedOn() == null ? ChinaTime.today(clock) : in.decidedOn();
    if (on.isAfter(ChinaTime.today(clock))) {
      throw new BusinessRuleException("supervision.accountability.dateInFuture");
    }
    StaffSummary staff = null;
    if (Supervision.blankToNull(in.staffNumber()) != null) {
      staff = organization.staff(in.staffNumber().strip()).filter(s -> unit.equals(s.unitCode()))
          .orElseThrow(() -> new BusinessRuleException("supervision.inspection.staffUnknown"));
    }
    UUID id = Ids.newId(clock);
    jdbc.sql("""
            INSERT INTO supervision_accountability (id, kind, finding_id, order_id, unit_code, staff_id, staff_number,
                staff_name, decided_on, reason, decided_by, created_at)
            VALUES (:id, :kind, :finding, :order, :unit, :staffId, :staffNumber, :staffName, :on, :reason, :by, :at)
            """)
        .param("id", id).param("kind", in.measure().name()).param("finding", finding).param("order", order)
        .param("unit", unit).param("staffId", staff == null ? null : staff.id())
        .param("staffNumber", staff == null ? null : staff.staffNumber())
        .param("staffName", staff == null ? null : staff.name()).param("on", on).param("reason", reason)
        .param("by", actor.username()).param("at", SqlTime.param(clock.instant())).update();
    Record r = list(DataScope.ALL, " AND id = :id", Map.of("id", id), PageQuery.of(0, 1)).items().get(0);
    audit.record("supervision.accountabilityRecorded", "accountability", id, null, r);
    return r;
  }

  public List<Record> ofFinding(Actor actor, UUID findingId) {
    return list(DataScope.of(actor), " AND finding_id = :f", Map.of("f", findingId), PageQuery.of(0, 200)).items();
  }

  public List<Record> ofOrder(Actor actor, UUID orderId) {
    return list(DataScope.of(actor), " AND order_id = :o", Map.of("o", orderId), PageQuery.of(0, 200)).items();
  }

  public Paged<Record> ofUnit(Actor actor, String unitCode, PageQuery page) {
    return list(DataScope.of(actor), " AND unit_code = :u", Map.of("u", unitCode), page);
  }

  public Paged<Record> ofStaff(Actor actor, UUID staffId, PageQuery page) {
    return list(DataScope.of(actor), " AND staff_id = :s", Map.of("s", staffId), page);
  }

  private Paged<Record> list(DataScope scope, String condition, Map<String, Object> extra, PageQuery page) {
    var params = new LinkedHashMap<String, Object>(scope.params());
    params.putAll(extra);
    String where = " WHERE " + scope.sql("unit_code", null, null) + condition;
    long total = jdbc.sql("SELECT COUNT(*) FROM supervision_accountability" + where).params(params).query(Long.class)
        .single();
    List<Record> items = jdbc.sql("SELECT * FROM supervision_accountability" + where
            + " ORDER BY decided_on DESC, created_at DESC, id LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset()).query(Accountability::row).list();
    return page.result(items, total);
  }

  private static Record row(ResultSet rs, int n) throws SQLException {
    return new Record(rs.getObject("id", UUID.class), Measure.valueOf(rs.getString("kind")),
        rs.getObject("finding_id", UUID.class), rs.getObject("order_id", UUID.class), rs.getString("unit_code"),
        rs.getObject("staff_id", UUID.class), rs.getString("staff_number"), rs.getString("staff_name"),
        rs.getObject("decided_on", LocalDate.class), rs.getString("reason"), rs.getString("decided_by"),
        SqlTime.instant(rs, "created_at"));
  }
}
