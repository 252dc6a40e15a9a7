package org.servicewindow.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored windows and the service items each one handles. */
@Repository
public class Windows {

  /** Search criteria of the window list; all optional. */
  public record Criteria(String query, String hallCode, String unitCode, Integer floor) {}

  /** A window in a list, with the names of its hall and unit and how many services it handles. */
  public record Listing(Window window, String hallName, String unitName, long services) {}

  private final JdbcClient jdbc;

  Windows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Window> find(String code) {
    return jdbc.sql("SELECT w.* FROM org_window w WHERE w.code = :code").param("code", code).query(this::row).optional();
  }

  public Optional<Window> find(String code, DataScope scope) {
    return jdbc.sql("SELECT w.* FROM org_window w WHERE w.code = :code AND " + ScopeSql.windows(scope))
        .params(scope.params())
        .param("code", code)
        .query(this::row)
        .optional();
  }

  public boolean exists(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM org_window WHERE code = :code").param("code", code).query(Long.class).single() > 0;
  }

  public boolean numberTaken(String hallCode, int number, String exceptCode) {
    return jdbc.sql("SELECT COUNT(*) FROM org_window WHERE hall_code = :hall AND window_number = :number AND code <> :code")
        .param("hall", hallCode)
        .param("number", number)
        .param("code", exceptCode == null ? "" : exceptCode)
        .query(Long.class)
        .single() > 0;
  }

  public List<Window> ofHall(String hallCode) {
    return jdbc.sql("SELECT w.* FROM org_window w WHERE w.hall_code = :hall ORDER BY w.window_number")
        .param("hall", hallCode)
        .query(this::row)
        .list();
  }

  public List<Window> inScope(DataScope scope) {
    return jdbc.sql("SELECT w.* FROM org_window w WHERE " + ScopeSql.windows(scope) + " ORDER BY w.hall_code, w.window_number")
        .params(scope.params())
        .query(this::row)
        .list();
  }

  public Paged<Listing> search(Criteria c, DataScope scope, PageQuery page) {
    Map<String, Object> params = new HashMap<>(scope.params());
    StringBuilder where = new StringBuilder(" WHERE ").append(ScopeSql.windows(scope));
    if (Sql.present(c.query())) {
      where.append(" AND (LOWER(w.code) LIKE :q OR LOWER(w.name) LIKE :q OR LOWER(w.zone_name) LIKE :q)");
      params.put("q", Sql.contains(c.query()));
    }
    if (Sql.present(c.hallCode())) {
      where.append(" AND w.hall_code = :hall");
      params.put("hall", c.hallCode());
    }
    if (Sql.present(c.unitCode())) {
      where.append(" AND w.unit_code = :unit");
      params.put("unit", c.unitCode());
    }
    if (c.floor() != null) {
      where.append(" AND w.floor_no = :floor");
      params.put("floor", c.floor());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM org_window w" + where).params(params).query(Long.class).single();
    List<Listing> items = jdbc.sql("""
            SELECT w.*, h.name AS hall_name, u.name AS unit_name,
                   (SELECT COUNT(*) FROM org_window_service ws WHERE ws.window_code = w.code) AS service_count
              FROM org_window w
              JOIN org_hall h ON h.code = w.hall_code
              JOIN org_unit u ON u.code = w.unit_code
            """ + where + " ORDER BY w.hall_code, w.window_number LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query((rs, n) -> new Listing(row(rs, n), rs.getString("hall_name"), rs.getString("unit_name"),
            rs.getLong("service_count")))
        .list();
    return page.result(items, total);
  }

  public List<String> servicesOf(String windowCode) {
    return jdbc.sql("SELECT service_code FROM org_window_service WHERE window_code = :code ORDER BY service_code")
        .param("code", windowCode)
        .query(String.class)
        .list();
  }

  public Map<String, List<String>> servicesOf(Collection<String> windowCodes) {
    Map<String, List<String>> result = new HashMap<>();
    if (windowCodes.isEmpty()) {
      return result;
    }
    jdbc.sql("SELECT window_code, service_code FROM org_window_service WHERE window_code IN (:codes) ORDER BY service_code")
        .param("codes", windowCodes)
        .query(rs -> {
          result.computeIfAbsent(rs.getString("window_code"), k -> new java.util.ArrayList<>())
              .add(rs.getString("service_code"));
        });
    return result;
  }

  /** Windows of a hall (or of every hall when null) that handle the service, by number. */
  public List<Window> handling(String hallCode, String serviceCode) {
    return jdbc.sql("""
            SELECT w.* FROM org_window w JOIN org_window_service ws ON ws.window_code = w.code
             WHERE ws.service_code = :service AND (CAST(:hall AS VARCHAR(32)) IS NULL OR w.hall_code = :hall)
             ORDER BY w.hall_code, w.window_number
            """)
        .param("service", serviceCode)
        .param("hall", hallCode)
        .query(this::row)
        .list();
  }

  public void replaceServices(String windowCode, Collection<String> serviceCodes) {
    jdbc.sql("DELETE FROM org_window_service WHERE window_code = :code").param("code", windowCode).update();
    for (String service : new LinkedHashSet<>(serviceCodes)) {
      jdbc.sql("INSERT INTO org_window_service (window_code, service_code) VALUES (:code, :service)")
          .param("code", windowCode)
          .param("service", service)
          .update();
    }
  }

  /** Whether staff, posts or roster entries still refer to the window. */
  public boolean isReferenced(String code) {
    return jdbc.sql("""
            SELECT (SELECT COUNT(*) FROM org_staff_window WHERE window_code = :code)
                 + (SELECT COUNT(*) FROM org_backup_post WHERE window_code = :code)
                 + (SELECT COUNT(*) FROM org_roster_entry WHERE window_code = :code)
            """)
        .param("code", code)
        .query(Long.class)
        .single() > 0;
  }

  public void insert(Window w) {
    jdbc.sql("""
            INSERT INTO org_window (code, hall_code, window_number, name, floor_no, zone_name, unit_code, is_open,
                                    created_at, updated_at)
            VALUES (:code, :hall, :number, :name, :floor, :zone, :unit, :open, :createdAt, :updatedAt)
            """)
        .params(params(w))
        .update();
  }

  public void update(Window w) {
    jdbc.sql("""
            UPDATE org_window SET window_number = :number, name = :name, floor_no = :floor, zone_name = :zone,
                   unit_code = :unit, is_open = :open, updated_at = :updatedAt, version = version + 1
             WHERE code = :code
            """)
        .params(params(w))
        .update();
  }

  public void delete(String code) {
    jdbc.sql("DELETE FROM org_window WHERE code = :code").param("code", code).update();
  }

  private static Map<String, Object> params(Window w) {
    Map<String, Object> p = new HashMap<>();
    p.put("code", w.code());
    p.put("hall", w.hallCode());
    p.put("number", w.number());
    p.put("name", w.name());
    p.put("floor", w.floor());
    p.put("zone", w.zone());
    p.put("unit", w.unitCode());
    p.put("open", w.open());
    p.put("createdAt", SqlTime.param(w.createdAt()));
    p.put("updatedAt", SqlTime.param(w.updatedAt()));
    return p;
  }

  private Window row(ResultSet rs, int n) throws SQLException {
    return new Window(rs.getString("code"), rs.getString("hall_code"), rs.getInt("window_number"),
        rs.getString("name"), rs.getInt("floor_no"), rs.getString("zone_name"), rs.getString("unit_code"),
        rs.getBoolean("is_open"), SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "updated_at"));
  }
}
