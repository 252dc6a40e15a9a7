package org.servicewindow.assessment.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.assessment.Indicator;
import org.servicewindow.assessment.PeriodKind;
import org.servicewindow.assessment.SubjectType;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.DataScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessment's tables: schemes, periods, scores, their lines and evidence, honours. */
@Repository
public class AssessmentStore {

  /** A period row. */
  public record PeriodRow(UUID id, PeriodKind kind, String key, LocalDate from, LocalDate to, UUID schemeId,
      int schemeVersion, String status, Instant computedAt, Instant dirtySince, Instant frozenAt, String frozenBy) {

    public boolean frozen() {
      return "FROZEN".equals(status);
    }

    public Period period() {
      return new Period(kind, key, from, to);
    }
  }

  /** A score row. */
  public record ScoreRow(UUID id, UUID periodId, SubjectType type, String code, String name, String unitCode,
      String hallCode, String windowCode, BigDecimal score, BigDecimal frozenScore, int rank, int rankedOf,
      Instant computedAt) {

    public boolean last() {
      return rankedOf > 1 && rank == rankedOf;
    }
  }

  /** A contribution line of a score. */
  public record LineRow(UUID id, UUID scoreId, int lineNo, String kind, Indicator indicator, BigDecimal raw,
      long count, String rule, String adjusts, BigDecimal points, Instant recordedAt) {

    /** The line's key: its indicator, or BASE/CAP; an adjustment counts for the key it adjusts. */
    public String key() {
      if ("ADJUSTMENT".equals(kind)) {
        return adjusts;
      }
      return indicator != null ? indicator.name() : kind;
    }
  }

  /** One contributing record of a line. */
  public record EvidenceRow(String recordKind, String recordId, String label, BigDecimal value, Instant at) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  AssessmentStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  // --- schemes

  List<Scheme> schemes() {
    List<Scheme> out = new ArrayList<>();
    for (UUID id : jdbc.sql("SELECT id FROM assessment_scheme ORDER BY version DESC").query(UUID.class).list()) {
      out.add(scheme(id).orElseThrow());
    }
    return out;
  }

  Optional<Scheme> scheme(UUID id) {
    List<ScoringRule> rules = jdbc.sql("""
            SELECT * FROM assessment_scheme_rule WHERE scheme_id = :id ORDER BY sort_order""")
        .param("id", id)
        .query((rs, n) -> new ScoringRule(Indicator.valueOf(rs.getString("indicator")),
            ScoringRule.Kind.valueOf(rs.getString("rule_kind")), rs.getBigDecimal("weight"), rs.getBigDecimal("low_value"),
            rs.getBigDecimal("high_value"), rs.getBigDecimal("per_item"), rs.getBigDecimal("cap"),
            rs.getBigDecimal("no_data_points")))
        .list();
    return jdbc.sql("SELECT * FROM assessment_scheme WHERE id = :id").param("id", id)
        .query((rs, n) -> new Scheme(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("name"),
            rs.getObject("effective_from", LocalDate.class), rs.getBigDecimal("base_score"),
            rs.getBigDecimal("max_score"), rs.getBigDecimal("min_score"), rs.getString("note"),
            rs.getString("created_by"), SqlTime.instant(rs, "created_at"), rules))
        .optional();
  }

  /** The version that applies to a period starting on {@code day}: the latest effective on or before it. */
  Optional<UUID> schemeFor(LocalDate day) {
    return jdbc.sql("""
            SELECT id FROM assessment_scheme WHERE effective_from <= :day ORDER BY effective_from DESC, version DESC
             LIMIT 1""")
        .param("day", day).query(UUID.class).optional();
  }

  int nextSchemeVersion() {
    return jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM assessment_scheme").query(Integer.class).single();
  }

  void insertScheme(Scheme s) {
    jdbc.sql("""
            INSERT INTO assessment_scheme (id, version, name, effective_from, base_score, max_score, min_score, note,
                                           created_by, created_at)
            VALUES (:id, :version, :name, :from, :base, :max, :min, :note, :by, :at)""")
        .param("id", s.id()).param("version", s.version()).param("name", s.name()).param("from", s.effectiveFrom())
        .param("base", s.base()).param("max", s.max()).param("min", s.min()).param("note", s.note())
        .param("by", s.createdBy()).param("at", SqlTime.param(s.createdAt()))
        .update();
    int order = 10;
    for (ScoringRule r : s.rules()) {
      jdbc.sql("""
              INSERT INTO assessment_scheme_rule (scheme_id, indicator, sort_order, rule_kind, weight, low_value,
                                                  high_value, per_item, cap, no_data_points)
              VALUES (:id, :indicator, :order, :kind, :weight, :low, :high, :per, :cap, :none)""")
          .param("id", s.id()).param("indicator", r.indicator().name()).param("order", order)
          .param("kind", r.kind().name()).param("weight", r.weight()).param("low", r.low()).param("high", r.high())
          .param("per", r.perItem()).param("cap", r.cap()).param("none", r.noDataPoints())
          .update();
      order += 10;
    }
  }

  /** Open periods starting on or after a day move to the scheme version that now applies, and become dirty. */
  int repinOpenPeriods(LocalDate from, UUID schemeId, Instant now) {
    return jdbc.sql("""
            UPDATE assessment_period SET scheme_id = :scheme, dirty_since = COALESCE(dirty_since, :now)
             WHERE status = 'OPEN' AND starts_on >= :from""")
        .param("scheme", schemeId).param("now", SqlTime.param(now)).param("from", from).update();
  }

  // --- periods

  private static final String PERIOD = """
      SELECT p.*, s.version AS scheme_version FROM assessment_period p JOIN assessment_scheme s ON s.id = p.scheme_id""";

  Optional<PeriodRow> period(PeriodKind kind, String key) {
    return jdbc.sql(PERIOD + " WHERE p.kind = :kind AND p.period_key = :key").param("kind", kind.name())
        .param("key", key).query(AssessmentStore::period).optional();
  }

  Optional<PeriodRow> period(UUID id) {
    return jdbc.sql(PERIOD + " WHERE p.id = :id").param("id", id).query(AssessmentStore::period).optional();
  }

  /** Creates the period (pinned to the scheme that applies to its start) unless it exists. */
  void createPeriod(UUID id, Period p, UUID schemeId, Instant dirtySince) {
    jdbc.sql("""
            INSERT INTO assessment_period (id, kind, period_key, starts_on, ends_on, scheme_id, status, dirty_since)
            VALUES (:id, :kind, :key, :from, :to, :scheme, 'OPEN', :dirty) ON CONFLICT DO NOTHING""")
        .param("id", id).param("kind", p.kind().name()).param("key", p.key()).param("from", p.from())
        .param("to", p.to()).param("scheme", schemeId).param("dirty", SqlTime.param(dirtySince))
        .update();
  }

  int markDirty(PeriodKind kind, String key, Instant now) {
    return jdbc.sql("""
            UPDATE assessment_period SET dirty_since = :now
             WHERE kind = :kind AND period_key = :key AND dirty_since IS NULL""")
        .param("now", SqlTime.param(now)).param("kind", kind.name()).param("key", key).update();
  }

  /**
   * Marks every open period dirty, one row at a time in the order of kind and key — the order in which
   * {@link AssessmentRuns#touched} marks a day's month, quarter and year inside a rating's or a completion's
   * transaction — so the two never wait for each other in a circle.
   */
  int markOpenDirty(Instant now) {
    List<UUID> open = jdbc.sql("""
            SELECT id FROM assessment_period WHERE status = 'OPEN' AND dirty_since IS NULL ORDER BY kind, period_key""")
        .query(UUID.class).list();
    int marked = 0;
    for (UUID id : open) {
      marked += jdbc.sql("UPDATE assessment_period SET dirty_since = :now WHERE id = :id AND dirty_since IS NULL")
          .param("now", SqlTime.param(now)).param("id", id).update();
    }
    return marked;
  }

  List<PeriodRow> dirtyPeriods() {
    return jdbc.sql(PERIOD + " WHERE p.dirty_since IS NOT NULL ORDER BY p.starts_on, p.kind")
        .query(AssessmentStore::period).list();
  }

  /** Claims a dirty period for recomputation; false when another node claimed it first. */
  boolean claim(UUID id, Instant seen) {
    return jdbc.sql("UPDATE assessment_period SET dirty_since = NULL WHERE id = :id AND dirty_since = :seen")
        .param("id", id).param("seen", SqlTime.param(seen)).update() == 1;
  }

  void computed(UUID id, Instant at) {
    jdbc.sql("UPDATE assessment_period SET computed_at = :at WHERE id = :id").param("id", id)
        .param("at", SqlTime.param(at)).update();
  }

  boolean freeze(UUID id, String by, Instant at) {
    int n = jdbc.sql("""
            UPDATE assessment_period SET status = 'FROZEN', frozen_at = :at, frozen_by = :by
             WHERE id = :id AND status = 'OPEN'""")
        .param("id", id).param("at", SqlTime.param(at)).param("by", by).update();
    jdbc.sql("UPDATE assessment_score SET frozen_score = score WHERE period_id = :id").param("id", id).update();
    return n == 1;
  }

  Paged<PeriodRow> periods(PeriodKind kind, PageQuery page) {
    String where = kind == null ? "" : " WHERE p.kind = :kind";
    Map<String, Object> p = new HashMap<>();
    if (kind != null) {
      p.put("kind", kind.name());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM assessment_period p" + where).params(p).query(Long.class).single();
    List<PeriodRow> items = jdbc.sql(PERIOD + where + " ORDER BY p.starts_on DESC, p.kind LIMIT :limit OFFSET :offset")
        .params(p).param("limit", page.size()).param("offset", page.offset()).query(AssessmentStore::period).list();
    return page.result(items, total);
  }

  /** Computed periods of a kind, latest first (for the ranking's period picker). */
  List<PeriodRow> computedPeriods(PeriodKind kind, int limit) {
    return jdbc.sql(PERIOD + " WHERE p.kind = :kind AND p.computed_at IS NOT NULL ORDER BY p.starts_on DESC LIMIT :limit")
        .param("kind", kind.name()).param("limit", limit).query(AssessmentStore::period).list();
  }

  private static PeriodRow period(ResultSet rs, int n) throws SQLException {
    return new PeriodRow(rs.getObject("id", UUID.class), PeriodKind.valueOf(rs.getString("kind")),
        rs.getString("period_key"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
        rs.getObject("scheme_id", UUID.class), rs.getInt("scheme_version"), rs.getString("status"),
        SqlTime.instant(rs, "computed_at"), SqlTime.instant(rs, "dirty_since"), SqlTime.instant(rs, "frozen_at"),
        rs.getString("frozen_by"));
  }

  // --- scores

  /** Removes an open period's scores, lines and evidence before it is scored again. */
  void clearScores(UUID periodId) {
    // by line, through the evidence's line index: H2 re-runs an IN (subquery) for every row it deletes
    List<Object[]> lines = jdbc.sql("""
            SELECT l.id FROM assessment_line l JOIN assessment_score s ON s.id = l.score_id WHERE s.period_id = :p""")
        .param("p", periodId).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class)}).list();
    batch.batchUpdate("DELETE FROM assessment_evidence WHERE line_id = ?", lines);
    jdbc.sql("DELETE FROM assessment_line WHERE score_id IN (SELECT id FROM assessment_score WHERE period_id = :p)")
        .param("p", periodId).update();
    jdbc.sql("DELETE FROM assessment_score WHERE period_id = :p").param("p", periodId).update();
  }

  void insertScores(List<ScoreRow> scores) {
    batch.batchUpdate("""
            INSERT INTO assessment_score (id, period_id, subject_type, subject_code, subject_name, unit_code, hall_code,
                                          window_code, score, frozen_score, rank_no, ranked_of, computed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        scores.stream().map(s -> new Object[] {s.id(), s.periodId(), s.type().name(), s.code(), trim(s.name(), 200),
            s.unitCode(), s.hallCode(), s.windowCode(), s.score(), s.frozenScore(), s.rank(), s.rankedOf(),
            SqlTime.param(s.computedAt())}).toList());
  }

  void updateScore(UUID id, BigDecimal score, Instant at) {
    jdbc.sql("UPDATE assessment_score SET score = :score, computed_at = :at WHERE id = :id").param("id", id)
        .param("score", score).param("at", SqlTime.param(at)).update();
  }

  void updateRank(UUID id, int rank, int of) {
    jdbc.sql("UPDATE assessment_score SET rank_no = :rank, ranked_of = :of WHERE id = :id").param("id", id)
        .param("rank", rank).param("of", of).update();
  }

  void insertLines(List<LineRow> lines) {
    batch.batchUpdate("""
            INSERT INTO assessment_line (id, score_id, line_no, kind, indicator, raw_value, record_count, rule_text,
                                         adjusts, points, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        lines.stream().map(l -> new Object[] {l.id(), l.scoreId(), l.lineNo(), l.kind(),
            l.indicator() == null ? null : l.indicator().name(), l.raw(), l.count(), l.rule(), l.adjusts(), l.points(),
            SqlTime.param(l.recordedAt())}).toList());
  }

  /** Inserts evidence rows: {@code [lineId, kind, id, label, value, at]}. */
  void insertEvidence(List<Object[]> rows) {
    for (int i = 0; i < rows.size(); i += 5000) {
      batch.batchUpdate("""
              INSERT INTO assessment_evidence (line_id, record_kind, record_id, record_label, record_value, occurred_at)
              VALUES (?, ?, ?, ?, ?, ?)""", rows.subList(i, Math.min(rows.size(), i + 5000)));
    }
  }

  List<ScoreRow> scoresOf(UUID periodId) {
    return jdbc.sql("SELECT * FROM assessment_score WHERE period_id = :p").param("p", periodId)
        .query(AssessmentStore::score).list();
  }

  Optional<ScoreRow> score(UUID id) {
    return jdbc.sql("SELECT * FROM assessment_score WHERE id = :id").param("id", id).query(AssessmentStore::score)
        .optional();
  }

  /** A staff member's own score(s) in a period (their login is the subject code). */
  List<ScoreRow> staffScores(UUID periodId, String username) {
    return jdbc.sql("""
            SELECT * FROM assessment_score WHERE period_id = :p AND subject_type = 'STAFF' AND subject_code = :code
             ORDER BY id""")
        .param("p", periodId).param("code", username).query(AssessmentStore::score).list();
  }

  /** Scores of one period and subject type inside a scope, best first. */
  Paged<ScoreRow> ranking(UUID periodId, SubjectType type, DataScope scope, PageQuery page) {
    String where = " WHERE period_id = :p AND subject_type = :t AND "
        + scope.sql("unit_code", "hall_code", "window_code");
    Map<String, Object> p = new HashMap<>(scope.params());
    p.put("p", periodId);
    p.put("t", type.name());
    long total = jdbc.sql("SELECT COUNT(*) FROM assessment_score" + where).params(p).query(Long.class).single();
    List<ScoreRow> items = jdbc.sql("SELECT * FROM assessment_score" + where
            + " ORDER BY rank_no, subject_name, id LIMIT :limit OFFSET :offset")
        .params(p).param("limit", page.size()).param("offset", page.offset()).query(AssessmentStore::score).list();
    return page.result(items, total);
  }

  /** The best ({@code top}) or worst {@code n} scores of a period and type inside a scope. */
  List<ScoreRow> ends(UUID periodId, SubjectType type, DataScope scope, boolean top, int n) {
    Map<String, Object> p = new HashMap<>(scope.params());
    p.put("p", periodId);
    p.put("t", type.name());
    return jdbc.sql("SELECT * FROM assessment_score WHERE period_id = :p AND subject_type = :t AND "
            + scope.sql("unit_code", "hall_code", "window_code")
            + (top ? " ORDER BY rank_no, subject_name" : " ORDER BY rank_no DESC, subject_name") + " LIMIT :n")
        .params(p).param("n", n).query(AssessmentStore::score).list();
  }

  /** Last places of month periods inside a scope, by subject: {@code [type, code, name, periodKey, scoreId]}. */
  List<ScoreRow> lastPlaces(DataScope scope, LocalDate since) {
    Map<String, Object> p = new HashMap<>(scope.params());
    p.put("since", since);
    return jdbc.sql("""
            SELECT s.* FROM assessment_score s JOIN assessment_period p ON p.id = s.period_id
             WHERE p.kind = 'MONTH' AND p.starts_on >= :since AND s.ranked_of > 1 AND s.rank_no = s.ranked_of"""
            + " AND " + scope.sql("s.unit_code", "s.hall_code", "s.window_code") + " ORDER BY p.starts_on")
        .params(p).query(AssessmentStore::score).list();
  }

  private static ScoreRow score(ResultSet rs, int n) throws SQLException {
    return new ScoreRow(rs.getObject("id", UUID.class), rs.getObject("period_id", UUID.class),
        SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_code"), rs.getString("subject_name"),
        rs.getString("unit_code"), rs.getString("hall_code"), rs.getString("window_code"), rs.getBigDecimal("score"),
        rs.getBigDecimal("frozen_score"), rs.getInt("rank_no"), rs.getInt("ranked_of"),
        SqlTime.instant(rs, "computed_at"));
  }

  // --- lines and evidence

  List<LineRow> lines(UUID scoreId) {
    return jdbc.sql("SELECT * FROM assessment_line WHERE score_id = :s ORDER BY line_no").param("s", scoreId)
        .query(AssessmentStore::line).list();
  }

  /** All lines of a period by score (for the adjustment of a frozen period). */
  Map<UUID, List<LineRow>> linesOf(UUID periodId) {
    Map<UUID, List<LineRow>> out = new HashMap<>();
    jdbc.sql("""
            SELECT l.* FROM assessment_line l JOIN assessment_score s ON s.id = l.score_id
             WHERE s.period_id = :p ORDER BY l.line_no""")
        .param("p", periodId).query(AssessmentStore::line).list()
        .forEach(l -> out.computeIfAbsent(l.scoreId(), k -> new ArrayList<>()).add(l));
    return out;
  }

  Optional<LineRow> line(UUID id) {
    return jdbc.sql("SELECT * FROM assessment_line WHERE id = :id").param("id", id).query(AssessmentStore::line)
        .optional();
  }

  Paged<EvidenceRow> evidence(UUID lineId, PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM assessment_evidence WHERE line_id = :l").param("l", lineId)
        .query(Long.class).single();
    List<EvidenceRow> items = jdbc.sql("""
            SELECT * FROM assessment_evidence WHERE line_id = :l
             ORDER BY occurred_at, record_id LIMIT :limit OFFSET :offset""")
        .param("l", lineId).param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> new EvidenceRow(rs.getString("record_kind"), rs.getString("record_id"),
            rs.getString("record_label"), rs.getBigDecimal("record_value"), SqlTime.instant(rs, "occurred_at")))
        .list();
    return page.result(items, total);
  }

  private static LineRow line(ResultSet rs, int n) throws SQLException {
    String indicator = rs.getString("indicator");
    return new LineRow(rs.getObject("id", UUID.class), rs.getObject("score_id", UUID.class), rs.getInt("line_no"),
        rs.getString("kind"), indicator == null ? null : Indicator.valueOf(indicator), rs.getBigDecimal("raw_value"),
        rs.getLong("record_count"), rs.getString("rule_text"), rs.getString("adjusts"), rs.getBigDecimal("points"),
        SqlTime.instant(rs, "recorded_at"));
  }

  private static String trim(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
