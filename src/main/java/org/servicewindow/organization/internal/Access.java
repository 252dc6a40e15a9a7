package org.servicewindow.organization.internal;

import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change organization data: the platform operator everywhere, a unit admin inside their unit,
 * a hall manager inside their hall. Inspectors and leaders read their scope but never write; the URL
 * rules refuse their writes already, this is the second lock on the same door.
 */
public final class Access {

  private Access() {}

  public static boolean canManage(Actor actor) {
    return actor.has(Role.SYSADMIN) || actor.has(Role.UNIT_ADMIN) || actor.has(Role.HALL_MANAGER);
  }

  public static boolean canManageUnits(Actor actor) {
    return actor.has(Role.SYSADMIN) || actor.has(Role.UNIT_ADMIN);
  }

  static void requireManager(Actor actor) {
    if (!canManage(actor)) {
      throw new AccessDeniedException("read-only role");
    }
  }

  static void requireUnitManager(Actor actor) {
    if (!canManageUnits(actor)) {
      throw new AccessDeniedException("only the platform operator and unit admins manage units");
    }
  }

  /** Whether the actor may write a record owned by this unit, hall and window. */
  static boolean mayWrite(Actor actor, String unit, String hall, String window) {
    return canManage(actor) && actor.scope().permits(unit, hall, window);
  }
}
