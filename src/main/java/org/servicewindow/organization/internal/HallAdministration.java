package org.servicewindow.organization.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.servicewindow.calendar.OpeningHours;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Halls and branch halls. The managing unit's admin (or the operator) opens and closes them; the hall
 * manager keeps their hall's address, hours and online ticketing current.
 */
@Service
public class HallAdministration {

  /** What an administrator enters for a hall. */
  public record HallDetails(
      String code,
      String name,
      String address,
      int floors,
      String parentCode,
      String openingHours,
      boolean onlineTicketing,
      String unitCode) {}

  static final int MAX_FLOORS = 60;

  private final Halls halls;
  private final Units units;
  private final AuditTrail audit;
  private final Clock clock;

  HallAdministration(Halls halls, Units units, AuditTrail audit, Clock clock) {
    this.halls = halls;
    this.units = units;
    this.audit = audit;
    this.clock = clock;
  }

  public Paged<Halls.Listing> search(Actor actor, String query, PageQuery page) {
    return halls.search(query, actor.scope(), page);
  }

  public Hall get(Actor actor, String code) {
    return halls.find(code, actor.scope()).orElseThrow(() -> new NotFoundException("org.hall.notFound", code));
  }

  /** The name of a hall's managing unit, shown to whoever may see the hall. */
  public String managingUnitName(Hall hall) {
    return units.find(hall.unitCode()).map(Unit::name).orElse(hall.unitCode());
  }

  public List<Hall> choices(Actor actor) {
    return halls.inScope(actor.scope());
  }

  /** Whether the actor may edit this hall (its managing unit's admin, its manager, the operator). */
  public static boolean mayEdit(Actor actor, Hall hall) {
    return Access.mayWrite(actor, hall.unitCode(), hall.code(), null);
  }

  @Transactional
  public Hall create(Actor actor, HallDetails d) {
    Access.requireUnitManager(actor);
    String code = d.code().trim();
    if (halls.exists(code)) {
      throw new ConflictException("org.hall.codeTaken", code);
    }
    Hall hall = build(code, d, clock.instant(), clock.instant());
    if (!Access.mayWrite(actor, hall.unitCode(), code, null)) {
      throw new BusinessRuleException("org.hall.outsideScope");
    }
    halls.insert(hall);
    audit.record("hall.created", "hall", code, null, auditView(hall));
    return hall;
  }

  @Transactional
  public Hall update(Actor actor, String code, HallDetails d) {
    Access.requireManager(actor);
    Hall before = editable(actor, code);
    Hall after = build(code, d, before.createdAt(), clock.instant());
    boolean managerOnly = !actor.has(Role.SYSADMIN) && !actor.has(Role.UNIT_ADMIN);
    if (managerOnly && (!Objects.equals(after.unitCode(), before.unitCode())
        || !Objects.equals(after.parentCode(), before.parentCode()))) {
      throw new BusinessRuleException("org.hall.managerCannotMove");
    }
    if (!Access.mayWrite(actor, after.unitCode(), code, null)) {
      throw new BusinessRuleException("org.hall.outsideScope");
    }
    halls.update(after);
    audit.record("hall.updated", "hall", code, auditView(before), auditView(after));
    return after;
  }

  @Transactional
  public void delete(Actor actor, String code) {
    Access.requireUnitManager(actor);
    Hall before = editable(actor, code);
    if (halls.isReferenced(code)) {
      throw new ConflictException("org.hall.inUse", before.name());
    }
    halls.delete(code);
    audit.record("hall.deleted", "hall", code, auditView(before), null);
  }

  private Hall editable(Actor actor, String code) {
    Hall hall = get(actor, code);
    if (!mayEdit(actor, hall)) {
      throw new AccessDeniedException("hall outside the actor's write scope");
    }
    return hall;
  }

  private Hall build(String code, HallDetails d, Instant createdAt, Instant updatedAt) {
    if (d.floors() < 1 || d.floors() > MAX_FLOORS) {
      throw new BusinessRuleException("org.hall.floorsRange", 1, MAX_FLOORS);
    }
    String unit = Sql.blankToNull(d.unitCode());
    if (unit == null || !units.exists(unit)) {
      throw new BusinessRuleException("org.unit.unknown", String.valueOf(unit));
    }
    String parent = Sql.blankToNull(d.parentCode());
    if (parent != null) {
      Hall main = halls.find(parent).orElseThrow(() -> new BusinessRuleException("org.hall.parentUnknown", parent));
      if (parent.equals(code) || main.isBranch()) {
        throw new BusinessRuleException("org.hall.parentIsBranch", parent);
      }
    }
    OpeningHours hours = OpeningHours.parse(d.openingHours());
    return new Hall(code, d.name().trim(), Sql.blankToNull(d.address()), d.floors(), parent, hours,
        d.onlineTicketing(), unit, createdAt, updatedAt);
  }

  /** Opening hours as text in the log, not as a nested map. */
  static java.util.Map<String, Object> auditView(Hall h) {
    java.util.Map<String, Object> view = new java.util.LinkedHashMap<>();
    view.put("code", h.code());
    view.put("name", h.name());
    view.put("address", h.address());
    view.put("floors", h.floors());
    view.put("parentCode", h.parentCode());
    view.put("openingHours", OpeningHoursText.compact(h.openingHours()));
    view.put("onlineTicketing", h.onlineTicketing());
    view.put("unitCode", h.unitCode());
    return view;
  }
}
