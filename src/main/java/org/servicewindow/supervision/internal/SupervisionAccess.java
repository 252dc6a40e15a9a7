package org.servicewindow.supervision.internal;

import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;

/** Who does what in supervision (product.md roles): readers see their scope, unit admins check their own unit, inspectors any. */
public final class SupervisionAccess {

  public static final String[] READERS = {"UNIT_ADMIN", "INSPECTOR", "LEADER", "SYSADMIN"};
  public static final String[] INSPECTORS = {"UNIT_ADMIN", "INSPECTOR"};

  private SupervisionAccess() {}

  public static boolean canInspect(Actor actor) {
    return actor.has(Role.INSPECTOR) || (actor.has(Role.UNIT_ADMIN) && actor.unitCode() != null);
  }

  /** The re-check belongs to whoever may raise orders of that kind: the unit for daily checks, the office otherwise. */
  public static boolean canRecheck(Actor actor, RectificationOrder order) {
    return actor.has(Role.INSPECTOR)
        || (!order.inspectionKind().byInspector() && actor.has(Role.UNIT_ADMIN)
            && order.unitCode().equals(actor.unitCode()));
  }

  public static boolean canSubmitEvidence(Actor actor, RectificationOrder order) {
    return actor.has(Role.UNIT_ADMIN) && order.unitCode().equals(actor.unitCode());
  }
}
