package org.servicewindow.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.enforcement.CaseStep;
import org.servicewindow.enforcement.ChainVerification;
import org.servicewindow.enforcement.RecordEntry;
import org.servicewindow.enforcement.RecordKind;
import org.servicewindow.identity.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hash-chained case record (全过程记录). Appending locks the case row, so two appends to one case
 * are serialized and can never both link to the same predecessor (no fork); the case row keeps the
 * chain's length and head, so a record cut short is detected too. Each append is also written to the
 * append-only audit log with its hash, an anchor outside this module's tables.
 */
@Component
public class CaseChain {

  /** What to append; the chain adds sequence number, time, hashes. */
  public record Draft(
      RecordKind kind, String summary, String content, String fileName, String fileType, CaseFiles.StoredFile file,
      Integer correctsSeq) {

    public static Draft of(RecordKind kind, String summary, String content) {
      return new Draft(kind, summary, content, null, null, null, null);
    }
  }

  private static final String ANCHORED = "enforcement.record.appended";

  private final JdbcClient jdbc;
  private final CaseClock time;
  private final AuditTrail audit;
  private final CaseFiles files;
  private final JsonMapper json;

  CaseChain(JdbcClient jdbc, CaseClock time, AuditTrail audit, CaseFiles files, JsonMapper json) {
    this.jdbc = jdbc;
    this.time = time;
    this.audit = audit;
    this.files = files;
    this.json = json;
  }

  /** Locks the case row until the transaction ends; returns its current step. */
  public CaseStep lock(UUID caseId) {
    return jdbc.sql("SELECT step FROM enf_case WHERE id = :id FOR UPDATE")
        .param("id", caseId)
        .query((rs, n) -> CaseStep.valueOf(rs.getString("step")))
        .optional()
        .orElseThrow(() -> new NotFoundException("enf.case.notFound"));
  }

  /** Appends an entry at the end of the case's chain; must run inside the transaction that changes the case. */
  @Transactional(propagation = Propagation.MANDATORY)
  public RecordEntry append(UUID caseId, String actor, Draft draft) {
    record Head(int length, String hash, CaseStep step) {}
    Head head = jdbc.sql("SELECT record_length, record_head, step FROM enf_case WHERE id = :id FOR UPDATE")
        .param("id", caseId)
        .query((rs, n) -> new Head(rs.getInt("record_length"), rs.getString("record_head"),
            CaseStep.valueOf(rs.getString("step"))))
        .optional()
        .orElseThrow(() -> new NotFoundException("enf.case.notFound"));
    int seq = head.length() + 1;
    Instant at = time.clock().instant().truncatedTo(ChronoUnit.MICROS);
    CaseFiles.StoredFile file = draft.file();
    String summary = cut(draft.summary(), 500);
    String content = cut(draft.content(), 8000);
    String canonical = ChainHash.canonical(caseId, seq, draft.kind().name(), head.step().name(), at, actor, summary,
        content, draft.fileName(), draft.fileType(), file == null ? null : file.size(),
        file == null ? null : file.sha256(), draft.correctsSeq());
    String hash = ChainHash.hash(head.hash(), canonical);
    UUID id = Ids.newId(time.clock());
    jdbc.sql("""
            INSERT INTO enf_record (id, case_id, seq, kind, step, recorded_at, actor, summary, content, file_name,
                                    file_type, file_size, file_sha256, storage_key, corrects_seq, prev_hash, hash)
            VALUES (:id, :caseId, :seq, :kind, :step, :at, :actor, :summary, :content, :fileName,
                    :fileType, :fileSize, :sha, :key, :corrects, :prev, :hash)
            """)
        .param("id", id).param("caseId", caseId).param("seq", seq).param("kind", draft.kind().name())
        .param("step", head.step().name()).param("at", SqlTime.param(at)).param("actor", actor)
        .param("summary", summary).param("content", content).param("fileName", draft.fileName())
        .param("fileType", draft.fileType()).param("fileSize", file == null ? null : file.size())
        .param("sha", file == null ? null : file.sha256()).param("key", file == null ? null : file.key())
        .param("corrects", draft.correctsSeq()).param("prev", head.hash()).param("hash", hash)
        .update();
    jdbc.sql("UPDATE enf_case SET record_length = :seq, record_head = :hash, updated_at = :at WHERE id = :id")
        .param("seq", seq).param("hash", hash).param("at", SqlTime.param(at)).param("id", caseId)
        .update();
    audit.record(ANCHORED, "enforcement_case", caseId, null,
        Map.of("seq", seq, "kind", draft.kind().name(), "hash", hash));
    return new RecordEntry(id, caseId, seq, draft.kind(), head.step(), at, actor, summary, content, draft.fileName(),
        draft.fileType(), file == null ? null : file.size(), file == null ? null : file.sha256(), draft.correctsSeq(),
        head.hash(), hash);
  }

  public Paged<RecordEntry> entries(UUID caseId, PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM enf_record WHERE case_id = :id").param("id", caseId)
        .query(Long.class).single();
    List<RecordEntry> items = jdbc.sql("SELECT * FROM enf_record WHERE case_id = :id ORDER BY seq LIMIT :limit OFFSET :offset")
        .param("id", caseId).param("limit", page.size()).param("offset", page.offset())
        .query(CaseChain::entry).list();
    return page.result(items, total);
  }

  public java.util.Optional<RecordEntry> entry(UUID caseId, int seq) {
    return jdbc.sql("SELECT * FROM enf_record WHERE case_id = :id AND seq = :seq")
        .param("id", caseId).param("seq", seq).query(CaseChain::entry).optional();
  }

  public java.util.Optional<String> storageKey(UUID caseId, int seq) {
    return jdbc.sql("SELECT storage_key FROM enf_record WHERE case_id = :id AND seq = :seq AND storage_key IS NOT NULL")
        .param("id", caseId).param("seq", seq).query(String.class).optional();
  }

  /**
   * Recomputes the chain from the first entry: each entry's link to its predecessor, its hash over its
   * content, its file on disk, and finally the head kept on the case row. Reports the first broken link.
   */
  public ChainVerification verify(UUID caseId) {
    record Head(String number, int length, String hash) {}
    Head head = jdbc.sql("SELECT case_number, record_length, record_head FROM enf_case WHERE id = :id")
        .param("id", caseId)
        .query((rs, n) -> new Head(rs.getString("case_number"), rs.getInt("record_length"), rs.getString("record_head")))
        .optional()
        .orElseThrow(() -> new NotFoundException("enf.case.notFound"));
    Instant now = time.clock().instant();
    record Stored(RecordEntry entry, String storageKey) {}
    List<Stored> stored = jdbc.sql("SELECT * FROM enf_record WHERE case_id = :id ORDER BY seq")
        .param("id", caseId)
        .query((rs, n) -> new Stored(entry(rs, n), rs.getString("storage_key")))
        .list();
    String previous = ChainHash.GENESIS;
    int expectedSeq = 1;
    for (Stored s : stored) {
      RecordEntry e = s.entry();
      if (e.seq() != expectedSeq) {
        return broken(caseId, head.number(), stored.size(), expectedSeq, "missing", null, null, now);
      }
      if (!previous.equals(e.prevHash())) {
        return broken(caseId, head.number(), stored.size(), e.seq(), "link", previous, e.prevHash(), now);
      }
      String recomputed = ChainHash.hash(e.prevHash(), ChainHash.canonical(caseId, e.seq(), e.kind().name(),
          e.step().name(), e.recordedAt(), e.actor(), e.summary(), e.content(), e.fileName(), e.fileType(),
          e.fileSize(), e.fileSha256(), e.correctsSeq()));
      if (!recomputed.equals(e.hash())) {
        return broken(caseId, head.number(), stored.size(), e.seq(), "content", recomputed, e.hash(), now);
      }
      if (e.hasFile()) {
        CaseFiles.StoredFile onDisk = s.storageKey() == null ? null : files.measure(s.storageKey());
        if (onDisk == null || onDisk.size() != e.fileSize() || !onDisk.sha256().equals(e.fileSha256())) {
          return broken(caseId, head.number(), stored.size(), e.seq(), "file", e.fileSha256(),
              onDisk == null ? null : onDisk.sha256(), now);
        }
      }
      previous = e.hash();
      expectedSeq++;
    }
    if (head.length() != stored.size() || !head.hash().equals(previous)) {
      return broken(caseId, head.number(), stored.size(), stored.size() + 1, "head", head.hash(), previous, now);
    }
    // A forger who rewrote an entry, every later hash and the head leaves a consistent chain; the hashes
    // the audit log kept when each entry was appended do not follow.
    List<JsonNode> anchors = audit.afterStates(ANCHORED, "enforcement_case", caseId).stream().map(json::readTree).toList();
    for (int i = 0; i < Math.max(anchors.size(), stored.size()); i++) {
      String anchored = i < anchors.size() ? anchors.get(i).path("hash").asString() : null;
      String kept = i < stored.size() ? stored.get(i).entry().hash() : null;
      if (anchored == null || !anchored.equals(kept)) {
        return broken(caseId, head.number(), stored.size(), i + 1, "anchor", anchored, kept, now);
      }
    }
    return new ChainVerification(caseId, head.number(), stored.size(), true, null, null, previous, previous, now);
  }

  private static ChainVerification broken(UUID caseId, String number, int entries, int seq, String problem,
      String expected, String stored, Instant now) {
    return new ChainVerification(caseId, number, entries, false, seq, problem, expected, stored, now);
  }

  static RecordEntry entry(ResultSet rs, int n) throws SQLException {
    long size = rs.getLong("file_size");
    Long fileSize = rs.wasNull() ? null : size;
    int corrects = rs.getInt("corrects_seq");
    Integer correctsSeq = rs.wasNull() ? null : corrects;
    return new RecordEntry(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getInt("seq"),
        RecordKind.valueOf(rs.getString("kind")), CaseStep.valueOf(rs.getString("step")),
        SqlTime.instant(rs, "recorded_at"), rs.getString("actor"), rs.getString("summary"), rs.getString("content"),
        rs.getString("file_name"), rs.getString("file_type"), fileSize, rs.getString("file_sha256"), correctsSeq,
        rs.getString("prev_hash"), rs.getString("hash"));
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
