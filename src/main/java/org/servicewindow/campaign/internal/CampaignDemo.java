package org.servicewindow.campaign.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.campaign.Campaigns;
import org.servicewindow.campaign.Campaigns.Deliverable;
import org.servicewindow.campaign.Campaigns.NewCampaign;
import org.servicewindow.campaign.Campaigns.PhaseDates;
import org.servicewindow.campaign.DeliverableKind;
import org.servicewindow.campaign.JointEvaluation;
import org.servicewindow.campaign.Phase;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DemoData;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.UnitSummary;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seed's 2020 campaign "窗口树形象，服务促发展" (宝政办函〔2020〕50号) with every participating unit's work
 * plan, progress reports and self-check as they could have been handed in — mostly on time, some late, a
 * few missing, some returned for rework — its joint evaluation, honours and media list, published; and a
 * current-year campaign in progress. Submissions go through the facade and are then dated back.
 */
@Component
@Profile("demo")
@Order(100)
class CampaignDemo implements DemoData {

  private static final String DOCUMENT = "宝政办函〔2020〕50号";

  private final Campaigns campaigns;
  private final JointEvaluation evaluation;
  private final OrganizationApi organization;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;

  CampaignDemo(Campaigns campaigns, JointEvaluation evaluation, OrganizationApi organization, JdbcClient jdbc,
      TransactionTemplate transactions, Clock clock) {
    this.campaigns = campaigns;
    this.evaluation = evaluation;
    this.organization = organization;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public void seed() {
    if (jdbc.sql("SELECT COUNT(*) FROM campaign").query(Long.class).single() > 0
        || organization.unit(PlanTemplate.LEAD_UNIT).isEmpty()) {
      return;
    }
    transactions.executeWithoutResult(s -> {
      Actor lead = new Actor(Actor.Kind.USER, "inspector", "赵敏（市督查室）", Set.of(Role.INSPECTOR), null, null, null);
      List<UnitSummary> units = PlanTemplate.inPlanOrder(organization.units().stream()
          .filter(u -> !u.code().equals(PlanTemplate.LEAD_UNIT)).toList(), UnitSummary::code);
      LocalDate today = ChinaTime.today(clock);
      UUID past = campaigns.create(lead, new NewCampaign(2020, PlanTemplate.THEME, DOCUMENT, PlanTemplate.LEAD_UNIT,
          List.of(new PhaseDates(Phase.MOBILIZATION, LocalDate.of(2020, 6, 22), LocalDate.of(2020, 6, 30)),
              new PhaseDates(Phase.ACTION, LocalDate.of(2020, 7, 1), LocalDate.of(2020, 9, 15)),
              new PhaseDates(Phase.CONSOLIDATION, LocalDate.of(2020, 9, 16), LocalDate.of(2020, 11, 30)),
              new PhaseDates(Phase.EVALUATION, LocalDate.of(2020, 12, 1), LocalDate.of(2020, 12, 31))),
          LocalDate.of(2020, 6, 30), LocalDate.of(2020, 12, 10), units.stream().map(UnitSummary::code).toList(),
          PlanTemplate.tasks()));
      simulate(lead, past, units, LocalDate.of(2021, 1, 1), 2020);
      evaluate(lead, past, units);

      int y = today.getYear();
      UUID current = campaigns.create(lead, new NewCampaign(y, PlanTemplate.THEME + "（" + y + "年）", null,
          PlanTemplate.LEAD_UNIT,
          List.of(new PhaseDates(Phase.MOBILIZATION, LocalDate.of(y, 9, 21), LocalDate.of(y, 9, 30)),
              new PhaseDates(Phase.ACTION, LocalDate.of(y, 10, 12), LocalDate.of(y, 11, 20)),
              new PhaseDates(Phase.CONSOLIDATION, LocalDate.of(y, 11, 21), LocalDate.of(y, 11, 30)),
              new PhaseDates(Phase.EVALUATION, LocalDate.of(y, 12, 1), LocalDate.of(y, 12, 31))),
          LocalDate.of(y, 9, 30), LocalDate.of(y, 12, 10), units.stream().map(UnitSummary::code).toList(),
          PlanTemplate.tasks()));
      simulate(lead, current, units, today, y);
    });
  }

  /** Hands in and reviews every deliverable due before {@code until} the way a real year might have gone. */
  private void simulate(Actor lead, UUID campaign, List<UnitSummary> units, LocalDate until, int year) {
    Instant now = clock.instant();
    for (UnitSummary unit : units) {
      Random random = new Random(unit.code().hashCode() * 31L + year);
      Actor admin = new Actor(Actor.Kind.USER, "BJXZSPJ".equals(unit.code()) ? "unitadmin"
          : unit.contactPerson() != null ? unit.contactPerson() : "admin-" + unit.code(),
          unit.name(), Set.of(Role.UNIT_ADMIN), unit.code(), null, null);
      for (Deliverable d : campaigns.history(lead, campaign, unit.code()).stream().map(h -> h.deliverable()).toList()) {
        boolean due = d.dueOn().isBefore(until);
        int roll = random.nextInt(100);
        boolean showcase = "BJXZSPJ".equals(unit.code()) && year == until.getYear();
        if (!due && (roll >= 25 || showcase)) {
          continue;
        }
        if (due && roll >= 92 || showcase && d.kind() == DeliverableKind.PROGRESS_REPORT && !d.dueOn().isBefore(until.minusDays(3))) {
          continue; // missing
        }
        boolean late = due && roll >= 80;
        LocalDate day = late ? d.dueOn().plusDays(1 + random.nextInt(6)) : d.dueOn().minusDays(random.nextInt(5));
        Instant at = day.atTime(LocalTime.of(9 + random.nextInt(8), random.nextInt(60))).atZone(ChinaTime.ZONE).toInstant();
        if (at.isAfter(now)) {
          at = now.minusSeconds(3600L * (1 + random.nextInt(5)));
        }
        boolean attach = d.kind() != DeliverableKind.PROGRESS_REPORT || random.nextInt(3) == 0;
        List<Campaigns.Upload> files = attach
            ? List.of(new Campaigns.Upload(fileName(unit, d), pdf(unit.name() + " " + d.kind()))) : List.of();
        campaigns.submit(admin, d.id(), body(unit, d, random), files);
        date(d.id(), 1, at);
        boolean reviewed = at.plusSeconds(3 * 86400L).isBefore(now);
        if (!reviewed) {
          continue;
        }
        boolean returned = random.nextInt(100) < 15 || showcase && d.kind() == DeliverableKind.PROGRESS_REPORT;
        campaigns.review(lead, d.id(), !returned, returned ? returnComment(d, random) : null);
        reviewedAt(d.id(), 1, at.plusSeconds(86400L * (1 + random.nextInt(2))));
        if (returned && !showcase) {
          Instant again = at.plusSeconds(86400L * (3 + random.nextInt(3)));
          if (again.isBefore(now)) {
            campaigns.submit(admin, d.id(), body(unit, d, random) + "\n\n（已按审核意见补充修改。）", files);
            date(d.id(), 2, again);
            if (again.plusSeconds(2 * 86400L).isBefore(now)) {
              campaigns.review(lead, d.id(), true, null);
              reviewedAt(d.id(), 2, again.plusSeconds(86400L));
            }
          }
        }
      }
    }
  }

  private void evaluate(Actor lead, UUID campaign, List<UnitSummary> units) {
    evaluation.addEvaluator(lead, campaign, "赵敏", "市政府督查室", "组长");
    evaluation.addEvaluator(lead, campaign, "孙立新", "市职转和营商办", "副组长");
    evaluation.addEvaluator(lead, campaign, "陈静", "市文明办", "成员");
    evaluation.addEvaluator(lead, campaign, "刘海涛", "市政务服务中心", "成员");
    String[] good = {"窗口设置规范，台签、工作牌齐全，“好差评”评价器覆盖全部窗口。",
        "一次性告知执行到位，抽查办件材料完整，首问负责记录齐全。",
        "推行“一件事一次办”，企业开办压缩至1个工作日，群众评价较好。",
        "明察暗访中工作人员文明用语规范，等候区便民设施完善。"};
    String[] weak = {"个别窗口存在离岗现象，AB岗衔接记录不全。", "差评台账整改回访不及时，需建立长效机制。",
        "月度进展报送不及时，工作方案措施不够具体。"};
    Random random = new Random(2020);
    for (UnitSummary u : units) {
      var status = campaigns.history(lead, campaign, u.code());
      long missing = status.stream().filter(h -> h.deliverable().timeliness() == org.servicewindow.campaign.Timeliness.MISSING).count();
      long late = status.stream().filter(h -> h.deliverable().timeliness() == org.servicewindow.campaign.Timeliness.LATE).count();
      int score = (int) Math.max(60, 94 - missing * 6 - late * 3 - random.nextInt(10));
      JointEvaluation.Grade grade = score >= 90 ? JointEvaluation.Grade.EXCELLENT : score >= 80 ? JointEvaluation.Grade.GOOD
          : score >= 60 ? JointEvaluation.Grade.PASS : JointEvaluation.Grade.FAIL;
      String findings = good[random.nextInt(good.length)] + (score < 88 ? weak[random.nextInt(weak.length)] : "");
      evaluation.evaluate(lead, campaign, u.code(), score, findings, grade);
    }
    jdbc.sql("UPDATE campaign_evaluation SET evaluated_at = :at WHERE campaign_id = :c")
        .param("at", SqlTime.param(LocalDate.of(2020, 12, 22).atTime(15, 0).atZone(ChinaTime.ZONE).toInstant()))
        .param("c", campaign).update();
    evaluation.addHonour(lead, campaign, JointEvaluation.HonourKind.MODEL_WINDOW, "BJZWFWZX", "市政务服务中心企业开办专区",
        "企业开办“一窗受理、一次办结”，全年零差评。");
    evaluation.addHonour(lead, campaign, JointEvaluation.HonourKind.MODEL_WINDOW, "BJSWJ", "市税务局办税服务厅",
        "推行“非接触式”办税，平均等候时间明显缩短。");
    evaluation.addHonour(lead, campaign, JointEvaluation.HonourKind.MODEL_WINDOW, "BJGJJ", "市住房公积金管理中心营业部",
        "公积金提取材料精简至2项，实现“一次不用跑”。");
    evaluation.addHonour(lead, campaign, JointEvaluation.HonourKind.SERVICE_STAR, "BJGAJ", "户政出入境岗 李娜",
        "主动为老年人上门办证，群众来信表扬3次。");
    evaluation.addHonour(lead, campaign, JointEvaluation.HonourKind.SERVICE_STAR, "BJRSJ", "社保经办岗 王伟",
        "业务技能比武第一名，一次性告知执行率100%。");
    evaluation.addHonour(lead, campaign, JointEvaluation.HonourKind.SERVICE_STAR, "BJHCZ", "售票员 张婷婷",
        "春运期间开设爱心窗口，服务旅客万余人次。");
    evaluation.addHonour(lead, campaign, JointEvaluation.HonourKind.BRAND_SERVICE, "BJXZSPJ", "“一件事一次办”套餐服务",
        "开办餐饮店、新生儿出生等12个“一件事”一表申请。");
    evaluation.addHonour(lead, campaign, JointEvaluation.HonourKind.BRAND_SERVICE, "BJGDJ", "“三零”用电报装",
        "低压小微企业用电报装零上门、零审批、零投资。");
    evaluation.addMedia(lead, campaign, true, "BJZWFWZX", "宝鸡日报", "市政务服务中心：企业开办进入“1日办结”时代",
        LocalDate.of(2020, 8, 12), "报道企业开办专区一窗通办、当日领照。");
    evaluation.addMedia(lead, campaign, true, "BJSWJ", "宝鸡电视台《新闻联播》", "办税更便捷 群众少跑腿",
        LocalDate.of(2020, 9, 3), null);
    evaluation.addMedia(lead, campaign, true, "BJGJJ", "宝鸡发布（微信公众号）", "公积金提取“一次不用跑”",
        LocalDate.of(2020, 10, 20), null);
    evaluation.addMedia(lead, campaign, true, "BJHCZ", "陕西日报", "宝鸡火车站爱心窗口温暖旅客回家路",
        LocalDate.of(2020, 12, 15), null);
    evaluation.addMedia(lead, campaign, false, null, "宝鸡电视台《问政宝鸡》", "窗口服务“推绕拖”问题曝光",
        LocalDate.of(2020, 8, 26), "暗访发现个别窗口工作人员玩手机、离岗，已责令整改。");
    evaluation.addMedia(lead, campaign, false, null, "宝鸡日报·记者暗访", "个别营业厅排队时间过长无人引导",
        LocalDate.of(2020, 10, 9), "已督促相关单位增设引导岗、开放备用窗口。");
    evaluation.publish(lead, campaign);
    jdbc.sql("UPDATE campaign SET results_published_at = :at WHERE id = :c")
        .param("at", SqlTime.param(LocalDate.of(2020, 12, 30).atTime(10, 0).atZone(ChinaTime.ZONE).toInstant()))
        .param("c", campaign).update();
  }

  private void date(UUID deliverable, int version, Instant at) {
    jdbc.sql("UPDATE campaign_submission SET submitted_at = :at WHERE deliverable_id = :d AND version = :v")
        .param("at", SqlTime.param(at)).param("d", deliverable).param("v", version).update();
    jdbc.sql("""
            UPDATE campaign_deliverable SET last_submitted_at = :at,
                   first_submitted_at = CASE WHEN :v = 1 THEN :at ELSE first_submitted_at END WHERE id = :d""")
        .param("at", SqlTime.param(at)).param("v", version).param("d", deliverable).update();
  }

  private void reviewedAt(UUID deliverable, int version, Instant at) {
    jdbc.sql("UPDATE campaign_submission SET reviewed_at = :at WHERE deliverable_id = :d AND version = :v")
        .param("at", SqlTime.param(at)).param("d", deliverable).param("v", version).update();
  }

  private static String fileName(UnitSummary unit, Deliverable d) {
    return unit.name() + switch (d.kind()) {
      case WORK_PLAN -> "优质服务提升行动工作方案.pdf";
      case SELF_CHECK -> "自查总结.pdf";
      default -> d.period() + "工作进展附件.pdf";
    };
  }

  private static String body(UnitSummary unit, Deliverable d, Random random) {
    String n = unit.name();
    return switch (d.kind()) {
      case WORK_PLAN -> n + "窗口行业优质服务提升行动工作方案\n\n一、成立领导小组，主要负责同志任组长，明确窗口科室负责人为具体责任人。\n"
          + "二、对照队伍建设、服务环境、服务效能、监督管理四方面任务，制定" + (10 + random.nextInt(8)) + "项具体措施，"
          + "逐项明确责任岗位和完成时限。\n三、6月底前召开动员部署会，组织窗口人员学习实施方案。\n四、每月25日前向市政府办公室报送工作进展。";
      case PROGRESS_REPORT -> n + " " + d.period() + " 工作进展\n\n1. 组织窗口人员开展文明用语和服务礼仪培训" + (1 + random.nextInt(3))
          + "次，参训" + (20 + random.nextInt(60)) + "人次。\n2. 完善台签、工作牌和办事指南宣传栏，新增便民设施"
          + (2 + random.nextInt(5)) + "处。\n3. 落实“好差评”制度，本月收到差评" + random.nextInt(4) + "件，已全部建立台账并回访。\n"
          + "4. 下月重点：推进“一件事一次办”，进一步压减办理时限。";
      case SELF_CHECK -> n + "优质服务提升行动自查总结\n\n对照实施方案四方面" + "15项任务逐项自查：已完成" + (12 + random.nextInt(4))
          + "项，其余纳入长效机制持续推进。\n主要成效：窗口服务规范化水平提升，群众满意度提高，办事时限平均压缩"
          + (10 + random.nextInt(30)) + "%。\n存在问题：个别窗口高峰时段等候时间偏长，AB岗衔接仍需加强。\n下一步：健全考核和问责制度，巩固行动成果。";
    };
  }

  private static String returnComment(Deliverable d, Random random) {
    String[] comments = {"措施不够具体，请补充责任岗位和完成时限。", "请补充本月“好差评”数据和整改情况。",
        "缺少附件佐证材料，请补充照片或台账。", "请对照四方面任务逐项说明进展。"};
    return comments[random.nextInt(comments.length)];
  }

  /** A one-page PDF that names what it stands for (a real file type, so the content check passes). */
  private static byte[] pdf(String title) {
    String text = title.replaceAll("[^A-Za-z0-9 _-]", "");
    String content = "BT /F1 14 Tf 72 720 Td (" + text + ") Tj ET";
    String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
        + "4 0 obj<</Length " + content.length() + ">>stream\n" + content + "\nendstream endobj\n"
        + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    return pdf.getBytes(StandardCharsets.US_ASCII);
  }
}
