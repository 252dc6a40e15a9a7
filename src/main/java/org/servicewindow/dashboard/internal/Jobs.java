package org.servicewindow.dashboard.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.common.Ids;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Background jobs' state in {@code dash_job}, so any node shows their progress and serves their result. */
@Component
public class Jobs {

  public enum Kind { REBUILD, EXPORT }

  public enum Status { QUEUED, RUNNING, DONE, FAILED }

  public record Job(UUID id, Kind kind, Status status, String requestedBy, String parameters, int progress,
      long processed, String message, String fileName, Instant createdAt, Instant finishedAt) {

    public boolean finished() {
      return status == Status.DONE || status == Status.FAILED;
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  Jobs(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public UUID create(Kind kind, String requestedBy, String parameters) {
    UUID id = Ids.newId(clock);
    jdbc.sql("""
            INSERT INTO dash_job (id, kind, status, requested_by, parameters, created_at)
            VALUES (:id, :kind, 'QUEUED', :by, :p, :at)""")
        .param("id", id).param("kind", kind.name()).param("by", requestedBy).param("p", parameters)
        .param("at", SqlTime.param(clock.instant())).update();
    return id;
  }

  public void progress(UUID id, int percent, long processed) {
    jdbc.sql("UPDATE dash_job SET status = 'RUNNING', progress = :p, processed = :n WHERE id = :id")
        .param("p", Math.max(0, Math.min(100, percent))).param("n", processed).param("id", id).update();
  }

  public void done(UUID id, String fileName, byte[] content, String message) {
    jdbc.sql("""
            UPDATE dash_job SET status = 'DONE', progress = 100, file_name = :f, content = :c, message = :m,
                   finished_at = :at WHERE id = :id""")
        .param("f", fileName).param("c", content).param("m", message).param("at", SqlTime.param(clock.instant()))
        .param("id", id).update();
  }

  public void failed(UUID id, String message) {
    jdbc.sql("UPDATE dash_job SET status = 'FAILED', message = :m, finished_at = :at WHERE id = :id")
        .param("m", message == null ? "error" : message.substring(0, Math.min(500, message.length())))
        .param("at", SqlTime.param(clock.instant())).param("id", id).update();
  }

  public Optional<Job> find(UUID id) {
    return jdbc.sql("SELECT * FROM dash_job WHERE id = :id").param("id", id).query(Jobs::row).optional();
  }

  /** The latest jobs of a kind, optionally only one user's. */
  public List<Job> latest(Kind kind, String requestedBy, int limit) {
    return jdbc.sql("SELECT * FROM dash_job WHERE kind = :kind"
            + (requestedBy == null ? "" : " AND requested_by = :by") + " ORDER BY created_at DESC LIMIT " + limit)
        .param("kind", kind.name()).params(requestedBy == null ? java.util.Map.of() : java.util.Map.of("by", requestedBy))
        .query(Jobs::row).list();
  }

  public Optional<byte[]> content(UUID id) {
    return jdbc.sql("SELECT content FROM dash_job WHERE id = :id AND status = 'DONE'").param("id", id)
        .query((rs, n) -> rs.getBytes("content")).optional();
  }

  private static Job row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Job(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
        Status.valueOf(rs.getString("status")), rs.getString("requested_by"), rs.getString("parameters"),
        rs.getInt("progress"), rs.getLong("processed"), rs.getString("message"), rs.getString("file_name"),
        SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "finished_at"));
  }
}
