package org.servicewindow.identity;

import java.util.Map;
import java.util.Objects;

/**
 * The slice of business data an actor may see, per product.md's role table: city-wide, one unit, one
 * hall, one window, or nothing. Modules apply it inside their queries ({@link #sql}) and to single
 * records ({@link #permits}), so a department admin never sees another department's rows.
 */
public record DataScope(Level level, String unitCode, String hallCode, String windowCode) {

  public enum Level {
    ALL,
    UNIT,
    HALL,
    WINDOW,
    NONE
  }

  public static final DataScope ALL = new DataScope(Level.ALL, null, null, null);
  public static final DataScope NONE = new DataScope(Level.NONE, null, null, null);

  public static DataScope of(Actor actor) {
    if (actor == null) {
      return NONE;
    }
    if (actor.has(Role.SYSADMIN) || actor.has(Role.INSPECTOR)) {
      return ALL;
    }
    if (actor.has(Role.LEADER)) {
      return actor.unitCode() == null ? ALL : unit(actor.unitCode());
    }
    if ((actor.has(Role.UNIT_ADMIN) || actor.has(Role.ENFORCEMENT_OFFICER) || actor.has(Role.LEGAL_REVIEWER))
        && actor.unitCode() != null) {
      return unit(actor.unitCode());
    }
    if (actor.hallCode() != null
        && (actor.has(Role.HALL_MANAGER)
            || actor.has(Role.DEVICE_KIOSK)
            || actor.has(Role.DEVICE_BOARD))) {
      return new DataScope(Level.HALL, null, actor.hallCode(), null);
    }
    if (actor.windowCode() != null) {
      return new DataScope(Level.WINDOW, actor.unitCode(), actor.hallCode(), actor.windowCode());
    }
    return NONE;
  }

  public static DataScope unit(String unitCode) {
    return new DataScope(Level.UNIT, unitCode, null, null);
  }

  /** Whether a record owned by the given unit, hall and window lies inside this scope. */
  public boolean permits(String unit, String hall, String window) {
    return switch (level) {
      case ALL -> true;
      case UNIT -> Objects.equals(unitCode, unit);
      case HALL -> Objects.equals(hallCode, hall);
      case WINDOW -> Objects.equals(windowCode, window);
      case NONE -> false;
    };
  }

  /**
   * A SQL condition restricting rows to this scope, for columns named by the caller (null when the
   * table has no such column, which then matches nothing at that level). Parameters are named
   * {@code scopeUnit}, {@code scopeHall}, {@code scopeWindow}.
   */
  public String sql(String unitColumn, String hallColumn, String windowColumn) {
    return switch (level) {
      case ALL -> "1=1";
      case UNIT -> unitColumn == null ? "1=0" : unitColumn + " = :scopeUnit";
      case HALL -> hallColumn == null ? "1=0" : hallColumn + " = :scopeHall";
      case WINDOW -> windowColumn == null ? "1=0" : windowColumn + " = :scopeWindow";
      case NONE -> "1=0";
    };
  }

  /** The parameters of {@link #sql}. */
  public Map<String, Object> params() {
    return switch (level) {
      case UNIT -> Map.of("scopeUnit", unitCode);
      case HALL -> Map.of("scopeHall", hallCode);
      case WINDOW -> Map.of("scopeWindow", windowCode);
      default -> Map.of();
    };
  }
}
