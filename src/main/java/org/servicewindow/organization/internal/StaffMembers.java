package org.servicewindow.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored staff members and the windows each may serve at. */
@Repository
public class StaffMembers {

  /** Search criteria of the staff list; all optional. */
  public record Criteria(String query, String unitCode, String hallCode, boolean includeInactive) {}

  /** A staff member in a list, with the names of their unit and hall. */
  public record Listing(StaffMember staff, String unitName, String hallName) {}

  private static final String SELECT = """
      SELECT st.*, (SELECT COUNT(*) FROM org_staff_photo ph WHERE ph.staff_id = st.id) AS photo_count
        FROM org_staff st
      """;

  private final JdbcClient jdbc;

  StaffMembers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StaffMember> find(UUID id) {
    return one(jdbc.sql(SELECT + " WHERE st.id = :id").param("id", id).query(this::row).optional());
  }

  public Optional<StaffMember> find(UUID id, DataScope scope) {
    return one(jdbc.sql(SELECT + " WHERE st.id = :id AND " + ScopeSql.staff(scope))
        .params(scope.params())
        .param("id", id)
        .query(this::row)
        .optional());
  }

  public Optional<StaffMember> findByNumber(String staffNumber) {
    return one(jdbc.sql(SELECT + " WHERE st.staff_number = :number").param("number", staffNumber).query(this::row).optional());
  }

  public Optional<StaffMember> findByUsername(String username) {
    return one(jdbc.sql(SELECT + " WHERE st.username = :username").param("username", username).query(this::row).optional());
  }

  public List<StaffMember> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return withWindows(jdbc.sql(SELECT + " WHERE st.id IN (:ids)").param("ids", ids).query(this::row).list());
  }

  public boolean numberTaken(String staffNumber, UUID exceptId) {
    return jdbc.sql("SELECT COUNT(*) FROM org_staff WHERE staff_number = :number AND id <> :id")
        .param("number", staffNumber)
        .param("id", exceptId == null ? new UUID(0, 0) : exceptId)
        .query(Long.class)
        .single() > 0;
  }

  public boolean usernameTaken(String username, UUID exceptId) {
    return jdbc.sql("SELECT COUNT(*) FROM org_staff WHERE username = :username AND id <> :id")
        .param("username", username)
        .param("id", exceptId == null ? new UUID(0, 0) : exceptId)
        .query(Long.class)
        .single() > 0;
  }

  public Paged<Listing> search(Criteria c, DataScope scope, PageQuery page) {
    Map<String, Object> params = new HashMap<>(scope.params());
    StringBuilder where = new StringBuilder(" WHERE ").append(ScopeSql.staff(scope));
    if (Sql.present(c.query())) {
      where.append(" AND (LOWER(st.name) LIKE :q OR LOWER(st.staff_number) LIKE :q OR LOWER(st.post_title) LIKE :q"
          + " OR LOWER(st.username) LIKE :q OR st.phone LIKE :q)");
      params.put("q", Sql.contains(c.query()));
    }
    if (Sql.present(c.unitCode())) {
      where.append(" AND st.unit_code = :unit");
      params.put("unit", c.unitCode());
    }
    if (Sql.present(c.hallCode())) {
      where.append(" AND st.hall_code = :hall");
      params.put("hall", c.hallCode());
    }
    if (!c.includeInactive()) {
      where.append(" AND st.active");
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM org_staff st" + where).params(params).query(Long.class).single();
    List<StaffMember> found = withWindows(jdbc.sql(SELECT + where + " ORDER BY st.staff_number LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(this::row)
        .list());
    Map<String, String> unitNames = names("org_unit", found.stream().map(StaffMember::unitCode).toList());
    Map<String, String> hallNames = names("org_hall", found.stream().map(StaffMember::hallCode).toList());
    return page.result(found.stream()
        .map(s -> new Listing(s, unitNames.get(s.unitCode()), hallNames.get(s.hallCode())))
        .toList(), total);
  }

  /** Active staff of a hall, by staff number, for choosing who is on duty. */
  public List<StaffMember> activeOfHall(String hallCode) {
    return withWindows(jdbc.sql(SELECT + " WHERE st.hall_code = :hall AND st.active ORDER BY st.staff_number")
        .param("hall", hallCode)
        .query(this::row)
        .list());
  }

  /** Active staff in scope, by staff number (for choosing A and B of a post). */
  public List<StaffMember> activeInScope(DataScope scope) {
    return withWindows(jdbc.sql(SELECT + " WHERE st.active AND " + ScopeSql.staff(scope) + " ORDER BY st.staff_number")
        .params(scope.params())
        .query(this::row)
        .list());
  }

  /** Active staff who may serve at the window, by staff number. */
  public List<StaffMember> servingAt(String windowCode) {
    return withWindows(jdbc.sql(SELECT + """
             WHERE st.active AND st.id IN (SELECT sw.staff_id FROM org_staff_window sw WHERE sw.window_code = :window)
             ORDER BY st.staff_number
            """)
        .param("window", windowCode)
        .query(this::row)
        .list());
  }

  /**
   * Locks the rows of these staff members until the transaction ends, in one global order so that two
   * transactions locking overlapping pairs never deadlock.
   */
  public void lock(Collection<UUID> ids) {
    ids.stream().distinct().sorted().forEach(id -> jdbc.sql("SELECT id FROM org_staff WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query((rs, n) -> rs.getObject(1, UUID.class))
        .list());
  }

  public void insert(StaffMember s) {
    jdbc.sql("""
            INSERT INTO org_staff (id, staff_number, name, post_title, unit_code, hall_code, phone, username, active,
                                   created_at, updated_at)
            VALUES (:id, :number, :name, :post, :unit, :hall, :phone, :username, :active, :createdAt, :updatedAt)
            """)
        .params(params(s))
        .update();
    saveWindows(s);
  }

  public void update(StaffMember s) {
    jdbc.sql("""
            UPDATE org_staff SET staff_number = :number, name = :name, post_title = :post, unit_code = :unit,
                   hall_code = :hall, phone = :phone, username = :username, active = :active,
                   updated_at = :updatedAt, version = version + 1
             WHERE id = :id
            """)
        .params(params(s))
        .update();
    jdbc.sql("DELETE FROM org_staff_window WHERE staff_id = :id").param("id", s.id()).update();
    saveWindows(s);
  }

  private void saveWindows(StaffMember s) {
    for (String window : s.windowCodes()) {
      jdbc.sql("INSERT INTO org_staff_window (staff_id, window_code) VALUES (:id, :window)")
          .param("id", s.id())
          .param("window", window)
          .update();
    }
  }

  private Map<String, String> names(String table, List<String> codes) {
    Map<String, String> names = new HashMap<>();
    List<String> present = codes.stream().filter(java.util.Objects::nonNull).distinct().toList();
    if (!present.isEmpty()) {
      jdbc.sql("SELECT code, name FROM " + table + " WHERE code IN (:codes)")
          .param("codes", present)
          .query(rs -> {
            names.put(rs.getString("code"), rs.getString("name"));
          });
    }
    return names;
  }

  private Optional<StaffMember> one(Optional<StaffMember> found) {
    return found.map(s -> withWindows(List.of(s)).get(0));
  }

  private List<StaffMember> withWindows(List<StaffMember> staff) {
    if (staff.isEmpty()) {
      return staff;
    }
    Map<UUID, List<String>> windows = new HashMap<>();
    jdbc.sql("""
            SELECT sw.staff_id, sw.window_code FROM org_staff_window sw JOIN org_window w ON w.code = sw.window_code
             WHERE sw.staff_id IN (:ids) ORDER BY w.hall_code, w.window_number
            """)
        .param("ids", staff.stream().map(StaffMember::id).toList())
        .query(rs -> {
          windows.computeIfAbsent(rs.getObject("staff_id", UUID.class), k -> new ArrayList<>())
              .add(rs.getString("window_code"));
        });
    return staff.stream()
        .map(s -> new StaffMember(s.id(), s.staffNumber(), s.name(), s.post(), s.unitCode(), s.hallCode(), s.phone(),
            s.username(), s.active(), windows.getOrDefault(s.id(), List.of()), s.hasPhoto(), s.createdAt(),
            s.updatedAt()))
        .toList();
  }

  private static Map<String, Object> params(StaffMember s) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", s.id());
    p.put("number", s.staffNumber());
    p.put("name", s.name());
    p.put("post", s.post());
    p.put("unit", s.unitCode());
    p.put("hall", s.hallCode());
    p.put("phone", s.phone());
    p.put("username", s.username());
    p.put("active", s.active());
    p.put("createdAt", SqlTime.param(s.createdAt()));
    p.put("updatedAt", SqlTime.param(s.updatedAt()));
    return p;
  }

  private StaffMember row(ResultSet rs, int n) throws SQLException {
    return new StaffMember(rs.getObject("id", UUID.class), rs.getString("staff_number"), rs.getString("name"),
        rs.getString("post_title"), rs.getString("unit_code"), rs.getString("hall_code"), rs.getString("phone"),
        rs.getString("username"), rs.getBoolean("active"), List.of(), rs.getLong("photo_count") > 0,
        SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "updated_at"));
  }
}
