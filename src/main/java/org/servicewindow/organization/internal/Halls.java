package org.servicewindow.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicewindow.calendar.OpeningHours;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored halls and branch halls. */
@Repository
public class Halls {

  /** A hall in a list, with the names of its managing unit and main hall and its number of windows. */
  public record Listing(Hall hall, String unitName, String parentName, long windows, long openWindows) {}

  private final JdbcClient jdbc;

  Halls(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Hall> find(String code) {
    return jdbc.sql("SELECT h.* FROM org_hall h WHERE h.code = :code").param("code", code).query(this::row).optional();
  }

  public Optional<Hall> find(String code, DataScope scope) {
    return jdbc.sql("SELECT h.* FROM org_hall h WHERE h.code = :code AND " + ScopeSql.halls(scope))
        .params(scope.params())
        .param("code", code)
        .query(this::row)
        .optional();
  }

  public boolean exists(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM org_hall WHERE code = :code").param("code", code).query(Long.class).single() > 0;
  }

  public List<Hall> all() {
    return jdbc.sql("SELECT h.* FROM org_hall h ORDER BY h.code").query(this::row).list();
  }

  public List<Hall> inScope(DataScope scope) {
    return jdbc.sql("SELECT h.* FROM org_hall h WHERE " + ScopeSql.halls(scope) + " ORDER BY h.code")
        .params(scope.params())
        .query(this::row)
        .list();
  }

  /** The code of the hall in scope with the most windows (where a city-wide reader starts). */
  public Optional<String> largestInScope(DataScope scope) {
    return jdbc.sql("SELECT h.code FROM org_hall h WHERE " + ScopeSql.halls(scope)
            + " ORDER BY (SELECT COUNT(*) FROM org_window cw WHERE cw.hall_code = h.code) DESC, h.code LIMIT 1")
        .params(scope.params())
        .query(String.class)
        .optional();
  }

  public Paged<Listing> search(String query, DataScope scope, PageQuery page) {
    Map<String, Object> params = new HashMap<>(scope.params());
    StringBuilder where = new StringBuilder(" WHERE ").append(ScopeSql.halls(scope));
    if (Sql.present(query)) {
      where.append(" AND (LOWER(h.code) LIKE :q OR LOWER(h.name) LIKE :q OR LOWER(h.address) LIKE :q)");
      params.put("q", Sql.contains(query));
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM org_hall h" + where).params(params).query(Long.class).single();
    List<Listing> items = jdbc.sql("""
            SELECT h.*, u.name AS unit_name, ph.name AS parent_name,
                   (SELECT COUNT(*) FROM org_window cw WHERE cw.hall_code = h.code) AS window_count,
                   (SELECT COUNT(*) FROM org_window ow WHERE ow.hall_code = h.code AND ow.is_open) AS open_count
              FROM org_hall h
              JOIN org_unit u ON u.code = h.unit_code
              LEFT JOIN org_hall ph ON ph.code = h.parent_code
            """ + where + " ORDER BY h.code LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query((rs, n) -> new Listing(row(rs, n), rs.getString("unit_name"), rs.getString("parent_name"),
            rs.getLong("window_count"), rs.getLong("open_count")))
        .list();
    return page.result(items, total);
  }

  /** Whether windows, branch halls, staff, posts or roster entries still refer to the hall. */
  public boolean isReferenced(String code) {
    return jdbc.sql("""
            SELECT (SELECT COUNT(*) FROM org_hall WHERE parent_code = :code)
                 + (SELECT COUNT(*) FROM org_window WHERE hall_code = :code)
                 + (SELECT COUNT(*) FROM org_staff WHERE hall_code = :code)
                 + (SELECT COUNT(*) FROM org_backup_post WHERE hall_code = :code)
            """)
        .param("code", code)
        .query(Long.class)
        .single() > 0;
  }

  public void insert(Hall h) {
    jdbc.sql("""
            INSERT INTO org_hall (code, name, address, floors, parent_code, opening_hours, online_ticketing, unit_code,
                                  created_at, updated_at)
            VALUES (:code, :name, :address, :floors, :parent, :hours, :online, :unit, :createdAt, :updatedAt)
            """)
        .params(params(h))
        .update();
  }

  public void update(Hall h) {
    jdbc.sql("""
            UPDATE org_hall SET name = :name, address = :address, floors = :floors, parent_code = :parent,
                   opening_hours = :hours, online_ticketing = :online, unit_code = :unit, updated_at = :updatedAt,
                   version = version + 1
             WHERE code = :code
            """)
        .params(params(h))
        .update();
  }

  public void delete(String code) {
    jdbc.sql("DELETE FROM org_hall WHERE code = :code").param("code", code).update();
  }

  private static Map<String, Object> params(Hall h) {
    Map<String, Object> p = new HashMap<>();
    p.put("code", h.code());
    p.put("name", h.name());
    p.put("address", h.address());
    p.put("floors", h.floors());
    p.put("parent", h.parentCode());
    p.put("hours", OpeningHoursText.compact(h.openingHours()));
    p.put("online", h.onlineTicketing());
    p.put("unit", h.unitCode());
    p.put("createdAt", SqlTime.param(h.createdAt()));
    p.put("updatedAt", SqlTime.param(h.updatedAt()));
    return p;
  }

  private Hall row(ResultSet rs, int n) throws SQLException {
    return new Hall(rs.getString("code"), rs.getString("name"), rs.getString("address"), rs.getInt("floors"),
        rs.getString("parent_code"), OpeningHours.parse(rs.getString("opening_hours")),
        rs.getBoolean("online_ticketing"), rs.getString("unit_code"), SqlTime.instant(rs, "created_at"),
        SqlTime.instant(rs, "updated_at"));
  }
}
