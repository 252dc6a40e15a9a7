package org.servicewindow.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.DataScope;
import org.servicewindow.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored user accounts. */
@Repository
public class Users {

  private static final String COLUMNS = """
      u.id, u.username, u.display_name, u.phone, u.email, u.unit_code, u.hall_code, u.window_code,
      u.password_hash, u.must_change_password, u.enabled, u.created_at, u.updated_at
      """;

  private final JdbcClient jdbc;

  Users(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<UserAccount> findByUsername(String username) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_user u WHERE u.username = :username")
        .param("username", username)
        .query(this::row)
        .optional()
        .map(this::withRoles);
  }

  public Optional<UserAccount> findById(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_user u WHERE u.id = :id")
        .param("id", id)
        .query(this::row)
        .optional()
        .map(this::withRoles);
  }

  public boolean existsByUsername(String username) {
    return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :username")
        .param("username", username)
        .query(Long.class)
        .single() > 0;
  }

  public boolean anyWithRole(Role role) {
    return jdbc.sql("SELECT COUNT(*) FROM user_role WHERE role = :role")
        .param("role", role.name())
        .query(Long.class)
        .single() > 0;
  }

  /** Accounts inside the scope whose username or name contains the query, newest first. */
  public Paged<UserAccount> search(String query, DataScope scope, PageQuery page) {
    String where = " WHERE " + scope.sql("u.unit_code", "u.hall_code", "u.window_code")
        + (query == null || query.isBlank()
            ? ""
            : " AND (LOWER(u.username) LIKE :q OR LOWER(u.display_name) LIKE :q OR u.phone LIKE :q)");
    Map<String, Object> params = new HashMap<>(scope.params());
    if (query != null && !query.isBlank()) {
      params.put("q", "%" + query.trim().toLowerCase() + "%");
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM app_user u" + where)
        .params(params)
        .query(Long.class)
        .single();
    List<UserAccount> items = jdbc.sql("SELECT " + COLUMNS + " FROM app_user u" + where
            + " ORDER BY u.username LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(this::row)
        .list();
    return page.result(withRoles(items), total);
  }

  public void insert(UserAccount user) {
    bind(jdbc.sql("""
            INSERT INTO app_user (id, username, display_name, phone, email, unit_code, hall_code, window_code,
                                  password_hash, must_change_password, enabled, created_at, updated_at)
            VALUES (:id, :username, :displayName, :phone, :email, :unit, :hall, :window,
                    :hash, :mustChange, :enabled, :createdAt, :updatedAt)
            """), user)
        .update();
    saveRoles(user.id(), user.roles());
  }

  public void update(UserAccount user) {
    bind(jdbc.sql("""
            UPDATE app_user SET display_name = :displayName, phone = :phone, email = :email,
                   unit_code = :unit, hall_code = :hall, window_code = :window, password_hash = :hash,
                   must_change_password = :mustChange, enabled = :enabled, updated_at = :updatedAt,
                   version = version + 1
             WHERE id = :id
            """), user)
        .update();
    jdbc.sql("DELETE FROM user_role WHERE user_id = :id").param("id", user.id()).update();
    saveRoles(user.id(), user.roles());
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, UserAccount user) {
    return statement
        .param("id", user.id())
        .param("username", user.username())
        .param("displayName", user.displayName())
        .param("phone", user.phone())
        .param("email", user.email())
        .param("unit", user.unitCode())
        .param("hall", user.hallCode())
        .param("window", user.windowCode())
        .param("hash", user.passwordHash())
        .param("mustChange", user.mustChangePassword())
        .param("enabled", user.enabled())
        .param("createdAt", SqlTime.param(user.createdAt()))
        .param("updatedAt", SqlTime.param(user.updatedAt()));
  }

  private void saveRoles(UUID userId, Set<Role> roles) {
    for (Role role : roles) {
      jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, :role)")
          .param("id", userId)
          .param("role", role.name())
          .update();
    }
  }

  private UserAccount withRoles(UserAccount user) {
    return withRoles(List.of(user)).get(0);
  }

  private List<UserAccount> withRoles(List<UserAccount> users) {
    if (users.isEmpty()) {
      return users;
    }
    Map<UUID, Set<Role>> roles = new HashMap<>();
    jdbc.sql("SELECT user_id, role FROM user_role WHERE user_id IN (:ids)")
        .param("ids", users.stream().map(UserAccount::id).toList())
        .query(rs -> {
          roles.computeIfAbsent(rs.getObject("user_id", UUID.class), k -> EnumSet.noneOf(Role.class))
              .add(Role.valueOf(rs.getString("role")));
        });
    List<UserAccount> result = new ArrayList<>(users.size());
    for (UserAccount u : users) {
      result.add(new UserAccount(u.id(), u.username(), u.displayName(), u.phone(), u.email(),
          u.unitCode(), u.hallCode(), u.windowCode(), u.passwordHash(), u.mustChangePassword(),
          u.enabled(), roles.getOrDefault(u.id(), Set.of()), u.createdAt(), u.updatedAt()));
    }
    return result;
  }

  private UserAccount row(ResultSet rs, int n) throws SQLException {
    Instant created = SqlTime.instant(rs, "created_at");
    return new UserAccount(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("phone"),
        rs.getString("email"),
        rs.getString("unit_code"),
        rs.getString("hall_code"),
        rs.getString("window_code"),
        rs.getString("password_hash"),
        rs.getBoolean("must_change_password"),
        rs.getBoolean("enabled"),
        Set.of(),
        created,
        SqlTime.instant(rs, "updated_at"));
  }
}
