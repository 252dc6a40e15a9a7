package org.servicewindow.casework.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The supervision prompts (督办) raised on applications, for the 督办 list. */
@Repository
public class SupervisionPrompts {

  public record Prompt(UUID applicationId, String level, LocalDate raisedOn, String recipients) {}

  private final JdbcClient jdbc;

  SupervisionPrompts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest prompt of each application given. */
  public Map<UUID, Prompt> latestOf(Collection<UUID> applicationIds) {
    Map<UUID, Prompt> latest = new HashMap<>();
    if (applicationIds.isEmpty()) {
      return latest;
    }
    List<Prompt> prompts = jdbc.sql("""
            SELECT application_id, level, raised_on, recipients FROM supervision_prompt
             WHERE application_id IN (:ids) ORDER BY raised_at
            """)
        .param("ids", applicationIds)
        .query((rs, n) -> new Prompt(rs.getObject("application_id", UUID.class), rs.getString("level"),
            rs.getObject("raised_on", LocalDate.class), rs.getString("recipients")))
        .list();
    prompts.forEach(p -> latest.put(p.applicationId(), p));
    return latest;
  }
}
