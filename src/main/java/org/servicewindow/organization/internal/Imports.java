package org.servicewindow.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored import results. */
@Repository
public class Imports {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  Imports(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void insert(ImportRecord r) {
    jdbc.sql("""
            INSERT INTO org_import (id, kind, file_name, succeeded, row_count, imported, problems, imported_by, imported_at)
            VALUES (:id, :kind, :file, :succeeded, :rows, :imported, :problems, :by, :at)
            """)
        .param("id", r.id())
        .param("kind", r.kind().name())
        .param("file", r.fileName())
        .param("succeeded", r.succeeded())
        .param("rows", r.rowCount())
        .param("imported", r.imported())
        .param("problems", json.writeValueAsString(r.problems()))
        .param("by", r.importedBy())
        .param("at", SqlTime.param(r.importedAt()))
        .update();
  }

  /** An import, if the reader made it (or may see every import). */
  public Optional<ImportRecord> find(UUID id, String importedBy) {
    return jdbc.sql("SELECT * FROM org_import WHERE id = :id AND (CAST(:by AS VARCHAR(64)) IS NULL OR imported_by = :by)")
        .param("id", id)
        .param("by", importedBy)
        .query(this::row)
        .optional();
  }

  /** Recent imports, newest first, of one user (or everyone's when null). */
  public Paged<ImportRecord> recent(String importedBy, PageQuery page) {
    String where = importedBy == null ? "" : " WHERE imported_by = :by";
    var count = jdbc.sql("SELECT COUNT(*) FROM org_import" + where);
    var select = jdbc.sql("SELECT * FROM org_import" + where + " ORDER BY imported_at DESC LIMIT :limit OFFSET :offset");
    if (importedBy != null) {
      count = count.param("by", importedBy);
      select = select.param("by", importedBy);
    }
    long total = count.query(Long.class).single();
    List<ImportRecord> items = select.param("limit", page.size()).param("offset", page.offset()).query(this::row).list();
    return page.result(items, total);
  }

  private ImportRecord row(ResultSet rs, int n) throws SQLException {
    String problems = rs.getString("problems");
    return new ImportRecord(rs.getObject("id", UUID.class), ImportKind.valueOf(rs.getString("kind")),
        rs.getString("file_name"), rs.getBoolean("succeeded"), rs.getInt("row_count"), rs.getInt("imported"),
        problems == null ? List.of() : json.readValue(problems, new TypeReference<List<RowProblem>>() {}),
        rs.getString("imported_by"), SqlTime.instant(rs, "imported_at"));
  }
}
