package org.servicewindow.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.UnitType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored units. */
@Repository
public class Units {

  /** A unit in a list, with its parent's name and how many windows and staff it has. */
  public record Listing(Unit unit, String parentName, long windows, long staff) {}

  private final JdbcClient jdbc;

  Units(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Unit> find(String code) {
    return jdbc.sql("SELECT u.* FROM org_unit u WHERE u.code = :code").param("code", code).query(this::row).optional();
  }

  public Optional<Unit> find(String code, DataScope scope) {
    return jdbc.sql("SELECT u.* FROM org_unit u WHERE u.code = :code AND " + ScopeSql.units(scope))
        .params(scope.params())
        .param("code", code)
        .query(this::row)
        .optional();
  }

  public boolean exists(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE code = :code").param("code", code).query(Long.class).single() > 0;
  }

  public Paged<Listing> search(String query, UnitType type, DataScope scope, PageQuery page) {
    Map<String, Object> params = new HashMap<>(scope.params());
    StringBuilder where = new StringBuilder(" WHERE ").append(ScopeSql.units(scope));
    if (Sql.present(query)) {
      where.append(" AND (LOWER(u.code) LIKE :q OR LOWER(u.name) LIKE :q OR LOWER(u.contact_person) LIKE :q)");
      params.put("q", Sql.contains(query));
    }
    if (type != null) {
      where.append(" AND u.unit_type = :type");
      params.put("type", type.name());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM org_unit u" + where).params(params).query(Long.class).single();
    List<Listing> items = jdbc.sql("""
            SELECT u.*, pu.name AS parent_name,
                   (SELECT COUNT(*) FROM org_window cw WHERE cw.unit_code = u.code) AS window_count,
                   (SELECT COUNT(*) FROM org_staff cs WHERE cs.unit_code = u.code AND cs.active) AS staff_count
              FROM org_unit u LEFT JOIN org_unit pu ON pu.code = u.parent_code
            """ + where + " ORDER BY u.code LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query((rs, n) -> new Listing(row(rs, n), rs.getString("parent_name"), rs.getLong("window_count"),
            rs.getLong("staff_count")))
        .list();
    return page.result(items, total);
  }

  /** Every unit in scope by code, for choosing one in a form (a city has tens of units, not thousands). */
  public List<Unit> inScope(DataScope scope) {
    return jdbc.sql("SELECT u.* FROM org_unit u WHERE " + ScopeSql.units(scope) + " ORDER BY u.code")
        .params(scope.params())
        .query(this::row)
        .list();
  }

  /** Whether anything still refers to the unit (sub-units, halls, windows, staff, posts). */
  public boolean isReferenced(String code) {
    return jdbc.sql("""
            SELECT (SELECT COUNT(*) FROM org_unit WHERE parent_code = :code)
                 + (SELECT COUNT(*) FROM org_hall WHERE unit_code = :code)
                 + (SELECT COUNT(*) FROM org_window WHERE unit_code = :code)
                 + (SELECT COUNT(*) FROM org_staff WHERE unit_code = :code)
                 + (SELECT COUNT(*) FROM org_backup_post WHERE unit_code = :code)
            """)
        .param("code", code)
        .query(Long.class)
        .single() > 0;
  }

  public void insert(Unit u) {
    jdbc.sql("""
            INSERT INTO org_unit (code, name, unit_type, parent_code, contact_person, contact_phone, complaint_phone,
                                  created_at, updated_at)
            VALUES (:code, :name, :type, :parent, :person, :phone, :complaint, :createdAt, :updatedAt)
            """)
        .params(params(u))
        .update();
  }

  public void update(Unit u) {
    jdbc.sql("""
            UPDATE org_unit SET name = :name, unit_type = :type, parent_code = :parent, contact_person = :person,
                   contact_phone = :phone, complaint_phone = :complaint, updated_at = :updatedAt, version = version + 1
             WHERE code = :code
            """)
        .params(params(u))
        .update();
  }

  public void delete(String code) {
    jdbc.sql("DELETE FROM org_unit WHERE code = :code").param("code", code).update();
  }

  private static Map<String, Object> params(Unit u) {
    Map<String, Object> p = new HashMap<>();
    p.put("code", u.code());
    p.put("name", u.name());
    p.put("type", u.type().name());
    p.put("parent", u.parentCode());
    p.put("person", u.contactPerson());
    p.put("phone", u.contactPhone());
    p.put("complaint", u.complaintPhone());
    p.put("createdAt", SqlTime.param(u.createdAt()));
    p.put("updatedAt", SqlTime.param(u.updatedAt()));
    return p;
  }

  private Unit row(ResultSet rs, int n) throws SQLException {
    return new Unit(rs.getString("code"), rs.getString("name"), UnitType.valueOf(rs.getString("unit_type")),
        rs.getString("parent_code"), rs.getString("contact_person"), rs.getString("contact_phone"),
        rs.getString("complaint_phone"), SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "updated_at"));
  }
}
