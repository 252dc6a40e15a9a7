package org.servicewindow.organization.internal;

import java.util.Optional;
import java.util.UUID;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored staff photos, in the database so every node serves the same picture. */
@Repository
public class Photos {

  private final JdbcClient jdbc;

  Photos(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Photo> of(UUID staffId) {
    return jdbc.sql("SELECT content_type, content, uploaded_at FROM org_staff_photo WHERE staff_id = :id")
        .param("id", staffId)
        .query((rs, n) -> new Photo(rs.getString("content_type"), rs.getBytes("content"), SqlTime.instant(rs, "uploaded_at")))
        .optional();
  }

  public void save(UUID staffId, Photo photo) {
    remove(staffId);
    jdbc.sql("INSERT INTO org_staff_photo (staff_id, content_type, content, uploaded_at) VALUES (:id, :type, :content, :at)")
        .param("id", staffId)
        .param("type", photo.contentType())
        .param("content", photo.content())
        .param("at", SqlTime.param(photo.uploadedAt()))
        .update();
  }

  public boolean remove(UUID staffId) {
    return jdbc.sql("DELETE FROM org_staff_photo WHERE staff_id = :id").param("id", staffId).update() > 0;
  }
}
