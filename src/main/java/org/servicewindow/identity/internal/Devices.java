package org.servicewindow.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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

/** The registered devices. */
@Repository
public class Devices {

  private final JdbcClient jdbc;

  Devices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Device> findById(UUID id) {
    return jdbc.sql("SELECT * FROM device WHERE id = :id").param("id", id).query(this::row).optional();
  }

  public Paged<Device> search(DataScope scope, boolean includeRevoked, PageQuery page) {
    String where = " WHERE " + scope.sql(null, "hall_code", "window_code")
        + (includeRevoked ? "" : " AND revoked_at IS NULL");
    Map<String, Object> params = new HashMap<>(scope.params());
    long total = jdbc.sql("SELECT COUNT(*) FROM device" + where).params(params).query(Long.class).single();
    List<Device> items = jdbc.sql("SELECT * FROM device" + where
            + " ORDER BY hall_code, kind, name LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(this::row)
        .list();
    return page.result(items, total);
  }

  public void insert(Device d) {
    jdbc.sql("""
            INSERT INTO device (id, name, kind, hall_code, window_code, token_id, created_at, created_by)
            VALUES (:id, :name, :kind, :hall, :window, :token, :createdAt, :createdBy)
            """)
        .param("id", d.id())
        .param("name", d.name())
        .param("kind", d.kind().name())
        .param("hall", d.hallCode())
        .param("window", d.windowCode())
        .param("token", d.tokenId())
        .param("createdAt", SqlTime.param(d.createdAt()))
        .param("createdBy", d.createdBy())
        .update();
  }

  public void markRevoked(UUID id, Instant at) {
    jdbc.sql("UPDATE device SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
        .param("at", SqlTime.param(at))
        .param("id", id)
        .update();
  }

  /** Notes when a device was last heard from, at most once a minute so polling stays cheap. */
  public void touch(UUID id, Instant at) {
    jdbc.sql("UPDATE device SET last_seen_at = :at WHERE id = :id AND (last_seen_at IS NULL OR last_seen_at < :before)")
        .param("at", SqlTime.param(at))
        .param("before", SqlTime.param(at.minusSeconds(60)))
        .param("id", id)
        .update();
  }

  private Device row(ResultSet rs, int n) throws SQLException {
    return new Device(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        DeviceKind.valueOf(rs.getString("kind")),
        rs.getString("hall_code"),
        rs.getString("window_code"),
        rs.getObject("token_id", UUID.class),
        SqlTime.instant(rs, "created_at"),
        rs.getString("created_by"),
        SqlTime.instant(rs, "revoked_at"),
        SqlTime.instant(rs, "last_seen_at"));
  }
}
