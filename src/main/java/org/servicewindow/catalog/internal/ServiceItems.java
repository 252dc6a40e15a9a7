package org.servicewindow.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicewindow.catalog.Audience;
import org.servicewindow.catalog.ItemType;
import org.servicewindow.catalog.LifeEvent;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored service items, and the searches over their published guides. */
@Repository
public class ServiceItems {

  /** What the admin list shows of an item: the name of its newest version and where its versions stand. */
  public record Listing(
      String code, String unitCode, String name, Integer currentVersion, Integer workingVersion,
      GuideStatus workingStatus, Instant updatedAt) {}

  /** Admin search criteria; all optional. {@code state}: {@code review}, {@code draft} or {@code unpublished}. */
  public record Criteria(String query, String unitCode, String state) {}

  /** A published item in a result list. */
  public record Published(
      String code, String unitCode, String name, ItemType type, Audience audience, int version,
      int promisedLimitDays, int legalLimitDays, int visits, boolean online, String resultName) {}

  /**
   * Public search criteria; all optional.
   *
   * @param terms words that must each appear in the name, code, pinyin initials or result
   * @param unitsNamed per term, the units whose name contains it (their items match the term too)
   * @param codes only these items (e.g. those handled in a hall); null for any
   */
  public record Search(List<String> terms, List<List<String>> unitsNamed, String unitCode, LifeEvent event,
      Collection<String> codes) {}

  private static final String PUBLISHED = """
      FROM catalog_item i JOIN catalog_guide g ON g.item_code = i.code AND g.version = i.current_version
      """;

  private final JdbcClient jdbc;

  ServiceItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ServiceItem> find(String code) {
    return jdbc.sql("SELECT * FROM catalog_item WHERE code = :code").param("code", code).query(this::row).optional();
  }

  /** The item, its row locked until the transaction ends: one change of its versions at a time. */
  public Optional<ServiceItem> lock(String code) {
    return jdbc.sql("SELECT * FROM catalog_item WHERE code = :code FOR UPDATE").param("code", code).query(this::row)
        .optional();
  }

  public Optional<ServiceItem> find(String code, DataScope scope) {
    return jdbc.sql("SELECT * FROM catalog_item i WHERE i.code = :code AND " + scope.sql("i.unit_code", null, null))
        .params(scope.params())
        .param("code", code)
        .query(this::row)
        .optional();
  }

  public boolean exists(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM catalog_item WHERE code = :code").param("code", code).query(Long.class)
        .single() > 0;
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM catalog_item").query(Long.class).single();
  }

  public void insert(ServiceItem item) {
    jdbc.sql("""
            INSERT INTO catalog_item (code, unit_code, current_version, working_version, created_at, created_by, updated_at)
            VALUES (:code, :unit, :current, :working, :createdAt, :createdBy, :updatedAt)
            """)
        .param("code", item.code())
        .param("unit", item.unitCode())
        .param("current", item.currentVersion())
        .param("working", item.workingVersion())
        .param("createdAt", SqlTime.param(item.createdAt()))
        .param("createdBy", item.createdBy())
        .param("updatedAt", SqlTime.param(item.updatedAt()))
        .update();
  }

  /** Makes {@code version} the working copy; false when the item already has one. */
  public boolean startWorking(String code, int version, Instant at) {
    return jdbc.sql("""
            UPDATE catalog_item SET working_version = :version, updated_at = :at
             WHERE code = :code AND working_version IS NULL
            """)
        .param("code", code).param("version", version).param("at", SqlTime.param(at))
        .update() == 1;
  }

  public void stopWorking(String code, Instant at) {
    jdbc.sql("UPDATE catalog_item SET working_version = NULL, updated_at = :at WHERE code = :code")
        .param("code", code).param("at", SqlTime.param(at)).update();
  }

  public void published(String code, int version, Instant at) {
    jdbc.sql("""
            UPDATE catalog_item SET current_version = :version, working_version = NULL, updated_at = :at
             WHERE code = :code
            """)
        .param("code", code).param("version", version).param("at", SqlTime.param(at)).update();
  }

  /** Removes an item that was never published, with its files. */
  public void delete(String code) {
    jdbc.sql("DELETE FROM catalog_file WHERE item_code = :code").param("code", code).update();
    jdbc.sql("DELETE FROM catalog_guide WHERE item_code = :code").param("code", code).update();
    jdbc.sql("DELETE FROM catalog_item WHERE code = :code AND current_version IS NULL").param("code", code).update();
  }

  public void touch(String code, Instant at) {
    jdbc.sql("UPDATE catalog_item SET updated_at = :at WHERE code = :code")
        .param("code", code).param("at", SqlTime.param(at)).update();
  }

  public Paged<Listing> search(Criteria c, DataScope scope, PageQuery page) {
    Map<String, Object> params = new HashMap<>(scope.params());
    StringBuilder where = new StringBuilder(" WHERE ").append(scope.sql("i.unit_code", null, null));
    if (Texts.present(c.query())) {
      where.append(" AND (LOWER(i.code) LIKE :q OR LOWER(g.name) LIKE :q OR LOWER(w.name) LIKE :q")
          .append(" OR g.search_initials LIKE :q OR w.search_initials LIKE :q)");
      params.put("q", like(c.query()));
    }
    if (Texts.present(c.unitCode())) {
      where.append(" AND i.unit_code = :unit");
      params.put("unit", c.unitCode());
    }
    if ("review".equals(c.state())) {
      where.append(" AND w.status = 'IN_REVIEW'");
    } else if ("draft".equals(c.state())) {
      where.append(" AND w.status = 'DRAFT'");
    } else if ("unpublished".equals(c.state())) {
      where.append(" AND i.current_version IS NULL");
    }
    String from = """
         FROM catalog_item i
         LEFT JOIN catalog_guide g ON g.item_code = i.code AND g.version = i.current_version
         LEFT JOIN catalog_guide w ON w.item_code = i.code AND w.version = i.working_version
        """;
    long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
    List<Listing> items = jdbc.sql("SELECT i.*, COALESCE(w.name, g.name) AS title, w.status AS working_status"
            + from + where + " ORDER BY i.code LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query((rs, n) -> new Listing(rs.getString("code"), rs.getString("unit_code"), rs.getString("title"),
            (Integer) rs.getObject("current_version", Integer.class),
            (Integer) rs.getObject("working_version", Integer.class),
            rs.getString("working_status") == null ? null : GuideStatus.valueOf(rs.getString("working_status")),
            SqlTime.instant(rs, "updated_at")))
        .list();
    return page.result(items, total);
  }

  /** Published items matching the search, best matches first: the exact name, then names starting with the words. */
  public Paged<Published> searchPublished(Search s, PageQuery page) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder(" WHERE 1=1");
    for (int t = 0; t < s.terms().size(); t++) {
      where.append(" AND (LOWER(g.name) LIKE :q").append(t).append(" OR LOWER(i.code) LIKE :q").append(t)
          .append(" OR g.search_initials LIKE :q").append(t).append(" OR LOWER(g.result_name) LIKE :q").append(t);
      params.put("q" + t, like(s.terms().get(t)));
      List<String> units = s.unitsNamed().get(t);
      if (!units.isEmpty()) {
        where.append(" OR i.unit_code IN (:u").append(t).append(")");
        params.put("u" + t, units);
      }
      where.append(")");
    }
    if (Texts.present(s.unitCode())) {
      where.append(" AND i.unit_code = :unit");
      params.put("unit", s.unitCode());
    }
    if (s.event() != null) {
      where.append(" AND EXISTS (SELECT 1 FROM catalog_guide_event e WHERE e.item_code = i.code")
          .append(" AND e.version = i.current_version AND e.life_event = :event)");
      params.put("event", s.event().name());
    }
    if (s.codes() != null) {
      if (s.codes().isEmpty()) {
        return page.result(List.of(), 0);
      }
      where.append(" AND i.code IN (:codes)");
      params.put("codes", s.codes());
    }
    String phrase = String.join("", s.terms());
    params.put("exact", phrase);
    params.put("prefix", phrase.isEmpty() ? "" : like(phrase).substring(1));
    long total = jdbc.sql("SELECT COUNT(*) " + PUBLISHED + where).params(params).query(Long.class).single();
    List<Published> items = jdbc.sql("SELECT i.code, i.unit_code, g.* " + PUBLISHED + where + """
             ORDER BY CASE WHEN g.name = :exact THEN 0 WHEN LOWER(g.name) LIKE :prefix THEN 1 ELSE 2 END, i.code
             LIMIT :limit OFFSET :offset
            """)
        .params(params)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(ServiceItems::published)
        .list();
    return page.result(items, total);
  }

  /** The published items with these codes, in no particular order (unknown or unpublished codes are left out). */
  public List<Published> published(Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT i.code, i.unit_code, g.* " + PUBLISHED + " WHERE i.code IN (:codes)")
        .param("codes", codes)
        .query(ServiceItems::published)
        .list();
  }

  /** Every published item, by unit and code: the choices of a window's services (a city has hundreds). */
  public List<Published> allPublished() {
    return jdbc.sql("SELECT i.code, i.unit_code, g.* " + PUBLISHED + " ORDER BY i.unit_code, i.code")
        .query(ServiceItems::published)
        .list();
  }

  /** How many published items each unit implements. */
  public Map<String, Long> publishedPerUnit() {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql("SELECT i.unit_code, COUNT(*) AS n " + PUBLISHED + " GROUP BY i.unit_code ORDER BY i.unit_code")
        .query(rs -> {
          counts.put(rs.getString("unit_code"), rs.getLong("n"));
        });
    return counts;
  }

  /** How many published items each life event is tagged on. */
  public Map<LifeEvent, Long> publishedPerLifeEvent() {
    Map<LifeEvent, Long> counts = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT e.life_event, COUNT(*) AS n FROM catalog_item i
              JOIN catalog_guide_event e ON e.item_code = i.code AND e.version = i.current_version
             GROUP BY e.life_event
            """)
        .query(rs -> {
          counts.put(LifeEvent.valueOf(rs.getString("life_event")), rs.getLong("n"));
        });
    return counts;
  }

  static Published published(ResultSet rs, int n) throws SQLException {
    return new Published(rs.getString("code"), rs.getString("unit_code"), rs.getString("name"),
        ItemType.valueOf(rs.getString("item_type")), Audience.valueOf(rs.getString("audience")), rs.getInt("version"),
        rs.getInt("promised_limit_days"), rs.getInt("legal_limit_days"), rs.getInt("visits"), rs.getBoolean("online"),
        rs.getString("result_name"));
  }

  private ServiceItem row(ResultSet rs, int n) throws SQLException {
    return new ServiceItem(rs.getString("code"), rs.getString("unit_code"),
        rs.getObject("current_version", Integer.class), rs.getObject("working_version", Integer.class),
        SqlTime.instant(rs, "created_at"), rs.getString("created_by"), SqlTime.instant(rs, "updated_at"));
  }

  /** A case-insensitive {@code LIKE} pattern for a search word, its wildcards escaped. */
  private static String like(String word) {
    return "%" + word.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
        .replace("_", "\\_") + "%";
  }

  static List<String> words(String query) {
    List<String> words = new ArrayList<>();
    if (query != null) {
      for (String w : query.strip().split("[\\s,，、]+")) {
        if (!w.isBlank() && words.size() < 5) {
          words.add(w);
        }
      }
    }
    return words;
  }
}
