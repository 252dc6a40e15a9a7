package org.servicewindow.catalog.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored blank forms and samples, in the database so every node serves the same file. */
@Repository
public class CatalogFiles {

  private final JdbcClient jdbc;

  CatalogFiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(CatalogFile f) {
    jdbc.sql("""
            INSERT INTO catalog_file (id, item_code, file_name, content_type, size_bytes, sha256, content, uploaded_at,
                                      uploaded_by)
            VALUES (:id, :item, :name, :type, :size, :sha, :content, :at, :by)
            """)
        .param("id", f.id())
        .param("item", f.itemCode())
        .param("name", f.fileName())
        .param("type", f.contentType())
        .param("size", f.size())
        .param("sha", f.sha256())
        .param("content", f.content())
        .param("at", SqlTime.param(f.uploadedAt()))
        .param("by", f.uploadedBy())
        .update();
  }

  public Optional<CatalogFile> find(UUID id) {
    return jdbc.sql("SELECT * FROM catalog_file WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> new CatalogFile(rs.getObject("id", UUID.class), rs.getString("item_code"),
            rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("sha256"),
            rs.getBytes("content"), SqlTime.instant(rs, "uploaded_at"), rs.getString("uploaded_by")))
        .optional();
  }

  /** The names of these files, to show beside the materials they belong to. */
  public Map<UUID, String> names(Collection<UUID> ids) {
    Map<UUID, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("SELECT id, file_name FROM catalog_file WHERE id IN (:ids)")
          .param("ids", ids)
          .query(rs -> {
            names.put(rs.getObject("id", UUID.class), rs.getString("file_name"));
          });
    }
    return names;
  }
}
