package org.servicewindow.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.SqlTime;
import org.servicewindow.feedback.EvaluationChannel;
import org.servicewindow.feedback.Reason;
import org.servicewindow.feedback.SubjectKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ratings: inserted once, never updated or deleted (there is deliberately no method for either). */
@Repository
public class EvaluationStore {

  private final JdbcClient jdbc;

  EvaluationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean existsFor(String token) {
    return jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE token = :token").param("token", token)
        .query(Long.class).single() > 0;
  }

  /**
   * Inserts a rating; the unique token turns the loser of two simultaneous ratings of one service into a
   * 409 (the whole transaction is rolled back, nothing goes on after the duplicate key).
   */
  public void insert(EvaluationRecord e) {
    try {
      jdbc.sql("""
              INSERT INTO evaluation (id, token, kind, subject_id, level, negative, channel, reasons, comment,
                                      contact_name, contact_phone, hall_code, unit_code, window_code, staff_username,
                                      service_code, served_at, rated_at)
              VALUES (:id, :token, :kind, :subject, :level, :negative, :channel, :reasons, :comment, :contactName,
                      :contactPhone, :hall, :unit, :window, :staff, :service, :servedAt, :ratedAt)
              """)
          .param("id", e.id()).param("token", e.token()).param("kind", e.kind().name()).param("subject", e.subjectId())
          .param("level", e.level()).param("negative", e.negative()).param("channel", e.channel().name())
          .param("reasons", e.reasons().isEmpty() ? null
              : e.reasons().stream().map(Reason::name).collect(Collectors.joining(",")))
          .param("comment", e.comment()).param("contactName", e.contactName()).param("contactPhone", e.contactPhone())
          .param("hall", e.hallCode()).param("unit", e.unitCode()).param("window", e.windowCode())
          .param("staff", e.staffUsername()).param("service", e.serviceCode())
          .param("servedAt", SqlTime.param(e.servedAt())).param("ratedAt", SqlTime.param(e.ratedAt()))
          .update();
    } catch (DuplicateKeyException duplicate) {
      throw new ConflictException("feedback.alreadyEvaluated");
    }
  }

  /** Keeps the scan of a paper evaluation form. */
  public void attachScan(UUID evaluation, String fileName, String contentType, byte[] content, String by,
      java.time.Instant at) {
    jdbc.sql("""
            INSERT INTO evaluation_scan (evaluation_id, file_name, content_type, content, entered_by, entered_at)
            VALUES (:id, :name, :type, :content, :by, :at)
            """)
        .param("id", evaluation).param("name", fileName).param("type", contentType).param("content", content)
        .param("by", by).param("at", SqlTime.param(at))
        .update();
  }

  public Optional<EvaluationRecord> find(UUID id) {
    return jdbc.sql("SELECT * FROM evaluation WHERE id = :id").param("id", id).query(EvaluationStore::row).optional();
  }

  public Optional<EvaluationRecord> findByToken(String token) {
    return jdbc.sql("SELECT * FROM evaluation WHERE token = :token").param("token", token)
        .query(EvaluationStore::row).optional();
  }

  static EvaluationRecord row(ResultSet rs, int n) throws SQLException {
    String reasons = rs.getString("reasons");
    List<Reason> list = reasons == null || reasons.isBlank() ? List.of()
        : Arrays.stream(reasons.split(",")).map(Reason::valueOf).toList();
    return new EvaluationRecord(rs.getObject("id", UUID.class), rs.getString("token"),
        SubjectKind.valueOf(rs.getString("kind")), rs.getObject("subject_id", UUID.class), rs.getInt("level"),
        rs.getBoolean("negative"), EvaluationChannel.valueOf(rs.getString("channel")), list, rs.getString("comment"),
        rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("hall_code"),
        rs.getString("unit_code"), rs.getString("window_code"), rs.getString("staff_username"),
        rs.getString("service_code"), SqlTime.instant(rs, "served_at"), SqlTime.instant(rs, "rated_at"));
  }
}
