package org.servicewindow.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.servicewindow.catalog.LifeEvent;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored one-matter bundles and their items. */
@Repository
public class Bundles {

  private final JdbcClient jdbc;

  Bundles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Bundle> find(String code) {
    return jdbc.sql("SELECT * FROM catalog_bundle WHERE code = :code").param("code", code).query(this::row).optional()
        .map(this::withItems);
  }

  public boolean exists(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM catalog_bundle WHERE code = :code").param("code", code).query(Long.class)
        .single() > 0;
  }

  public Paged<Bundle> list(PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM catalog_bundle").query(Long.class).single();
    List<Bundle> items = jdbc.sql("SELECT * FROM catalog_bundle ORDER BY code LIMIT :limit OFFSET :offset")
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(this::row)
        .list().stream().map(this::withItems).toList();
    return page.result(items, total);
  }

  public void insert(Bundle b) {
    jdbc.sql("""
            INSERT INTO catalog_bundle (code, name, kind, description, life_event, created_at, updated_at)
            VALUES (:code, :name, :kind, :description, :event, :createdAt, :updatedAt)
            """)
        .param("code", b.code())
        .param("name", b.name())
        .param("kind", b.kind().name())
        .param("description", b.description())
        .param("event", b.lifeEvent() == null ? null : b.lifeEvent().name())
        .param("createdAt", SqlTime.param(b.createdAt()))
        .param("updatedAt", SqlTime.param(b.updatedAt()))
        .update();
    insertItems(b);
  }

  public void update(Bundle b) {
    jdbc.sql("""
            UPDATE catalog_bundle SET name = :name, kind = :kind, description = :description, life_event = :event,
                   updated_at = :updatedAt
             WHERE code = :code
            """)
        .param("code", b.code())
        .param("name", b.name())
        .param("kind", b.kind().name())
        .param("description", b.description())
        .param("event", b.lifeEvent() == null ? null : b.lifeEvent().name())
        .param("updatedAt", SqlTime.param(b.updatedAt()))
        .update();
    jdbc.sql("DELETE FROM catalog_bundle_item WHERE bundle_code = :code").param("code", b.code()).update();
    insertItems(b);
  }

  public void delete(String code) {
    jdbc.sql("DELETE FROM catalog_bundle WHERE code = :code").param("code", code).update();
  }

  private void insertItems(Bundle b) {
    for (int i = 0; i < b.items().size(); i++) {
      jdbc.sql("INSERT INTO catalog_bundle_item (bundle_code, item_code, seq, mandatory) VALUES (:b, :i, :seq, :m)")
          .param("b", b.code())
          .param("i", b.items().get(i).itemCode())
          .param("seq", i)
          .param("m", b.items().get(i).mandatory())
          .update();
    }
  }

  private Bundle withItems(Bundle b) {
    List<Bundle.Member> members = new ArrayList<>(jdbc.sql("""
            SELECT item_code, mandatory FROM catalog_bundle_item WHERE bundle_code = :code ORDER BY seq
            """)
        .param("code", b.code())
        .query((rs, n) -> new Bundle.Member(rs.getString("item_code"), rs.getBoolean("mandatory")))
        .list());
    return new Bundle(b.code(), b.name(), b.kind(), b.description(), b.lifeEvent(), members, b.createdAt(),
        b.updatedAt());
  }

  private Bundle row(ResultSet rs, int n) throws SQLException {
    String event = rs.getString("life_event");
    return new Bundle(rs.getString("code"), rs.getString("name"), BundleKind.valueOf(rs.getString("kind")),
        rs.getString("description"), event == null ? null : LifeEvent.valueOf(event), List.of(),
        SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "updated_at"));
  }
}
