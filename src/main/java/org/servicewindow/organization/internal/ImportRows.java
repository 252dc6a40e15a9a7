package org.servicewindow.organization.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.servicewindow.organization.UnitSummary;
import org.servicewindow.organization.UnitType;

/**
 * Checks every row of an import file and reports every problem at once, each with its row number and
 * column, before anything is written: an import is all or nothing, and the user fixes the file in one go.
 * Pure rules over a {@link Lookup} of what already exists, so they are tested without a database.
 */
public final class ImportRows {

  /** What the rules need to know about stored data and the importer's scope. */
  public interface Lookup {

    boolean unitExists(String code);

    boolean hallExists(String code);

    /** Floors of a hall (0 if unknown). */
    int hallFloors(String code);

    /** The staffing unit and hall of a window, if it exists. */
    Optional<Window> window(String code);

    boolean windowNumberTaken(String hallCode, int number);

    boolean staffNumberTaken(String staffNumber);

    /** Whether a staff record already uses this login. */
    boolean usernameLinked(String username);

    /** Whether a login of that name exists. */
    boolean userExists(String username);

    /** Whether the importer may own a unit with this code and parent. */
    boolean mayOwnUnit(String code, String parent);

    /** Whether the importer may write a record of this unit, hall and window. */
    boolean mayWrite(String unit, String hall, String window);
  }

  /** The rows that passed (with their row numbers) and the problems of all others. */
  public record Checked<T>(List<Numbered<T>> rows, List<RowProblem> problems) {

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** A checked row and its spreadsheet row number. */
  public record Numbered<T>(int row, T value) {}

  static final Map<String, UnitType> TYPE_LABELS = Map.ofEntries(
      Map.entry("政府部门", UnitType.GOVERNMENT), Map.entry("公用事业", UnitType.PUBLIC_UTILITY),
      Map.entry("银行", UnitType.BANK), Map.entry("通信", UnitType.TELECOM), Map.entry("交通", UnitType.TRANSPORT),
      Map.entry("其他", UnitType.OTHER), Map.entry("government", UnitType.GOVERNMENT),
      Map.entry("public utility", UnitType.PUBLIC_UTILITY), Map.entry("bank", UnitType.BANK),
      Map.entry("telecom", UnitType.TELECOM), Map.entry("transport", UnitType.TRANSPORT),
      Map.entry("other", UnitType.OTHER));

  private ImportRows() {}

  /** Header problems (missing required columns), reported on row 1. */
  public static List<RowProblem> headerProblems(ImportKind kind, List<String> headers) {
    var columns = ImportColumns.of(kind);
    return ImportColumns.missing(columns, ImportColumns.indexes(columns, headers)).stream()
        .map(c -> RowProblem.of(1, c.templateHeader(), "org.import.missingColumn", c.chinese()))
        .toList();
  }

  public static Checked<UnitSummary> units(TableFile.Table table, Lookup lookup) {
    Reader r = new Reader(ImportKind.UNITS, table);
    Map<String, Integer> seen = new HashMap<>();
    List<Numbered<UnitSummary>> rows = new ArrayList<>();
    for (TableFile.Line line : table.rows()) {
      int before = r.problems.size();
      String code = r.code(line, "code");
      String name = r.text(line, "name", 100);
      UnitType type = r.unitType(line, "type");
      String parent = r.optionalCode(line, "parent");
      String person = r.optionalText(line, "contactPerson", 50);
      String phone = r.phone(line, "contactPhone");
      String complaint = r.phone(line, "complaintPhone");
      if (code != null) {
        r.unique(line, "code", code, seen);
        if (lookup.unitExists(code)) {
          r.problem(line, "code", "org.import.unitExists", code);
        }
      }
      if (parent != null && !lookup.unitExists(parent) && !seen.containsKey(parent)) {
        r.problem(line, "parent", "org.import.parentUnknown", parent);
      }
      if (code != null && !lookup.mayOwnUnit(code, parent)) {
        r.problem(line, "code", "org.import.outsideScope");
      }
      if (r.problems.size() == before) {
        rows.add(new Numbered<>(line.number(),
            new UnitSummary(code, name, type, parent, person, phone, complaint)));
      }
    }
    return new Checked<>(rows, r.problems);
  }

  public static Checked<WindowAdministration.WindowDetails> windows(TableFile.Table table, Lookup lookup) {
    Reader r = new Reader(ImportKind.WINDOWS, table);
    Map<String, Integer> seenCodes = new HashMap<>();
    Map<String, Integer> seenNumbers = new HashMap<>();
    List<Numbered<WindowAdministration.WindowDetails>> rows = new ArrayList<>();
    for (TableFile.Line line : table.rows()) {
      int before = r.problems.size();
      String code = r.code(line, "code");
      String hall = r.code(line, "hall");
      Integer number = r.integer(line, "number", true, 1, 999);
      String name = r.optionalText(line, "name", 50);
      Integer floor = r.integer(line, "floor", false, 1, HallAdministration.MAX_FLOORS);
      String zone = r.optionalText(line, "zone", 50);
      String unit = r.code(line, "unit");
      boolean open = r.yesNo(line, "open", true);
      List<String> services = r.list(line, "services", false, Codes::isService, "org.import.serviceCode");
      if (code != null) {
        r.unique(line, "code", code, seenCodes);
        if (lookup.window(code).isPresent()) {
          r.problem(line, "code", "org.import.windowExists", code);
        }
      }
      if (hall != null && !lookup.hallExists(hall)) {
        r.problem(line, "hall", "org.import.hallUnknown", hall);
      } else if (hall != null && number != null) {
        r.unique(line, "number", hall + "#" + number, seenNumbers);
        if (lookup.windowNumberTaken(hall, number)) {
          r.problem(line, "number", "org.import.numberTaken", number, hall);
        }
        if (floor != null && floor > lookup.hallFloors(hall)) {
          r.problem(line, "floor", "org.import.floorRange", floor, hall, lookup.hallFloors(hall));
        }
      }
      if (unit != null && !lookup.unitExists(unit)) {
        r.problem(line, "unit", "org.import.unitUnknown", unit);
      }
      if (code != null && unit != null && hall != null && !lookup.mayWrite(unit, hall, code)) {
        r.problem(line, "unit", "org.import.outsideScope");
      }
      if (r.problems.size() == before) {
        rows.add(new Numbered<>(line.number(), new WindowAdministration.WindowDetails(code, hall, number,
            name == null ? WindowAdministration.defaultName(number) : name, floor == null ? 1 : floor, zone, unit,
            open, services)));
      }
    }
    return new Checked<>(rows, r.problems);
  }

  public static Checked<StaffAdministration.StaffDetails> staff(TableFile.Table table, Lookup lookup) {
    Reader r = new Reader(ImportKind.STAFF, table);
    Map<String, Integer> seenNumbers = new HashMap<>();
    Map<String, Integer> seenUsers = new HashMap<>();
    List<Numbered<StaffAdministration.StaffDetails>> rows = new ArrayList<>();
    for (TableFile.Line line : table.rows()) {
      int before = r.problems.size();
      String number = r.staffNumber(line, "staffNumber");
      String name = r.text(line, "name", 50);
      String post = r.text(line, "post", 100);
      String unit = r.code(line, "unit");
      String hall = r.optionalCode(line, "hall");
      String phone = r.phone(line, "phone");
      String username = r.username(line, "username");
      List<String> windows = r.list(line, "windows", true, Codes::isCode, "org.import.windowCode");
      if (number != null) {
        r.unique(line, "staffNumber", number, seenNumbers);
        if (lookup.staffNumberTaken(number)) {
          r.problem(line, "staffNumber", "org.import.staffExists", number);
        }
      }
      if (unit != null && !lookup.unitExists(unit)) {
        r.problem(line, "unit", "org.import.unitUnknown", unit);
      }
      if (hall != null && !lookup.hallExists(hall)) {
        r.problem(line, "hall", "org.import.hallUnknown", hall);
      }
      if (username != null) {
        r.unique(line, "username", username, seenUsers);
        if (!lookup.userExists(username)) {
          r.problem(line, "username", "org.import.userUnknown", username);
        } else if (lookup.usernameLinked(username)) {
          r.problem(line, "username", "org.import.userLinked", username);
        }
      }
      for (String code : windows) {
        Optional<Window> window = lookup.window(code);
        if (window.isEmpty()) {
          r.problem(line, "windows", "org.import.windowUnknown", code);
        } else if (unit != null && !window.get().unitCode().equals(unit) && !window.get().hallCode().equals(hall)) {
          r.problem(line, "windows", "org.import.windowForeign", code);
        }
      }
      if (unit != null && !lookup.mayWrite(unit, hall, null)) {
        r.problem(line, "unit", "org.import.outsideScope");
      }
      if (r.problems.size() == before) {
        rows.add(new Numbered<>(line.number(),
            new StaffAdministration.StaffDetails(number, name, post, unit, hall, phone, username, windows)));
      }
    }
    return new Checked<>(rows, r.problems);
  }

  /** Reads typed cells of one kind of file and collects what is wrong with them. */
  private static final class Reader {

    final List<RowProblem> problems = new ArrayList<>();
    final Map<String, Integer> indexes;
    final Map<String, ImportColumns.Column> columns = new HashMap<>();

    Reader(ImportKind kind, TableFile.Table table) {
      ImportColumns.of(kind).forEach(c -> columns.put(c.key(), c));
      indexes = ImportColumns.indexes(ImportColumns.of(kind), table.headers());
    }

    String raw(TableFile.Line line, String key) {
      Integer index = indexes.get(key);
      return index == null ? "" : line.cell(index);
    }

    void problem(TableFile.Line line, String key, String messageKey, Object... args) {
      problems.add(RowProblem.of(line.number(), columns.get(key).chinese(), messageKey, args));
    }

    String text(TableFile.Line line, String key, int max) {
      String value = raw(line, key);
      if (value.isEmpty()) {
        problem(line, key, "org.import.required");
        return null;
      }
      return tooLong(line, key, value, max) ? null : value;
    }

    String optionalText(TableFile.Line line, String key, int max) {
      String value = raw(line, key);
      return value.isEmpty() || tooLong(line, key, value, max) ? null : value;
    }

    boolean tooLong(TableFile.Line line, String key, String value, int max) {
      if (value.length() > max) {
        problem(line, key, "org.import.tooLong", max);
        return true;
      }
      return false;
    }

    String code(TableFile.Line line, String key) {
      String value = raw(line, key).toUpperCase(Locale.ROOT);
      if (value.isEmpty()) {
        problem(line, key, "org.import.required");
        return null;
      }
      return checked(line, key, value, Codes.isCode(value), "org.import.codeFormat");
    }

    String optionalCode(TableFile.Line line, String key) {
      String value = raw(line, key).toUpperCase(Locale.ROOT);
      return value.isEmpty() ? null : checked(line, key, value, Codes.isCode(value), "org.import.codeFormat");
    }

    String staffNumber(TableFile.Line line, String key) {
      String value = raw(line, key);
      if (value.isEmpty()) {
        problem(line, key, "org.import.required");
        return null;
      }
      return checked(line, key, value, Codes.isStaffNumber(value), "org.import.staffNumberFormat");
    }

    String phone(TableFile.Line line, String key) {
      String value = raw(line, key);
      return value.isEmpty() ? null : checked(line, key, value, Codes.isPhone(value), "org.import.phoneFormat");
    }

    String username(TableFile.Line line, String key) {
      String value = raw(line, key);
      return value.isEmpty() ? null : checked(line, key, value, Codes.isUsername(value), "org.import.usernameFormat");
    }

    String checked(TableFile.Line line, String key, String value, boolean valid, String messageKey) {
      if (!valid) {
        problem(line, key, messageKey, value);
        return null;
      }
      return value;
    }

    UnitType unitType(TableFile.Line line, String key) {
      String value = raw(line, key);
      if (value.isEmpty()) {
        problem(line, key, "org.import.required");
        return null;
      }
      UnitType type = TYPE_LABELS.get(value.toLowerCase(Locale.ROOT));
      if (type == null) {
        try {
          type = UnitType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          problem(line, key, "org.import.unitType", value);
        }
      }
      return type;
    }

    Integer integer(TableFile.Line line, String key, boolean required, int min, int max) {
      String value = raw(line, key);
      if (value.isEmpty()) {
        if (required) {
          problem(line, key, "org.import.required");
        }
        return null;
      }
      try {
        java.math.BigDecimal number = new java.math.BigDecimal(value);
        int n = number.intValueExact();
        if (n < min || n > max) {
          problem(line, key, "org.import.numberRange", value, min, max);
          return null;
        }
        return n;
      } catch (NumberFormatException | ArithmeticException e) {
        problem(line, key, "org.import.notANumber", value);
        return null;
      }
    }

    boolean yesNo(TableFile.Line line, String key, boolean fallback) {
      String value = raw(line, key).toLowerCase(Locale.ROOT);
      if (value.isEmpty()) {
        return fallback;
      }
      if (Set.of("是", "开放", "y", "yes", "true", "1").contains(value)) {
        return true;
      }
      if (Set.of("否", "关闭", "n", "no", "false", "0").contains(value)) {
        return false;
      }
      problem(line, key, "org.import.yesNo", value);
      return fallback;
    }

    List<String> list(
        TableFile.Line line, String key, boolean upper, java.util.function.Predicate<String> valid, String messageKey) {
      String value = raw(line, key);
      List<String> items = Codes.list(upper ? value.toUpperCase(Locale.ROOT) : value);
      Set<String> bad = new HashSet<>();
      items.stream().filter(valid.negate()).forEach(bad::add);
      bad.forEach(b -> problem(line, key, messageKey, b));
      return items.stream().filter(valid).toList();
    }

    void unique(TableFile.Line line, String key, String value, Map<String, Integer> seen) {
      Integer first = seen.putIfAbsent(value, line.number());
      if (first != null) {
        problem(line, key, "org.import.duplicate", value.replace('#', ' '), first);
      }
    }
  }
}
