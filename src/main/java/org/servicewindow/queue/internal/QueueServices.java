package org.servicewindow.queue.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The services each hall's kiosks offer, with their number prefixes. */
@Repository
public class QueueServices {

  /** A service of a hall's line: the kiosk label and the prefix of its numbers (A → A001). */
  public record QueueService(String hallCode, String serviceCode, String name, String prefix, Kind kind,
      int sortOrder, boolean enabled) {}

  /** An ordinary service, or the consultation desk (咨询台) with its own numbers. */
  public enum Kind {
    SERVICE,
    CONSULTATION
  }

  private final JdbcClient jdbc;

  QueueServices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<QueueService> ofHall(String hall) {
    return jdbc.sql("SELECT * FROM queue_service WHERE hall_code = :hall ORDER BY sort_order, prefix")
        .param("hall", hall).query(QueueServices::row).list();
  }

  public Optional<QueueService> find(String hall, String service) {
    return jdbc.sql("SELECT * FROM queue_service WHERE hall_code = :hall AND service_code = :service")
        .param("hall", hall).param("service", service).query(QueueServices::row).optional();
  }

  /** Adds or changes a service of a hall; a prefix another service of the hall uses is refused. */
  public void save(QueueService s) {
    int updated = jdbc.sql("""
            UPDATE queue_service SET name = :name, prefix = :prefix, kind = :kind, sort_order = :sort, enabled = :enabled
             WHERE hall_code = :hall AND service_code = :service
            """)
        .param("name", s.name()).param("prefix", s.prefix()).param("kind", s.kind().name())
        .param("sort", s.sortOrder()).param("enabled", s.enabled()).param("hall", s.hallCode())
        .param("service", s.serviceCode()).update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO queue_service (hall_code, service_code, name, prefix, kind, sort_order, enabled)
              VALUES (:hall, :service, :name, :prefix, :kind, :sort, :enabled)
              """)
          .param("hall", s.hallCode()).param("service", s.serviceCode()).param("name", s.name())
          .param("prefix", s.prefix()).param("kind", s.kind().name()).param("sort", s.sortOrder())
          .param("enabled", s.enabled()).update();
    }
  }

  public boolean prefixTaken(String hall, String prefix, String exceptService) {
    return jdbc.sql("SELECT COUNT(*) FROM queue_service WHERE hall_code = :hall AND prefix = :prefix AND service_code <> :service")
        .param("hall", hall).param("prefix", prefix).param("service", exceptService)
        .query(Long.class).single() > 0;
  }

  private static QueueService row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new QueueService(rs.getString("hall_code"), rs.getString("service_code"), rs.getString("name"),
        rs.getString("prefix"), Kind.valueOf(rs.getString("kind")), rs.getInt("sort_order"), rs.getBoolean("enabled"));
  }

}
