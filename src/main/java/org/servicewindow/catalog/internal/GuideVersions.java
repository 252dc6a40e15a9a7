package org.servicewindow.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.catalog.Audience;
import org.servicewindow.catalog.FieldType;
import org.servicewindow.catalog.FormField;
import org.servicewindow.catalog.GuideContent;
import org.servicewindow.catalog.ItemType;
import org.servicewindow.catalog.LifeEvent;
import org.servicewindow.catalog.Medium;
import org.servicewindow.catalog.ProcedureStep;
import org.servicewindow.catalog.RequiredMaterial;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored versions of guides with their materials, steps, form questions and life events. Content is
 * written only while a version is a draft: every write of content is conditional on that state, so a
 * published version cannot be changed through here even by a caller that forgot to check.
 */
@Repository
public class GuideVersions {

  /** A version in an item's history. */
  public record Listing(
      int version, GuideStatus status, String name, String changeNote, List<String> editors, Instant editedAt,
      String submittedBy, String reviewedBy, Instant publishedAt) {}

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  GuideVersions(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  public Optional<GuideVersion> find(String code, int version) {
    return jdbc.sql("SELECT * FROM catalog_guide WHERE item_code = :code AND version = :version")
        .param("code", code)
        .param("version", version)
        .query((rs, n) -> row(rs))
        .optional()
        .map(this::withChildren);
  }

  public int nextVersion(String code) {
    return jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM catalog_guide WHERE item_code = :code")
        .param("code", code).query(Integer.class).single();
  }

  public Paged<Listing> history(String code, PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM catalog_guide WHERE item_code = :code").param("code", code)
        .query(Long.class).single();
    List<Listing> items = jdbc.sql("""
            SELECT * FROM catalog_guide WHERE item_code = :code ORDER BY version DESC LIMIT :limit OFFSET :offset
            """)
        .param("code", code)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query((rs, n) -> {
          GuideVersion v = row(rs);
          return new Listing(v.version(), v.status(), v.content().name(), v.changeNote(), v.editors(), v.editedAt(),
              v.submittedBy(), v.reviewedBy(), v.publishedAt());
        })
        .list();
    return page.result(items, total);
  }

  public void insert(GuideVersion v) {
    batch.update("""
        INSERT INTO catalog_guide (item_code, version, status, name, search_initials, item_type, audience, legal_basis,
                                   conditions, charged, fee, fee_basis, legal_limit_days, promised_limit_days, visits,
                                   online, place, hours, consult_phone, complaint_phone, result_name, change_note,
                                   editors, created_at, created_by, edited_at, submitted_at, submitted_by, reviewed_at,
                                   reviewed_by, review_comment, published_at)
        VALUES (:code, :version, :status, :name, :initials, :type, :audience, :legalBasis, :conditions, :charged, :fee,
                :feeBasis, :legalLimit, :promisedLimit, :visits, :online, :place, :hours, :consultPhone,
                :complaintPhone, :resultName, :changeNote, :editors, :createdAt, :createdBy, :editedAt, :submittedAt,
                :submittedBy, :reviewedAt, :reviewedBy, :reviewComment, :publishedAt)
        """, params(v));
    insertChildren(v);
  }

  /** Replaces a draft's content; a version that is no longer a draft is refused. */
  public void updateDraft(GuideVersion v) {
    int updated = batch.update("""
        UPDATE catalog_guide SET name = :name, search_initials = :initials, item_type = :type, audience = :audience,
               legal_basis = :legalBasis, conditions = :conditions, charged = :charged, fee = :fee,
               fee_basis = :feeBasis, legal_limit_days = :legalLimit, promised_limit_days = :promisedLimit,
               visits = :visits, online = :online, place = :place, hours = :hours, consult_phone = :consultPhone,
               complaint_phone = :complaintPhone, result_name = :resultName, change_note = :changeNote,
               editors = :editors, edited_at = :editedAt
         WHERE item_code = :code AND version = :version AND status = 'DRAFT'
        """, params(v));
    if (updated != 1) {
      throw new ConflictException("catalog.guide.notDraft", v.itemCode(), v.version());
    }
    for (String table : List.of("catalog_material", "catalog_step", "catalog_form_field", "catalog_guide_event")) {
      jdbc.sql("DELETE FROM " + table + " WHERE item_code = :code AND version = :version")
          .param("code", v.itemCode()).param("version", v.version()).update();
    }
    insertChildren(v);
  }

  /** Moves a version from one state to the next (submit, approve, send back, supersede); content stays. */
  public void moved(GuideVersion v, GuideStatus from) {
    int updated = batch.update("""
        UPDATE catalog_guide SET status = :status, submitted_at = :submittedAt, submitted_by = :submittedBy,
               reviewed_at = :reviewedAt, reviewed_by = :reviewedBy, review_comment = :reviewComment,
               published_at = :publishedAt
         WHERE item_code = :code AND version = :version AND status = :from
        """, params(v).addValue("from", from.name()));
    if (updated != 1) {
      throw new ConflictException("catalog.guide.changedMeanwhile", v.itemCode(), v.version());
    }
  }

  public void deleteDraft(String code, int version) {
    int deleted = jdbc.sql("DELETE FROM catalog_guide WHERE item_code = :code AND version = :version AND status = 'DRAFT'")
        .param("code", code).param("version", version).update();
    if (deleted != 1) {
      throw new ConflictException("catalog.guide.notDraft", code, version);
    }
  }

  /** Whether the file is attached to a material of a guide in force (so it may be served to anyone). */
  public boolean attachedToPublished(UUID file) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM catalog_material m
              JOIN catalog_item i ON i.code = m.item_code AND i.current_version = m.version
             WHERE m.blank_form_id = :file OR m.sample_id = :file
            """)
        .param("file", file)
        .query(Long.class).single() > 0;
  }

  private void insertChildren(GuideVersion v) {
    GuideContent c = v.content();
    List<SqlParameterSource> materials = new ArrayList<>();
    for (int i = 0; i < c.materials().size(); i++) {
      RequiredMaterial m = c.materials().get(i);
      materials.add(key(v, i).addValue("materialCode", m.code()).addValue("name", m.name()).addValue("source", m.source())
          .addValue("original", m.original()).addValue("copies", m.copies()).addValue("medium", m.medium().name())
          .addValue("required", m.required()).addValue("condition", m.condition()).addValue("note", m.note())
          .addValue("blankForm", m.blankForm()).addValue("sample", m.sample()));
    }
    batch.batchUpdate("""
        INSERT INTO catalog_material (item_code, version, seq, code, name, source, original, copies, medium, required,
                                      condition_text, note, blank_form_id, sample_id)
        VALUES (:code, :version, :seq, :materialCode, :name, :source, :original, :copies, :medium, :required, :condition,
                :note, :blankForm, :sample)
        """, materials.toArray(SqlParameterSource[]::new));
    List<SqlParameterSource> steps = new ArrayList<>();
    for (int i = 0; i < c.steps().size(); i++) {
      ProcedureStep s = c.steps().get(i);
      steps.add(key(v, i).addValue("name", s.name()).addValue("description", s.description())
          .addValue("counts", s.countsTowardLimit()));
    }
    batch.batchUpdate("""
        INSERT INTO catalog_step (item_code, version, seq, name, description, counts_toward_limit)
        VALUES (:code, :version, :seq, :name, :description, :counts)
        """, steps.toArray(SqlParameterSource[]::new));
    List<SqlParameterSource> fields = new ArrayList<>();
    for (int i = 0; i < c.formFields().size(); i++) {
      FormField f = c.formFields().get(i);
      fields.add(key(v, i).addValue("key", f.key()).addValue("label", f.label()).addValue("type", f.type().name())
          .addValue("required", f.required()).addValue("options", f.options().isEmpty() ? null : String.join("\n", f.options())));
    }
    batch.batchUpdate("""
        INSERT INTO catalog_form_field (item_code, version, seq, field_key, label, field_type, required, options)
        VALUES (:code, :version, :seq, :key, :label, :type, :required, :options)
        """, fields.toArray(SqlParameterSource[]::new));
    List<SqlParameterSource> events = new ArrayList<>();
    for (int i = 0; i < c.lifeEvents().size(); i++) {
      events.add(key(v, i).addValue("event", c.lifeEvents().get(i).name()));
    }
    batch.batchUpdate("INSERT INTO catalog_guide_event (item_code, version, life_event) VALUES (:code, :version, :event)",
        events.toArray(SqlParameterSource[]::new));
  }

  private static MapSqlParameterSource key(GuideVersion v, int seq) {
    return new MapSqlParameterSource("code", v.itemCode()).addValue("version", v.version()).addValue("seq", seq);
  }

  private static MapSqlParameterSource params(GuideVersion v) {
    GuideContent c = v.content();
    Map<String, Object> p = new HashMap<>();
    p.put("code", v.itemCode());
    p.put("version", v.version());
    p.put("status", v.status().name());
    p.put("name", c.name());
    p.put("initials", SearchInitials.of(c.name()));
    p.put("type", c.type().name());
    p.put("audience", c.audience().name());
    p.put("legalBasis", c.legalBasis());
    p.put("conditions", c.conditions());
    p.put("charged", c.charged());
    p.put("fee", c.fee());
    p.put("feeBasis", c.feeBasis());
    p.put("legalLimit", c.legalLimitDays());
    p.put("promisedLimit", c.promisedLimitDays());
    p.put("visits", c.visits());
    p.put("online", c.online());
    p.put("place", c.place());
    p.put("hours", c.hours());
    p.put("consultPhone", c.consultPhone());
    p.put("complaintPhone", c.complaintPhone());
    p.put("resultName", c.resultName());
    p.put("changeNote", v.changeNote());
    p.put("editors", v.editors().isEmpty() ? null : String.join(",", v.editors()));
    p.put("createdAt", SqlTime.param(v.createdAt()));
    p.put("createdBy", v.createdBy());
    p.put("editedAt", SqlTime.param(v.editedAt()));
    p.put("submittedAt", SqlTime.param(v.submittedAt()));
    p.put("submittedBy", v.submittedBy());
    p.put("reviewedAt", SqlTime.param(v.reviewedAt()));
    p.put("reviewedBy", v.reviewedBy());
    p.put("reviewComment", v.reviewComment());
    p.put("publishedAt", SqlTime.param(v.publishedAt()));
    return new MapSqlParameterSource(p);
  }

  private static GuideVersion row(ResultSet rs) throws SQLException {
    String editors = rs.getString("editors");
    GuideContent content = new GuideContent(rs.getString("name"), ItemType.valueOf(rs.getString("item_type")),
        Audience.valueOf(rs.getString("audience")), rs.getString("legal_basis"), rs.getString("conditions"), List.of(),
        List.of(), rs.getBoolean("charged"), rs.getString("fee"), rs.getString("fee_basis"),
        rs.getObject("legal_limit_days", Integer.class), rs.getObject("promised_limit_days", Integer.class),
        rs.getObject("visits", Integer.class), rs.getBoolean("online"), rs.getString("place"), rs.getString("hours"),
        rs.getString("consult_phone"), rs.getString("complaint_phone"), rs.getString("result_name"), List.of(),
        List.of());
    return new GuideVersion(rs.getString("item_code"), rs.getInt("version"), GuideStatus.valueOf(rs.getString("status")),
        content, rs.getString("change_note"), editors == null ? List.of() : Arrays.asList(editors.split(",")),
        SqlTime.instant(rs, "created_at"), rs.getString("created_by"), SqlTime.instant(rs, "edited_at"),
        SqlTime.instant(rs, "submitted_at"), rs.getString("submitted_by"), SqlTime.instant(rs, "reviewed_at"),
        rs.getString("reviewed_by"), rs.getString("review_comment"), SqlTime.instant(rs, "published_at"));
  }

  private GuideVersion withChildren(GuideVersion v) {
    List<RequiredMaterial> materials = children("catalog_material", v, (rs, n) -> new RequiredMaterial(
        rs.getString("code"), rs.getString("name"), rs.getString("source"), rs.getBoolean("original"),
        rs.getInt("copies"), Medium.valueOf(rs.getString("medium")), rs.getBoolean("required"),
        rs.getString("condition_text"), rs.getString("note"), rs.getObject("blank_form_id", UUID.class),
        rs.getObject("sample_id", UUID.class)));
    List<ProcedureStep> steps = children("catalog_step", v, (rs, n) -> new ProcedureStep(rs.getString("name"),
        rs.getString("description"), rs.getBoolean("counts_toward_limit")));
    List<FormField> fields = children("catalog_form_field", v, (rs, n) -> new FormField(rs.getString("field_key"),
        rs.getString("label"), FieldType.valueOf(rs.getString("field_type")), rs.getBoolean("required"),
        rs.getString("options") == null ? List.of() : Arrays.asList(rs.getString("options").split("\n"))));
    List<LifeEvent> events = jdbc.sql("""
            SELECT life_event FROM catalog_guide_event WHERE item_code = :code AND version = :version
            """)
        .param("code", v.itemCode()).param("version", v.version())
        .query((rs, n) -> LifeEvent.valueOf(rs.getString(1)))
        .list().stream().sorted().toList();
    GuideContent c = v.content();
    GuideContent full = new GuideContent(c.name(), c.type(), c.audience(), c.legalBasis(), c.conditions(), materials,
        steps, c.charged(), c.fee(), c.feeBasis(), c.legalLimitDays(), c.promisedLimitDays(), c.visits(), c.online(),
        c.place(), c.hours(), c.consultPhone(), c.complaintPhone(), c.resultName(), events, fields);
    return new GuideVersion(v.itemCode(), v.version(), v.status(), full, v.changeNote(), v.editors(), v.createdAt(),
        v.createdBy(), v.editedAt(), v.submittedAt(), v.submittedBy(), v.reviewedAt(), v.reviewedBy(),
        v.reviewComment(), v.publishedAt());
  }

  private <T> List<T> children(String table, GuideVersion v, org.springframework.jdbc.core.RowMapper<T> mapper) {
    return jdbc.sql("SELECT * FROM " + table + " WHERE item_code = :code AND version = :version ORDER BY seq")
        .param("code", v.itemCode())
        .param("version", v.version())
        .query(mapper)
        .list();
  }
}
