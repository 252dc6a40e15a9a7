package org.servicewindow.organization.internal;

import org.servicewindow.identity.DataScope;

/**
 * The data scope of identity applied to this module's tables, one condition per table alias. Windows,
 * staff and posts carry their unit and hall, so {@link DataScope#sql} fits them directly; units and
 * halls are seen from a unit admin's or hall manager's side as well (a hall manager sees the units
 * staffing their hall, a unit admin the halls their unit works in, and its own sub-units).
 */
final class ScopeSql {

  private ScopeSql() {}

  /** Units, alias {@code u}. */
  static String units(DataScope scope) {
    return switch (scope.level()) {
      case ALL -> "1=1";
      case UNIT -> "(u.code = :scopeUnit OR u.parent_code = :scopeUnit)";
      case HALL -> "(u.code IN (SELECT sw.unit_code FROM org_window sw WHERE sw.hall_code = :scopeHall)"
          + " OR u.code IN (SELECT sh.unit_code FROM org_hall sh WHERE sh.code = :scopeHall))";
      default -> "1=0";
    };
  }

  /** Halls, alias {@code h}. */
  static String halls(DataScope scope) {
    return switch (scope.level()) {
      case ALL -> "1=1";
      case UNIT -> "(h.unit_code = :scopeUnit"
          + " OR h.code IN (SELECT sw.hall_code FROM org_window sw WHERE sw.unit_code = :scopeUnit))";
      case HALL -> "h.code = :scopeHall";
      default -> "1=0";
    };
  }

  /** Windows, alias {@code w}. */
  static String windows(DataScope scope) {
    return scope.sql("w.unit_code", "w.hall_code", "w.code");
  }

  /** Staff, alias {@code st}. */
  static String staff(DataScope scope) {
    return scope.sql("st.unit_code", "st.hall_code", null);
  }

  /** Backup posts, alias {@code p}. */
  static String posts(DataScope scope) {
    return scope.sql("p.unit_code", "p.hall_code", "p.window_code");
  }
}
