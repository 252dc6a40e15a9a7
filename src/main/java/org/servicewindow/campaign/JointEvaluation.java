package org.servicewindow.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.campaign.CampaignBoard.ComparedFigure;
import org.servicewindow.campaign.CampaignBoard.UnitStatus;
import org.servicewindow.campaign.Campaigns.CampaignDetail;
import org.servicewindow.campaign.Campaigns.DeliverableHistory;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.organization.UnitSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 检查测评: the lead office's joint evaluation team fills one sheet per unit that puts the unit's self-check,
 * its reporting record and the figures of every {@link CampaignIndicators} source next to the team's own
 * inspection score and findings; then selects 示范窗口, 服务标兵 and 品牌服务项目, keeps the media exposure
 * list, and publishes the results — after which they are fixed.
 */
@Service
public class JointEvaluation {

  public enum Grade {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL
  }

  public enum HonourKind {
    MODEL_WINDOW,
    SERVICE_STAR,
    BRAND_SERVICE
  }

  public record Evaluation(int inspectionScore, String findings, Grade grade, Instant evaluatedAt, String evaluatedBy) {}

  public record Evaluator(UUID id, String name, String affiliation, String teamRole) {}

  public record Honour(UUID id, HonourKind kind, String unitCode, String unitName, String name, String reason) {}

  public record MediaItem(UUID id, boolean positive, String unitCode, String unitName, String outlet, String title,
      LocalDate publishedOn, String summary) {}

  /** The evaluation sheet of one unit. */
  public record Sheet(CampaignDetail campaign, UnitSummary unit, UnitStatus reporting, DeliverableHistory selfCheck,
      LocalDate figuresFrom, LocalDate figuresTo, List<ComparedFigure> figures, Evaluation evaluation,
      List<Honour> honours) {}

  public record ResultRow(UnitSummary unit, UnitStatus reporting, Evaluation evaluation) {}

  private final Campaigns campaigns;
  private final CampaignBoard board;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  JointEvaluation(Campaigns campaigns, CampaignBoard board, JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.campaigns = campaigns;
    this.board = board;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Sheet sheet(Actor actor, UUID campaignId, String unitCode) {
    CampaignDetail campaign = campaigns.get(campaignId);
    List<DeliverableHistory> history = campaigns.history(actor, campaignId, unitCode);
    UnitSummary unit = campaigns.unit(unitCode);
    UnitStatus reporting = CampaignBoard.status(unit, history.stream().map(DeliverableHistory::deliverable).toList());
    DeliverableHistory selfCheck = history.stream()
        .filter(h -> h.deliverable().kind() == DeliverableKind.SELF_CHECK).findFirst().orElse(null);
    LocalDate from = campaign.phase(Phase.ACTION).startsOn();
    LocalDate to = campaign.phase(Phase.CONSOLIDATION).endsOn();
    LocalDate today = ChinaTime.today(clock);
    if (today.isBefore(to)) {
      to = today;
    }
    List<ComparedFigure> figures = List.of();
    if (!to.isBefore(from)) {
      long days = Math.min(java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1, 90);
      figures = board.compare(unitCode, from.minusDays(days), from.minusDays(1), from, to);
    }
    return new Sheet(campaign, unit, reporting, selfCheck, from, to, figures, evaluation(campaignId, unitCode),
        honours(campaignId).stream().filter(h -> h.unitCode().equals(unitCode)).toList());
  }

  @Transactional
  public void evaluate(Actor actor, UUID campaignId, String unitCode, int score, String findings, Grade grade) {
    Campaigns.requireLeadOffice(actor);
    requireOpen(campaignId);
    if (!campaigns.unitCodes(campaignId).contains(unitCode)) {
      throw new NotFoundException("campaign.unitNotFound", unitCode);
    }
    if (score < 0 || score > 100) {
      throw new BusinessRuleException("campaign.evaluation.scoreInvalid");
    }
    String text = findings == null ? "" : findings.strip();
    if (text.isEmpty() || text.length() > 4000) {
      throw new BusinessRuleException("campaign.evaluation.findingsInvalid", 4000);
    }
    if (grade == null) {
      throw new BusinessRuleException("campaign.evaluation.gradeInvalid");
    }
    Evaluation before = evaluation(campaignId, unitCode);
    jdbc.sql("DELETE FROM campaign_evaluation WHERE campaign_id = :c AND unit_code = :u").param("c", campaignId)
        .param("u", unitCode).update();
    jdbc.sql("""
            INSERT INTO campaign_evaluation (campaign_id, unit_code, inspection_score, findings, grade, evaluated_at,
                                             evaluated_by)
            VALUES (:c, :u, :s, :f, :g, :at, :by)""")
        .param("c", campaignId).param("u", unitCode).param("s", score).param("f", text).param("g", grade.name())
        .param("at", SqlTime.param(clock.instant())).param("by", actor.username()).update();
    audit.record("campaign.evaluated", "campaign", campaignId + "/" + unitCode, before,
        Map.of("score", score, "grade", grade.name(), "findings", text));
  }

  Evaluation evaluation(UUID campaignId, String unitCode) {
    return jdbc.sql("""
            SELECT inspection_score, findings, grade, evaluated_at, evaluated_by FROM campaign_evaluation
             WHERE campaign_id = :c AND unit_code = :u""").param("c", campaignId).param("u", unitCode)
        .query((rs, n) -> new Evaluation(rs.getInt(1), rs.getString(2), Grade.valueOf(rs.getString(3)),
            SqlTime.instant(rs, "evaluated_at"), rs.getString(5)))
        .optional().orElse(null);
  }

  /** Every unit with its reporting record and evaluation, best score first, units not yet evaluated last. */
  @Transactional(readOnly = true)
  public List<ResultRow> results(Actor actor, UUID campaignId) {
    return board.dashboard(actor, campaignId).units().stream()
        .map(u -> new ResultRow(u.unit(), u, evaluation(campaignId, u.unit().code())))
        .sorted(java.util.Comparator.comparing((ResultRow r) -> r.evaluation() == null ? -1 : r.evaluation().inspectionScore())
            .reversed().thenComparing(r -> r.unit().code()))
        .toList();
  }

  /** Publishes the results once every unit is evaluated; from then on they cannot change. */
  @Transactional
  public void publish(Actor actor, UUID campaignId) {
    Campaigns.requireLeadOffice(actor);
    requireOpen(campaignId);
    long missing = campaigns.unitCodes(campaignId).stream().filter(u -> evaluation(campaignId, u) == null).count();
    if (missing > 0) {
      throw new ConflictException("campaign.publish.incomplete", missing);
    }
    jdbc.sql("UPDATE campaign SET results_published_at = :at WHERE id = :id")
        .param("at", SqlTime.param(clock.instant())).param("id", campaignId).update();
    audit.record("campaign.resultsPublished", "campaign", campaignId, null, Map.of("published", true));
  }

  private void requireOpen(UUID campaignId) {
    if (campaigns.get(campaignId).summary().resultsPublishedAt() != null) {
      throw new ConflictException("campaign.publishedLocked");
    }
  }

  // ---------------------------------------------------------------- team

  @Transactional(readOnly = true)
  public List<Evaluator> team(UUID campaignId) {
    return jdbc.sql("SELECT id, name, affiliation, team_role FROM campaign_evaluator WHERE campaign_id = :c ORDER BY id")
        .param("c", campaignId)
        .query((rs, n) -> new Evaluator(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  @Transactional
  public void addEvaluator(Actor actor, UUID campaignId, String name, String affiliation, String teamRole) {
    Campaigns.requireLeadOffice(actor);
    campaigns.get(campaignId);
    String n = required(name, 50, "campaign.team.nameInvalid");
    String a = required(affiliation, 100, "campaign.team.affiliationInvalid");
    String r = required(teamRole, 50, "campaign.team.roleInvalid");
    UUID id = Ids.newId(clock);
    jdbc.sql("INSERT INTO campaign_evaluator (id, campaign_id, name, affiliation, team_role) VALUES (:id, :c, :n, :a, :r)")
        .param("id", id).param("c", campaignId).param("n", n).param("a", a).param("r", r).update();
    audit.record("campaign.evaluatorAdded", "campaign", campaignId, null, Map.of("name", n, "affiliation", a, "role", r));
  }

  @Transactional
  public void removeEvaluator(Actor actor, UUID campaignId, UUID evaluatorId) {
    Campaigns.requireLeadOffice(actor);
    int n = jdbc.sql("DELETE FROM campaign_evaluator WHERE id = :id AND campaign_id = :c").param("id", evaluatorId)
        .param("c", campaignId).update();
    if (n == 0) {
      throw new NotFoundException("campaign.evaluatorNotFound");
    }
    audit.record("campaign.evaluatorRemoved", "campaign", campaignId, Map.of("evaluator", evaluatorId.toString()), null);
  }

  // ---------------------------------------------------------------- honours

  @Transactional(readOnly = true)
  public List<Honour> honours(UUID campaignId) {
    return jdbc.sql("SELECT id, kind, unit_code, name, reason FROM campaign_honour WHERE campaign_id = :c ORDER BY kind, id")
        .param("c", campaignId)
        .query((rs, n) -> new Honour(rs.getObject(1, UUID.class), HonourKind.valueOf(rs.getString(2)), rs.getString(3),
            campaigns.unit(rs.getString(3)).name(), rs.getString(4), rs.getString(5)))
        .list();
  }

  /** Selects a 示范窗口, 服务标兵 or 品牌服务项目 with the reason (the evidence behind it). */
  @Transactional
  public void addHonour(Actor actor, UUID campaignId, HonourKind kind, String unitCode, String name, String reason) {
    Campaigns.requireLeadOffice(actor);
    requireOpen(campaignId);
    if (kind == null) {
      throw new BusinessRuleException("campaign.honour.kindInvalid");
    }
    if (!campaigns.unitCodes(campaignId).contains(unitCode)) {
      throw new BusinessRuleException("campaign.unit.unknown", unitCode);
    }
    String n = required(name, 100, "campaign.honour.nameInvalid");
    String r = required(reason, 1000, "campaign.honour.reasonInvalid");
    UUID id = Ids.newId(clock);
    jdbc.sql("INSERT INTO campaign_honour (id, campaign_id, kind, unit_code, name, reason) VALUES (:id, :c, :k, :u, :n, :r)")
        .param("id", id).param("c", campaignId).param("k", kind.name()).param("u", unitCode).param("n", n)
        .param("r", r).update();
    audit.record("campaign.honourAdded", "campaign", campaignId, null,
        Map.of("kind", kind.name(), "unit", unitCode, "name", n, "reason", r));
  }

  @Transactional
  public void removeHonour(Actor actor, UUID campaignId, UUID honourId) {
    Campaigns.requireLeadOffice(actor);
    requireOpen(campaignId);
    int n = jdbc.sql("DELETE FROM campaign_honour WHERE id = :id AND campaign_id = :c").param("id", honourId)
        .param("c", campaignId).update();
    if (n == 0) {
      throw new NotFoundException("campaign.honourNotFound");
    }
    audit.record("campaign.honourRemoved", "campaign", campaignId, Map.of("honour", honourId.toString()), null);
  }

  // ---------------------------------------------------------------- media

  @Transactional(readOnly = true)
  public Paged<MediaItem> media(UUID campaignId, PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM campaign_media_item WHERE campaign_id = :c").param("c", campaignId)
        .query(Long.class).single();
    List<MediaItem> items = jdbc.sql("""
            SELECT id, tone, unit_code, outlet, title, published_on, summary FROM campaign_media_item
             WHERE campaign_id = :c ORDER BY published_on DESC, id LIMIT :l OFFSET :o""")
        .param("c", campaignId).param("l", page.size()).param("o", page.offset())
        .query((rs, n) -> new MediaItem(rs.getObject(1, UUID.class), "POSITIVE".equals(rs.getString(2)),
            rs.getString(3), rs.getString(3) == null ? null : campaigns.unit(rs.getString(3)).name(), rs.getString(4),
            rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7)))
        .list();
    return page.result(items, total);
  }

  /** Records a media report: praise of good service (positive) or exposure of bad service (negative). */
  @Transactional
  public void addMedia(Actor actor, UUID campaignId, boolean positive, String unitCode, String outlet, String title,
      LocalDate publishedOn, String summary) {
    Campaigns.requireLeadOffice(actor);
    campaigns.get(campaignId);
    String unit = unitCode == null || unitCode.isBlank() ? null : unitCode;
    if (unit != null && !campaigns.unitCodes(campaignId).contains(unit)) {
      throw new BusinessRuleException("campaign.unit.unknown", unit);
    }
    String o = required(outlet, 100, "campaign.media.outletInvalid");
    String t = required(title, 200, "campaign.media.titleInvalid");
    if (publishedOn == null) {
      throw new BusinessRuleException("campaign.media.dateInvalid");
    }
    String s = summary == null || summary.isBlank() ? null : summary.strip();
    if (s != null && s.length() > 1000) {
      throw new BusinessRuleException("campaign.media.summaryInvalid", 1000);
    }
    UUID id = Ids.newId(clock);
    jdbc.sql("""
            INSERT INTO campaign_media_item (id, campaign_id, tone, unit_code, outlet, title, published_on, summary)
            VALUES (:id, :c, :tone, :u, :o, :t, :d, :s)""")
        .param("id", id).param("c", campaignId).param("tone", positive ? "POSITIVE" : "NEGATIVE").param("u", unit)
        .param("o", o).param("t", t).param("d", publishedOn).param("s", s).update();
    audit.record("campaign.mediaAdded", "campaign", campaignId, null,
        Map.of("positive", positive, "outlet", o, "title", t, "date", publishedOn.toString()));
  }

  private static String required(String value, int max, String key) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty() || v.length() > max) {
      throw new BusinessRuleException(key, max);
    }
    return v;
  }
}
