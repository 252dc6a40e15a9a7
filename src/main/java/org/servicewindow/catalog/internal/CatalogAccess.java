package org.servicewindow.catalog.internal;

import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;

/**
 * Who may do what with the catalog. A unit admin writes and reviews the guides of their own unit's items;
 * the platform operator keeps the city's list (any item, and the bundles, which cross units); a guide is
 * published only by someone who neither wrote nor submitted it (four eyes, see {@link GuideVersion}).
 * Inspectors and leaders read their scope. Hall managers and unit admins give windows their items, each
 * for the windows of their hall or unit.
 */
public final class CatalogAccess {

  private CatalogAccess() {}

  /** May edit, submit, review and send back guides of this unit's items. */
  public static boolean mayEdit(Actor actor, String unitCode) {
    return actor.has(Role.SYSADMIN) || (actor.has(Role.UNIT_ADMIN) && unitCode != null
        && unitCode.equals(actor.unitCode()));
  }

  public static boolean mayEditAny(Actor actor) {
    return actor.has(Role.SYSADMIN) || (actor.has(Role.UNIT_ADMIN) && actor.unitCode() != null);
  }

  public static boolean mayKeepBundles(Actor actor) {
    return actor.has(Role.SYSADMIN);
  }

  /** May give a window (of this unit, in this hall) its items. */
  public static boolean mayAssign(Actor actor, String unitCode, String hallCode, String windowCode) {
    boolean role = actor.has(Role.SYSADMIN) || actor.has(Role.UNIT_ADMIN) || actor.has(Role.HALL_MANAGER);
    return role && actor.scope().permits(unitCode, hallCode, windowCode);
  }
}
