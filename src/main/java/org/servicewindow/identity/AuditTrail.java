package org.servicewindow.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records who changed what, when and from where, with the state before and after. Every module calls it
 * for each domain write; the log is append-only (the database refuses updates and deletes).
 */
@Service
public class AuditTrail {

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate named;
  private final JsonMapper json;
  private final Clock clock;

  AuditTrail(JdbcClient jdbc, NamedParameterJdbcTemplate named, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.named = named;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records a domain write by the current actor.
   *
   * @param action what happened, e.g. {@code user.created}
   * @param targetType the kind of record, e.g. {@code user}
   * @param targetId its id or code
   * @param before its state before (null when created)
   * @param after its state after (null when removed)
   */
  public void record(String action, String targetType, Object targetId, Object before, Object after) {
    Actor actor = CurrentActor.get().orElse(null);
    insert(new Entry(
        actor == null ? null : actor.username(),
        actor == null ? null : actor.unitCode(),
        actor == null ? null : actor.hallCode(),
        action, targetType, targetId == null ? null : targetId.toString(),
        null, null, null, toJson(before), toJson(after)));
  }

  /** Records an event whose actor is not (yet) authenticated, such as a failed login. */
  public void recordAs(String actorName, String action, String targetType, Object targetId) {
    insert(new Entry(actorName, null, null, action, targetType,
        targetId == null ? null : targetId.toString(), null, null, null, null, null));
  }

  /** One row of the log as written; used by the request audit too. */
  record Entry(
      String actor,
      String actorUnit,
      String actorHall,
      String action,
      String targetType,
      String targetId,
      String httpMethod,
      String path,
      Integer status,
      String before,
      String after) {}

  private void insert(Entry e) {
    insertAll(List.of(stamp(e)));
  }

  /** An entry with the moment and the client address it belongs to, taken when it happened. */
  record Stamped(Instant at, String remoteAddr, Entry entry) {}

  /** Stamps an entry with the current time and the current request's client address. */
  Stamped stamp(Entry e) {
    return new Stamped(clock.instant(), remoteAddress(), e);
  }

  /** Writes entries stamped earlier in one JDBC batch (the request log stores a batch per commit). */
  void insertAll(List<Stamped> entries) {
    named.batchUpdate("""
            INSERT INTO audit_log (occurred_at, actor, actor_unit, actor_hall, remote_addr, action,
                                   target_type, target_id, http_method, path, status, before_state, after_state)
            VALUES (:at, :actor, :unit, :hall, :addr, :action, :type, :target, :method, :path, :status, :before, :after)
            """, entries.stream().map(AuditTrail::params).toArray(MapSqlParameterSource[]::new));
  }

  private static MapSqlParameterSource params(Stamped s) {
    Entry e = s.entry();
    return new MapSqlParameterSource()
        .addValue("at", SqlTime.param(s.at()))
        .addValue("actor", e.actor())
        .addValue("unit", e.actorUnit())
        .addValue("hall", e.actorHall())
        .addValue("addr", s.remoteAddr())
        .addValue("action", e.action())
        .addValue("type", e.targetType())
        .addValue("target", e.targetId())
        .addValue("method", e.httpMethod())
        .addValue("path", e.path())
        .addValue("status", e.status())
        .addValue("before", e.before())
        .addValue("after", e.after());
  }

  /**
   * The after-states recorded for one action on one record, oldest first: an anchor outside the writing
   * module's tables, so a module can check its own records against what was logged when they were written.
   */
  public List<String> afterStates(String action, String targetType, Object targetId) {
    return jdbc.sql("""
            SELECT after_state FROM audit_log
             WHERE action = :action AND target_type = :type AND target_id = :target
             ORDER BY id""")
        .param("action", action).param("type", targetType).param("target", targetId.toString())
        .query(String.class).list();
  }

  private String toJson(Object state) {
    if (state == null) {
      return null;
    }
    return state instanceof String s ? s : json.writeValueAsString(state);
  }

  private static String remoteAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}
