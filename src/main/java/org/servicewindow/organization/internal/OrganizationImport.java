package org.servicewindow.organization.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.DataScope;
import org.servicewindow.identity.Role;
import org.servicewindow.identity.UserDirectory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of units, windows and staff from CSV or Excel. Every row is checked first and every
 * problem reported with its row number; only a clean file is written, in one transaction through the
 * same administration rules as the forms (so scope, audit and login linking are the same). The
 * outcome is kept for the result page.
 */
@Service
public class OrganizationImport {

  private final Units units;
  private final Halls halls;
  private final Windows windows;
  private final StaffMembers staff;
  private final UserDirectory users;
  private final UnitAdministration unitAdministration;
  private final WindowAdministration windowAdministration;
  private final StaffAdministration staffAdministration;
  private final Imports imports;
  private final AuditTrail audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  OrganizationImport(
      Units units,
      Halls halls,
      Windows windows,
      StaffMembers staff,
      UserDirectory users,
      UnitAdministration unitAdministration,
      WindowAdministration windowAdministration,
      StaffAdministration staffAdministration,
      Imports imports,
      AuditTrail audit,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.units = units;
    this.halls = halls;
    this.windows = windows;
    this.staff = staff;
    this.users = users;
    this.unitAdministration = unitAdministration;
    this.windowAdministration = windowAdministration;
    this.staffAdministration = staffAdministration;
    this.imports = imports;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  public ImportRecord run(Actor actor, ImportKind kind, String fileName, byte[] content) {
    if (kind == ImportKind.UNITS) {
      Access.requireUnitManager(actor);
    } else {
      Access.requireManager(actor);
    }
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
    name = name.length() > 200 ? name.substring(name.length() - 200) : name;
    int rowCount = 0;
    List<RowProblem> problems = new ArrayList<>();
    int imported = 0;
    try {
      TableFile.Table table = TableFile.read(content);
      rowCount = table.rows().size();
      problems.addAll(ImportRows.headerProblems(kind, table.headers()));
      if (problems.isEmpty()) {
        imported = switch (kind) {
          case UNITS -> write(ImportRows.units(table, lookup(actor)), d -> unitAdministration.create(actor, d), problems);
          case WINDOWS -> write(ImportRows.windows(table, lookup(actor)), d -> windowAdministration.create(actor, d), problems);
          case STAFF -> write(ImportRows.staff(table, lookup(actor)), d -> staffAdministration.create(actor, d), problems);
        };
      }
    } catch (DomainException e) {
      problems.add(new RowProblem(0, null, e.messageKey(), stringArgs(e.args())));
    }
    boolean succeeded = problems.isEmpty();
    ImportRecord record = new ImportRecord(Ids.newId(clock), kind, name, succeeded, rowCount, succeeded ? imported : 0,
        problems, actor.username(), clock.instant());
    imports.insert(record);
    audit.record(succeeded ? "import.completed" : "import.refused", "import", record.id(), null,
        Map.of("kind", kind.name(), "file", name, "rows", rowCount, "imported", record.imported(),
            "problems", problems.size()));
    return record;
  }

  /** The result of an import: its author sees it, and so does the platform operator. */
  public Optional<ImportRecord> find(Actor actor, UUID id) {
    return imports.find(id, actor.has(Role.SYSADMIN) ? null : actor.username());
  }

  public Paged<ImportRecord> recent(Actor actor, PageQuery page) {
    return imports.recent(actor.has(Role.SYSADMIN) ? null : actor.username(), page);
  }

  /**
   * Writes the checked rows in one transaction; a rule that still refuses a row (something changed
   * since the check) rolls everything back and is reported on that row.
   */
  private <T> int write(ImportRows.Checked<T> checked, Consumer<T> create, List<RowProblem> problems) {
    if (!checked.ok()) {
      problems.addAll(checked.problems());
      return 0;
    }
    Integer written = transaction.execute(status -> {
      int count = 0;
      for (ImportRows.Numbered<T> row : checked.rows()) {
        try {
          create.accept(row.value());
          count++;
        } catch (DomainException e) {
          status.setRollbackOnly();
          problems.add(new RowProblem(row.row(), null, e.messageKey(), stringArgs(e.args())));
          return 0;
        } catch (DataAccessException e) {
          status.setRollbackOnly();
          problems.add(RowProblem.of(row.row(), null, "org.import.databaseError"));
          return 0;
        }
      }
      return count;
    });
    return written == null ? 0 : written;
  }

  private static List<String> stringArgs(Object[] args) {
    return java.util.Arrays.stream(args).map(String::valueOf).toList();
  }

  private ImportRows.Lookup lookup(Actor actor) {
    DataScope scope = actor.scope();
    return new ImportRows.Lookup() {
      @Override
      public boolean unitExists(String code) {
        return units.exists(code);
      }

      @Override
      public boolean hallExists(String code) {
        return halls.exists(code);
      }

      @Override
      public int hallFloors(String code) {
        return halls.find(code).map(Hall::floors).orElse(0);
      }

      @Override
      public Optional<Window> window(String code) {
        return windows.find(code);
      }

      @Override
      public boolean windowNumberTaken(String hallCode, int number) {
        return windows.numberTaken(hallCode, number, null);
      }

      @Override
      public boolean staffNumberTaken(String staffNumber) {
        return staff.numberTaken(staffNumber, null);
      }

      @Override
      public boolean usernameLinked(String username) {
        return staff.usernameTaken(username, null);
      }

      @Override
      public boolean userExists(String username) {
        return users.exists(username);
      }

      @Override
      public boolean mayOwnUnit(String code, String parent) {
        return switch (scope.level()) {
          case ALL -> true;
          case UNIT -> scope.unitCode().equals(parent);
          default -> false;
        };
      }

      @Override
      public boolean mayWrite(String unit, String hall, String window) {
        return Access.mayWrite(actor, unit, hall, window);
      }
    };
  }

  /** An Excel template: the header row (required columns marked *), two example rows, and a sheet of notes. */
  public byte[] templateXlsx(ImportKind kind, String sheetName, String notesTitle, List<String> notes) {
    List<ImportColumns.Column> columns = ImportColumns.of(kind);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "ServiceWindow", "1.0");
      Worksheet sheet = workbook.newWorksheet(sheetName);
      for (int c = 0; c < columns.size(); c++) {
        ImportColumns.Column column = columns.get(c);
        sheet.value(0, c, column.templateHeader());
        sheet.style(0, c).bold().fillColor("DCE7F7").set();
        sheet.value(1, c, column.example());
        sheet.value(2, c, column.example2());
        sheet.width(c, Math.max(14, column.chinese().length() * 3 + 4));
      }
      Worksheet help = workbook.newWorksheet(notesTitle);
      for (int i = 0; i < notes.size(); i++) {
        help.value(i, 0, notes.get(i));
      }
      help.width(0, 110);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A CSV template in UTF-8 with a byte order mark, so Excel shows the Chinese headers. */
  public byte[] templateCsv(ImportKind kind) {
    List<ImportColumns.Column> columns = ImportColumns.of(kind);
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(String.join(",", columns.stream().map(c -> quote(c.templateHeader())).toList())).append("\r\n");
    csv.append(String.join(",", columns.stream().map(c -> quote(c.example())).toList())).append("\r\n");
    csv.append(String.join(",", columns.stream().map(c -> quote(c.example2())).toList())).append("\r\n");
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String quote(String value) {
    return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
