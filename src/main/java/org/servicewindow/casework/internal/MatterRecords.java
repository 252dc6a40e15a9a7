package org.servicewindow.casework.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one-matter bundles received at the window; their applications carry the matter's id. */
@Repository
public class MatterRecords {

  /**
   * A matter as received.
   *
   * @param bundleCode the catalog's bundle, or null for items the window picked one by one (点餐式)
   */
  public record Matter(UUID id, String bundleCode, String name, String hallCode, String receivedBy, Instant receivedAt) {}

  private final JdbcClient jdbc;

  MatterRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Matter m) {
    jdbc.sql("""
            INSERT INTO application_matter (id, bundle_code, name, hall_code, received_by, received_at)
            VALUES (:id, :bundle, :name, :hall, :by, :at)
            """)
        .param("id", m.id()).param("bundle", m.bundleCode()).param("name", m.name()).param("hall", m.hallCode())
        .param("by", m.receivedBy()).param("at", SqlTime.param(m.receivedAt())).update();
  }

  public Optional<Matter> find(UUID id) {
    return jdbc.sql("SELECT * FROM application_matter WHERE id = :id").param("id", id)
        .query((rs, n) -> new Matter(rs.getObject("id", UUID.class), rs.getString("bundle_code"), rs.getString("name"),
            rs.getString("hall_code"), rs.getString("received_by"), SqlTime.instant(rs, "received_at")))
        .optional();
  }
}
