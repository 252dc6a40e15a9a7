package org.servicewindow.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the audit log for the admin screen and its export, always inside the reader's scope. */
@Component
public class AuditLogQueries {

  /** Search criteria; all optional. Dates are China dates, both inclusive. */
  public record Criteria(String actor, String action, String target, LocalDate from, LocalDate to) {}

  public record Entry(
      long id,
      Instant occurredAt,
      String actor,
      String actorUnit,
      String actorHall,
      String remoteAddr,
      String action,
      String targetType,
      String targetId,
      String httpMethod,
      String path,
      Integer status,
      String before,
      String after) {}

  private final JdbcClient jdbc;

  AuditLogQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Paged<Entry> search(Criteria criteria, DataScope scope, PageQuery page) {
    Map<String, Object> params = new HashMap<>();
    String where = where(criteria, scope, params);
    long total = jdbc.sql("SELECT COUNT(*) FROM audit_log" + where).params(params).query(Long.class).single();
    List<Entry> items = jdbc.sql("SELECT * FROM audit_log" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(this::row)
        .list();
    return page.result(items, total);
  }

  /** Streams every matching entry, oldest first, without holding them all in memory. */
  public void forEach(Criteria criteria, DataScope scope, Consumer<Entry> consumer) {
    Map<String, Object> params = new HashMap<>();
    String where = where(criteria, scope, params);
    try (var stream = jdbc.sql("SELECT * FROM audit_log" + where + " ORDER BY id").params(params).query(this::row).stream()) {
      stream.forEach(consumer);
    }
  }

  private static String where(Criteria c, DataScope scope, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder(" WHERE ").append(scope.sql("actor_unit", "actor_hall", null));
    params.putAll(scope.params());
    if (c.actor() != null && !c.actor().isBlank()) {
      sql.append(" AND LOWER(actor) LIKE :actor");
      params.put("actor", "%" + c.actor().trim().toLowerCase() + "%");
    }
    if (c.action() != null && !c.action().isBlank()) {
      sql.append(" AND LOWER(action) LIKE :action");
      params.put("action", "%" + c.action().trim().toLowerCase() + "%");
    }
    if (c.target() != null && !c.target().isBlank()) {
      sql.append(" AND (LOWER(target_id) LIKE :target OR LOWER(path) LIKE :target)");
      params.put("target", "%" + c.target().trim().toLowerCase() + "%");
    }
    if (c.from() != null) {
      sql.append(" AND occurred_at >= :from");
      params.put("from", SqlTime.param(c.from().atStartOfDay(ChinaTime.ZONE).toInstant()));
    }
    if (c.to() != null) {
      sql.append(" AND occurred_at < :to");
      params.put("to", SqlTime.param(c.to().plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()));
    }
    return sql.toString();
  }

  private Entry row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    int status = rs.getInt("status");
    return new Entry(rs.getLong("id"), SqlTime.instant(rs, "occurred_at"), rs.getString("actor"),
        rs.getString("actor_unit"), rs.getString("actor_hall"), rs.getString("remote_addr"),
        rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
        rs.getString("http_method"), rs.getString("path"), rs.wasNull() ? null : status,
        rs.getString("before_state"), rs.getString("after_state"));
  }
}
