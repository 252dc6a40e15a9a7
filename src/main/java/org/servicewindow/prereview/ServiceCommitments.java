package org.servicewindow.prereview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ForbiddenException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.UnitSummary;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service commitments (服务承诺) of units and halls. A unit admin publishes those of their unit and of the
 * halls their unit runs; the system operator may publish any. Everyone can read them; supervision and
 * assessment ask {@link #of} to check what was promised.
 */
@Service
public class ServiceCommitments {

  /** What a unit admin types in. */
  public record Draft(String hours, String timeLimits, String attitude, String complaints, String complaintPhone,
      LocalDate signedOn, String signedBy) {}

  /** One unit or hall the actor may publish for. */
  public record Owner(String kind, String code, String name, String unitCode) {}

  private static final String COLUMNS = "owner_kind, owner_code, owner_name, unit_code, hours, time_limits, attitude, "
      + "complaints, complaint_phone, signed_on, signed_by, updated_at";

  private final JdbcClient jdbc;
  private final OrganizationApi organization;
  private final AuditTrail audit;
  private final Clock clock;

  ServiceCommitments(JdbcClient jdbc, OrganizationApi organization, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.organization = organization;
    this.audit = audit;
    this.clock = clock;
  }

  /** The current commitment of a unit ({@code UNIT}) or hall ({@code HALL}). */
  public Optional<ServiceCommitment> of(String ownerKind, String ownerCode) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM commitment WHERE owner_kind = :k AND owner_code = :c")
        .param("k", ownerKind).param("c", ownerCode).query(ServiceCommitments::row).optional();
  }

  /** All published commitments, units first, by name. */
  public Paged<ServiceCommitment> published(PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM commitment").query(Long.class).single();
    return page.result(jdbc.sql("SELECT " + COLUMNS + " FROM commitment ORDER BY owner_kind DESC, owner_name, owner_code "
            + "LIMIT :limit OFFSET :offset").param("limit", page.size()).param("offset", page.offset())
        .query(ServiceCommitments::row).list(), total);
  }

  /** The units and halls the actor may publish commitments for. */
  public List<Owner> ownersFor(Actor actor) {
    boolean all = actor.has(Role.SYSADMIN);
    if (!all && !(actor.has(Role.UNIT_ADMIN) && actor.unitCode() != null)) {
      return List.of();
    }
    List<Owner> owners = new java.util.ArrayList<>();
    for (UnitSummary u : organization.units()) {
      if (all || u.code().equals(actor.unitCode())) {
        owners.add(new Owner("UNIT", u.code(), u.name(), u.code()));
      }
    }
    for (HallSummary h : organization.halls()) {
      if (h.unitCode() != null && (all || h.unitCode().equals(actor.unitCode()))) {
        owners.add(new Owner("HALL", h.code(), h.name(), h.unitCode()));
      }
    }
    return owners;
  }

  /** Publishes (or replaces) the commitment of a unit or hall in the actor's scope. */
  @Transactional
  public ServiceCommitment publish(String kind, String code, Draft d, Actor actor) {
    Owner owner = ownersFor(actor).stream().filter(o -> o.kind().equals(kind) && o.code().equals(code)).findFirst()
        .orElseThrow(() -> actor.has(Role.UNIT_ADMIN) || actor.has(Role.SYSADMIN)
            ? new NotFoundException("commitment.owner.notFound") : new ForbiddenException("commitment.notAllowed"));
    require(d.hours(), "commitment.field.hours", 1000);
    require(d.timeLimits(), "commitment.field.timeLimits", 2000);
    require(d.attitude(), "commitment.field.attitude", 2000);
    require(d.complaints(), "commitment.field.complaints", 2000);
    require(d.complaintPhone(), "commitment.field.complaintPhone", 40);
    require(d.signedBy(), "commitment.field.signedBy", 100);
    if (d.signedOn() == null || d.signedOn().isAfter(ChinaTime.today(clock))) {
      throw new BusinessRuleException("commitment.signedOn.invalid");
    }
    Optional<ServiceCommitment> before = of(kind, code);
    var now = clock.instant();
    if (before.isPresent()) {
      jdbc.sql("UPDATE commitment SET owner_name = :name, hours = :hours, time_limits = :limits, attitude = :attitude, "
              + "complaints = :complaints, complaint_phone = :phone, signed_on = :signedOn, signed_by = :signedBy, "
              + "updated_at = :now, updated_by = :by WHERE owner_kind = :k AND owner_code = :c")
          .params(params(owner, d, now, actor)).update();
    } else {
      jdbc.sql("INSERT INTO commitment (id, owner_kind, owner_code, owner_name, unit_code, hours, time_limits, attitude, "
              + "complaints, complaint_phone, signed_on, signed_by, updated_at, updated_by) VALUES (:id, :k, :c, :name, "
              + ":unit, :hours, :limits, :attitude, :complaints, :phone, :signedOn, :signedBy, :now, :by)")
          .params(params(owner, d, now, actor)).param("id", Ids.newId(clock)).update();
    }
    ServiceCommitment after = of(kind, code).orElseThrow();
    audit.record("commitment.published", "commitment", kind + ":" + code, before.orElse(null), after);
    return after;
  }

  private static Map<String, Object> params(Owner o, Draft d, java.time.Instant now, Actor actor) {
    Map<String, Object> p = new java.util.HashMap<>();
    p.put("k", o.kind());
    p.put("c", o.code());
    p.put("name", o.name());
    p.put("unit", o.unitCode());
    p.put("hours", d.hours().strip());
    p.put("limits", d.timeLimits().strip());
    p.put("attitude", d.attitude().strip());
    p.put("complaints", d.complaints().strip());
    p.put("phone", d.complaintPhone().strip());
    p.put("signedOn", d.signedOn());
    p.put("signedBy", d.signedBy().strip());
    p.put("now", SqlTime.param(now));
    p.put("by", actor.displayName());
    return p;
  }

  private static void require(String value, String label, int max) {
    if (value == null || value.isBlank()) {
      throw new BusinessRuleException("commitment.required", new DefaultMessageSourceResolvable(label));
    }
    if (value.strip().length() > max) {
      throw new BusinessRuleException("commitment.tooLong", new DefaultMessageSourceResolvable(label), max);
    }
  }

  private static ServiceCommitment row(ResultSet rs, int i) throws SQLException {
    return new ServiceCommitment(rs.getString("owner_kind"), rs.getString("owner_code"), rs.getString("owner_name"),
        rs.getString("unit_code"), rs.getString("hours"), rs.getString("time_limits"), rs.getString("attitude"),
        rs.getString("complaints"), rs.getString("complaint_phone"), rs.getObject("signed_on", LocalDate.class),
        rs.getString("signed_by"), SqlTime.instant(rs, "updated_at"));
  }
}
