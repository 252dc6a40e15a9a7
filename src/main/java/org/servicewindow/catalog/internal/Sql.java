package org.servicewindow.catalog.internal;

import java.util.Locale;

/** Small helpers for the hand-written queries of this module. */
final class Sql {

  private Sql() {}

  static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  /** A case-insensitive {@code LIKE} pattern for a search box, with the wildcards of the input escaped. */
  static String contains(String query) {
    String escaped = query.strip().toLowerCase(Locale.ROOT)
        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }

  static String blankToNull(String s) {
    return present(s) ? s.strip() : null;
  }
}
