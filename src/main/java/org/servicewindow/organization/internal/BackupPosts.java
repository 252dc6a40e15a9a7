package org.servicewindow.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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

/** The stored A/B posts and the services each covers. */
@Repository
public class BackupPosts {

  /** Search criteria of the post list; all optional. */
  public record Criteria(String query, String hallCode) {}

  private final JdbcClient jdbc;

  BackupPosts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<BackupPost> find(UUID id) {
    return one(jdbc.sql("SELECT p.* FROM org_backup_post p WHERE p.id = :id").param("id", id).query(this::row).optional());
  }

  public Optional<BackupPost> find(UUID id, DataScope scope) {
    return one(jdbc.sql("SELECT p.* FROM org_backup_post p WHERE p.id = :id AND " + ScopeSql.posts(scope))
        .params(scope.params())
        .param("id", id)
        .query(this::row)
        .optional());
  }

  /** Every post the staff member holds, as A or B. */
  public List<BackupPost> held(UUID staffId) {
    return withServices(jdbc.sql("SELECT p.* FROM org_backup_post p WHERE p.a_staff_id = :id OR p.b_staff_id = :id ORDER BY p.name")
        .param("id", staffId)
        .query(this::row)
        .list());
  }

  public List<BackupPost> coveringWindow(String windowCode) {
    return withServices(jdbc.sql("SELECT p.* FROM org_backup_post p WHERE p.window_code = :window ORDER BY p.name")
        .param("window", windowCode)
        .query(this::row)
        .list());
  }

  /** Posts covering a service, in a hall or (hall null) anywhere, by name. */
  public List<BackupPost> coveringService(String hallCode, String serviceCode) {
    Map<String, Object> params = new HashMap<>();
    params.put("service", serviceCode);
    String hall = "";
    if (hallCode != null) {
      hall = " AND p.hall_code = :hall";
      params.put("hall", hallCode);
    }
    return withServices(jdbc.sql("""
            SELECT p.* FROM org_backup_post p
             WHERE p.id IN (SELECT ps.post_id FROM org_backup_post_service ps WHERE ps.service_code = :service)
            """ + hall + " ORDER BY p.name")
        .params(params)
        .query(this::row)
        .list());
  }

  public List<BackupPost> ofHall(String hallCode) {
    return withServices(jdbc.sql("SELECT p.* FROM org_backup_post p WHERE p.hall_code = :hall ORDER BY p.window_code, p.name")
        .param("hall", hallCode)
        .query(this::row)
        .list());
  }

  public Paged<BackupPost> search(Criteria c, DataScope scope, PageQuery page) {
    Map<String, Object> params = new HashMap<>(scope.params());
    StringBuilder where = new StringBuilder(" WHERE ").append(ScopeSql.posts(scope));
    if (Sql.present(c.query())) {
      where.append("""
           AND (LOWER(p.name) LIKE :q OR LOWER(p.window_code) LIKE :q OR p.id IN (
                SELECT pp.id FROM org_backup_post pp JOIN org_staff ps ON ps.id IN (pp.a_staff_id, pp.b_staff_id)
                 WHERE LOWER(ps.name) LIKE :q OR LOWER(ps.staff_number) LIKE :q))
          """);
      params.put("q", Sql.contains(c.query()));
    }
    if (Sql.present(c.hallCode())) {
      where.append(" AND p.hall_code = :hall");
      params.put("hall", c.hallCode());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM org_backup_post p" + where).params(params).query(Long.class).single();
    List<BackupPost> items = withServices(jdbc.sql("SELECT p.* FROM org_backup_post p" + where
            + " ORDER BY p.hall_code, p.window_code, p.name LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(this::row)
        .list());
    return page.result(items, total);
  }

  public void insert(BackupPost p) {
    jdbc.sql("""
            INSERT INTO org_backup_post (id, name, unit_code, hall_code, window_code, a_staff_id, b_staff_id,
                                         created_at, updated_at)
            VALUES (:id, :name, :unit, :hall, :window, :a, :b, :createdAt, :updatedAt)
            """)
        .params(params(p))
        .update();
    saveServices(p);
  }

  public void update(BackupPost p) {
    jdbc.sql("""
            UPDATE org_backup_post SET name = :name, unit_code = :unit, hall_code = :hall, window_code = :window,
                   a_staff_id = :a, b_staff_id = :b, updated_at = :updatedAt, version = version + 1
             WHERE id = :id
            """)
        .params(params(p))
        .update();
    jdbc.sql("DELETE FROM org_backup_post_service WHERE post_id = :id").param("id", p.id()).update();
    saveServices(p);
  }

  public void delete(UUID id) {
    jdbc.sql("DELETE FROM org_backup_post WHERE id = :id").param("id", id).update();
  }

  private void saveServices(BackupPost p) {
    for (String service : new LinkedHashSet<>(p.serviceCodes())) {
      jdbc.sql("INSERT INTO org_backup_post_service (post_id, service_code) VALUES (:id, :service)")
          .param("id", p.id())
          .param("service", service)
          .update();
    }
  }

  private Optional<BackupPost> one(Optional<BackupPost> found) {
    return found.map(p -> withServices(List.of(p)).get(0));
  }

  private List<BackupPost> withServices(List<BackupPost> posts) {
    if (posts.isEmpty()) {
      return posts;
    }
    Map<UUID, List<String>> services = new HashMap<>();
    jdbc.sql("SELECT post_id, service_code FROM org_backup_post_service WHERE post_id IN (:ids) ORDER BY service_code")
        .param("ids", posts.stream().map(BackupPost::id).toList())
        .query(rs -> {
          services.computeIfAbsent(rs.getObject("post_id", UUID.class), k -> new ArrayList<>())
              .add(rs.getString("service_code"));
        });
    return posts.stream()
        .map(p -> new BackupPost(p.id(), p.name(), p.unitCode(), p.hallCode(), p.windowCode(), p.staffA(), p.staffB(),
            services.getOrDefault(p.id(), List.of()), p.createdAt(), p.updatedAt()))
        .toList();
  }

  private static Map<String, Object> params(BackupPost p) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", p.id());
    m.put("name", p.name());
    m.put("unit", p.unitCode());
    m.put("hall", p.hallCode());
    m.put("window", p.windowCode());
    m.put("a", p.staffA());
    m.put("b", p.staffB());
    m.put("createdAt", SqlTime.param(p.createdAt()));
    m.put("updatedAt", SqlTime.param(p.updatedAt()));
    return m;
  }

  private BackupPost row(ResultSet rs, int n) throws SQLException {
    return new BackupPost(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("unit_code"),
        rs.getString("hall_code"), rs.getString("window_code"), rs.getObject("a_staff_id", UUID.class),
        rs.getObject("b_staff_id", UUID.class), List.of(), SqlTime.instant(rs, "created_at"),
        SqlTime.instant(rs, "updated_at"));
  }
}
