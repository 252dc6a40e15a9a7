package org.servicewindow.organization.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.UnitSummary;
import org.servicewindow.organization.UnitType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units: the platform operator keeps the city's tree; a unit admin keeps their own unit's details and
 * its sub-units. Every change is audited with the state before and after.
 */
@Service
public class UnitAdministration {

  private final Units units;
  private final AuditTrail audit;
  private final Clock clock;

  UnitAdministration(Units units, AuditTrail audit, Clock clock) {
    this.units = units;
    this.audit = audit;
    this.clock = clock;
  }

  public Paged<Units.Listing> search(Actor actor, String query, UnitType type, PageQuery page) {
    return units.search(query, type, actor.scope(), page);
  }

  public Unit get(Actor actor, String code) {
    return units.find(code, actor.scope()).orElseThrow(() -> new NotFoundException("org.unit.notFound", code));
  }

  /** The units the actor may pick in a form (as parent, or as the unit of a hall, window or staff member). */
  public List<Unit> choices(Actor actor) {
    return units.inScope(actor.scope());
  }

  @Transactional
  public Unit create(Actor actor, UnitSummary d) {
    Access.requireUnitManager(actor);
    String code = d.code().trim();
    if (units.exists(code)) {
      throw new ConflictException("org.unit.codeTaken", code);
    }
    String parent = Sql.blankToNull(d.parentCode());
    checkParent(code, parent);
    if (!mayOwn(actor, code, parent)) {
      throw new BusinessRuleException("org.unit.outsideScope");
    }
    Instant now = clock.instant();
    Unit unit = new Unit(code, d.name().trim(), d.type(), parent, Sql.blankToNull(d.contactPerson()),
        Sql.blankToNull(d.contactPhone()), Sql.blankToNull(d.complaintPhone()), now, now);
    units.insert(unit);
    audit.record("unit.created", "unit", code, null, unit);
    return unit;
  }

  @Transactional
  public Unit update(Actor actor, String code, UnitSummary d) {
    Access.requireUnitManager(actor);
    Unit before = get(actor, code);
    String parent = Sql.blankToNull(d.parentCode());
    if (!Objects.equals(parent, before.parentCode()) && code.equals(actor.scope().unitCode())) {
      throw new BusinessRuleException("org.unit.parentLocked");
    }
    checkParent(code, parent);
    if (!mayOwn(actor, code, parent)) {
      throw new BusinessRuleException("org.unit.outsideScope");
    }
    Unit after = new Unit(code, d.name().trim(), d.type(), parent, Sql.blankToNull(d.contactPerson()),
        Sql.blankToNull(d.contactPhone()), Sql.blankToNull(d.complaintPhone()), before.createdAt(), clock.instant());
    units.update(after);
    audit.record("unit.updated", "unit", code, before, after);
    return after;
  }

  @Transactional
  public void delete(Actor actor, String code) {
    Access.requireUnitManager(actor);
    Unit before = get(actor, code);
    if (code.equals(actor.scope().unitCode())) {
      throw new BusinessRuleException("org.unit.outsideScope");
    }
    if (units.isReferenced(code)) {
      throw new ConflictException("org.unit.inUse", before.name());
    }
    units.delete(code);
    audit.record("unit.deleted", "unit", code, before, null);
  }

  /** A unit admin owns their unit and its direct sub-units; the operator owns all. */
  private static boolean mayOwn(Actor actor, String code, String parent) {
    DataScope scope = actor.scope();
    return switch (scope.level()) {
      case ALL -> true;
      case UNIT -> scope.unitCode().equals(code) || scope.unitCode().equals(parent);
      default -> false;
    };
  }

  private void checkParent(String code, String parent) {
    if (parent == null) {
      return;
    }
    if (parent.equals(code)) {
      throw new BusinessRuleException("org.unit.parentCycle");
    }
    Set<String> seen = new HashSet<>();
    String current = parent;
    while (current != null) {
      if (current.equals(code) || !seen.add(current)) {
        throw new BusinessRuleException("org.unit.parentCycle");
      }
      String next = current;
      current = units.find(next)
          .orElseThrow(() -> new BusinessRuleException("org.unit.parentUnknown", next))
          .parentCode();
    }
  }
}
