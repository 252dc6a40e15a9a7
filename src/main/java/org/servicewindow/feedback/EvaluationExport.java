package org.servicewindow.feedback;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The evaluations of a period as a batch for the provincial 好差评 platform (format
 * {@code sw-evaluation-batch/1}, documented in docs/feedback.md). Contact data is never exported; a rating
 * excluded by an upheld appeal is exported with {@code excluded: true}. Sending is left to a
 * {@link ProvincialPlatform} adapter; the default is the file download on the statistics page.
 */
@Service
public class EvaluationExport {

  /** The batch. */
  public record Batch(String format, java.time.OffsetDateTime generatedAt, LocalDate from, LocalDate to, int count, List<Item> items) {}

  /** One rating in the batch. */
  public record Item(UUID id, String subjectKind, UUID subjectId, String serviceCode, String unitCode, String hallCode,
      String windowCode, String staffUsername, int level, boolean negative, String channel, List<String> reasons,
      String comment, java.time.OffsetDateTime servedAt, java.time.OffsetDateTime ratedAt, boolean excluded) {}

  /** Where a batch goes (an HTTP client of the provincial platform once its interface is agreed). */
  public interface ProvincialPlatform {
    void send(Batch batch);
  }

  static final int MAX_DAYS = 93;

  private final JdbcClient jdbc;
  private final java.time.Clock clock;

  EvaluationExport(JdbcClient jdbc, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The batch of ratings given in [from, to] (at most {@value #MAX_DAYS} days; longer periods are cut). */
  public Batch batch(LocalDate from, LocalDate to) {
    LocalDate end = to.isAfter(from.plusDays(MAX_DAYS - 1)) ? from.plusDays(MAX_DAYS - 1) : to;
    Map<String, Object> p = new HashMap<>();
    p.put("from", SqlTime.param(from.atStartOfDay(ChinaTime.ZONE).toInstant()));
    p.put("to", SqlTime.param(end.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()));
    List<Item> items = jdbc.sql("""
            SELECT e.*, CASE WHEN EXISTS (SELECT 1 FROM evaluation_appeal a WHERE a.evaluation_id = e.id
                                          AND a.status = 'UPHELD') THEN TRUE ELSE FALSE END AS excluded
              FROM evaluation e WHERE e.rated_at >= :from AND e.rated_at < :to ORDER BY e.rated_at, e.id""")
        .params(p)
        .query((rs, n) -> new Item(rs.getObject("id", UUID.class), rs.getString("kind"),
            rs.getObject("subject_id", UUID.class), rs.getString("service_code"), rs.getString("unit_code"),
            rs.getString("hall_code"), rs.getString("window_code"), rs.getString("staff_username"), rs.getInt("level"),
            rs.getBoolean("negative"), rs.getString("channel"),
            rs.getString("reasons") == null ? List.of() : Arrays.asList(rs.getString("reasons").split(",")),
            rs.getString("comment"), ChinaTime.toOffset(SqlTime.instant(rs, "served_at")),
            ChinaTime.toOffset(SqlTime.instant(rs, "rated_at")),
            rs.getBoolean("excluded")))
        .list();
    return new Batch("sw-evaluation-batch/1", ChinaTime.toOffset(clock.instant()), from, end, items.size(), items);
  }
}
