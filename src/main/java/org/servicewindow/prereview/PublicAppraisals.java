package org.servicewindow.prereview;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.ForbiddenException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 群众评议: periodic appraisal campaigns in which people rate units on the seed's five dimensions (服务态度,
 * 办事效率, 办理结果, 服务环境, 工作纪律) through a public link. A person answers once per campaign: the
 * verified phone is kept only as a hash, and a unique constraint with {@code ON CONFLICT DO NOTHING} makes
 * a second answer — even two at the same moment — count once. Assessment reads {@link #results}.
 */
@Service
public class PublicAppraisals {

  /** A campaign as listed. */
  public record Campaign(UUID id, String title, String token, LocalDate opensOn, LocalDate closesOn, long responses) {
    public boolean openOn(LocalDate day) {
      return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
  }

  /** One unit that can be rated in a campaign. */
  public record RatedUnit(String code, String name) {}

  /** One answer of the questionnaire. */
  public record Answer(String respondentKind, String unitCode, int attitude, int efficiency, int results,
      int environment, int discipline, String comment) {}

  /** A comment with the scores it came with. */
  public record Comment(String respondentKind, double average, String text, Instant at) {}

  static final Set<String> KINDS = Set.of("CITIZEN", "COMPANY", "SUPERVISOR");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final OrganizationApi organization;
  private final AuditTrail audit;
  private final Clock clock;

  PublicAppraisals(JdbcClient jdbc, OrganizationApi organization, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.organization = organization;
    this.audit = audit;
    this.clock = clock;
  }

  /** Opens a campaign for the given units (all units when none are named). */
  @Transactional
  public Campaign open(String title, LocalDate opensOn, LocalDate closesOn, Collection<String> unitCodes, Actor actor) {
    if (!(actor.has(Role.INSPECTOR) || actor.has(Role.SYSADMIN))) {
      throw new ForbiddenException("appraisal.notAllowed");
    }
    if (title == null || title.isBlank() || title.strip().length() > 200) {
      throw new BusinessRuleException("appraisal.title.required");
    }
    if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
      throw new BusinessRuleException("appraisal.dates.invalid");
    }
    var units = organization.units().stream()
        .filter(u -> unitCodes == null || unitCodes.isEmpty() || unitCodes.contains(u.code())).toList();
    if (units.isEmpty()) {
      throw new BusinessRuleException("appraisal.units.none");
    }
    UUID id = Ids.newId(clock);
    byte[] b = new byte[15];
    RANDOM.nextBytes(b);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    jdbc.sql("INSERT INTO appraisal_campaign (id, title, token, opens_on, closes_on, created_at, created_by) "
            + "VALUES (:id, :title, :token, :opens, :closes, :now, :by)")
        .param("id", id).param("title", title.strip()).param("token", token).param("opens", opensOn)
        .param("closes", closesOn).param("now", SqlTime.param(clock.instant())).param("by", actor.displayName())
        .update();
    int position = 0;
    for (var u : units) {
      jdbc.sql("INSERT INTO appraisal_campaign_unit (campaign_id, unit_code, unit_name, position) VALUES (:c, :u, :n, :p)")
          .param("c", id).param("u", u.code()).param("n", u.name()).param("p", position++).update();
    }
    audit.record("appraisal.opened", "appraisalCampaign", id, null, Map.of("title", title.strip(), "units", units.size()));
    return campaign(id);
  }

  public Paged<Campaign> campaigns(PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM appraisal_campaign").query(Long.class).single();
    return page.result(jdbc.sql(SELECT + " ORDER BY c.opens_on DESC, c.title LIMIT :limit OFFSET :offset")
        .param("limit", page.size()).param("offset", page.offset()).query(PublicAppraisals::campaignRow).list(), total);
  }

  public Campaign campaign(UUID id) {
    return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(PublicAppraisals::campaignRow).optional()
        .orElseThrow(() -> new NotFoundException("appraisal.notFound"));
  }

  public Campaign byToken(String token) {
    return jdbc.sql(SELECT + " WHERE c.token = :t").param("t", token == null ? "" : token)
        .query(PublicAppraisals::campaignRow).optional()
        .orElseThrow(() -> new NotFoundException("appraisal.notFound"));
  }

  public List<RatedUnit> units(UUID campaignId) {
    return jdbc.sql("SELECT unit_code, unit_name FROM appraisal_campaign_unit WHERE campaign_id = :c ORDER BY position")
        .param("c", campaignId).query((rs, i) -> new RatedUnit(rs.getString(1), rs.getString(2))).list();
  }

  /**
   * Records an answer of a person whose phone was verified. A second answer of the same person is refused
   * (409) — also when both arrive at once: the insert that loses the race inserts nothing.
   */
  @Transactional
  public void respond(String token, String verifiedPhone, Answer a) {
    Campaign c = byToken(token);
    if (!c.openOn(ChinaTime.today(clock))) {
      throw new ConflictException("appraisal.closed");
    }
    if (!KINDS.contains(a.respondentKind())) {
      throw new BusinessRuleException("appraisal.kind.required");
    }
    if (units(c.id()).stream().noneMatch(u -> u.code().equals(a.unitCode()))) {
      throw new BusinessRuleException("appraisal.unit.required");
    }
    for (int s : new int[] {a.attitude(), a.efficiency(), a.results(), a.environment(), a.discipline()}) {
      if (s < 1 || s > 5) {
        throw new BusinessRuleException("appraisal.score.required");
      }
    }
    String comment = a.comment() == null || a.comment().isBlank() ? null : a.comment().strip();
    if (comment != null && comment.length() > 500) {
      throw new BusinessRuleException("appraisal.comment.tooLong");
    }
    int n = jdbc.sql("INSERT INTO appraisal_response (id, campaign_id, respondent_hash, respondent_kind, unit_code, "
            + "attitude, efficiency, results, environment, discipline, comment_text, submitted_at) VALUES (:id, :c, :h, "
            + ":kind, :unit, :a, :e, :r, :env, :d, :comment, :now) ON CONFLICT DO NOTHING")
        .param("id", Ids.newId(clock)).param("c", c.id())
        .param("h", org.servicewindow.prereview.internal.PreReviews.sha256(c.id() + ":" + verifiedPhone))
        .param("kind", a.respondentKind()).param("unit", a.unitCode()).param("a", a.attitude())
        .param("e", a.efficiency()).param("r", a.results()).param("env", a.environment()).param("d", a.discipline())
        .param("comment", comment).param("now", SqlTime.param(clock.instant())).update();
    if (n != 1) {
      throw new ConflictException("appraisal.already");
    }
    audit.recordAs("citizen", "appraisal.responded", "appraisalCampaign", c.id());
  }

  /** Results per unit of a campaign, best overall first; published for assessment. */
  public List<UnitAppraisal> results(UUID campaignId) {
    campaign(campaignId);
    List<UnitAppraisal> list = new ArrayList<>(jdbc.sql("SELECT u.unit_code, u.unit_name, COUNT(r.id) AS n, "
            + "AVG(CAST(r.attitude AS DOUBLE PRECISION)) AS a, AVG(CAST(r.efficiency AS DOUBLE PRECISION)) AS e, "
            + "AVG(CAST(r.results AS DOUBLE PRECISION)) AS r, AVG(CAST(r.environment AS DOUBLE PRECISION)) AS env, "
            + "AVG(CAST(r.discipline AS DOUBLE PRECISION)) AS d FROM appraisal_campaign_unit u "
            + "LEFT JOIN appraisal_response r ON r.campaign_id = u.campaign_id AND r.unit_code = u.unit_code "
            + "WHERE u.campaign_id = :c GROUP BY u.unit_code, u.unit_name, u.position ORDER BY u.position")
        .param("c", campaignId)
        .query((rs, i) -> new UnitAppraisal(rs.getString("unit_code"), rs.getString("unit_name"), rs.getLong("n"),
            rs.getDouble("a"), rs.getDouble("e"), rs.getDouble("r"), rs.getDouble("env"), rs.getDouble("d")))
        .list());
    list.sort((x, y) -> Double.compare(y.overall(), x.overall()));
    return list;
  }

  /** The comments on one unit in a campaign, newest first, paged. */
  public Paged<Comment> comments(UUID campaignId, String unitCode, PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM appraisal_response WHERE campaign_id = :c AND unit_code = :u "
            + "AND comment_text IS NOT NULL").param("c", campaignId).param("u", unitCode).query(Long.class).single();
    return page.result(jdbc.sql("SELECT respondent_kind, attitude, efficiency, results, environment, discipline, "
            + "comment_text, submitted_at FROM appraisal_response WHERE campaign_id = :c AND unit_code = :u "
            + "AND comment_text IS NOT NULL ORDER BY submitted_at DESC, id LIMIT :limit OFFSET :offset")
        .param("c", campaignId).param("u", unitCode).param("limit", page.size()).param("offset", page.offset())
        .query((rs, i) -> new Comment(rs.getString(1), (rs.getInt(2) + rs.getInt(3) + rs.getInt(4) + rs.getInt(5)
            + rs.getInt(6)) / 5.0, rs.getString(7), SqlTime.instant(rs, "submitted_at"))).list(), total);
  }

  private static final String SELECT = "SELECT c.id, c.title, c.token, c.opens_on, c.closes_on, "
      + "(SELECT COUNT(*) FROM appraisal_response r WHERE r.campaign_id = c.id) AS responses FROM appraisal_campaign c";

  private static Campaign campaignRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new Campaign(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("token"),
        rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class), rs.getLong("responses"));
  }
}
