package org.servicewindow.training.internal;

import java.util.Arrays;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.DataScope;
import org.servicewindow.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in training: unit admins organize their own unit's training; leaders, inspectors and the
 * operator read within their scope; leaders decide nominations; staff take part. The URL rules refuse the
 * wrong roles already; this is the second lock, and the data scope on each record.
 */
public final class TrainingAccess {

  public static final String[] READERS = names(Role.UNIT_ADMIN, Role.LEADER, Role.INSPECTOR, Role.SYSADMIN);
  public static final String[] ORGANIZERS = names(Role.UNIT_ADMIN);
  public static final String[] DECIDERS = names(Role.LEADER);
  public static final String[] PUBLISHERS = names(Role.UNIT_ADMIN, Role.LEADER);
  public static final String[] PARTICIPANTS = names(Role.STAFF);

  private TrainingAccess() {}

  public static boolean canOrganize(Actor actor) {
    return actor.has(Role.UNIT_ADMIN) && actor.unitCode() != null;
  }

  public static boolean canDecide(Actor actor) {
    return actor.has(Role.LEADER);
  }

  /** The unit a new record of this organizer belongs to. */
  static String organizerUnit(Actor actor) {
    if (!canOrganize(actor)) {
      throw new AccessDeniedException("only a unit admin organizes training");
    }
    return actor.unitCode();
  }

  /** A record of another unit looks as if it did not exist. */
  static void requireInScope(Actor actor, String unitCode, String notFoundKey) {
    if (!DataScope.of(actor).permits(unitCode, null, null)) {
      throw new NotFoundException(notFoundKey);
    }
  }

  static void requireOrganizerOf(Actor actor, String unitCode, String notFoundKey) {
    requireInScope(actor, unitCode, notFoundKey);
    if (!canOrganize(actor)) {
      throw new AccessDeniedException("only a unit admin organizes training");
    }
  }

  private static String[] names(Role... roles) {
    return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
  }
}
