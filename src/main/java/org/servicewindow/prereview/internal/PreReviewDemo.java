package org.servicewindow.prereview.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicewindow.catalog.FormField;
import org.servicewindow.catalog.ServiceGuide;
import org.servicewindow.common.DemoData;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Three pre-applications for an item of window BJZWFW-01 (staff01's): one waiting for review, one with a
 * one-time notice, one complete and ready to book — enough to show the citizen's and the staff's screens.
 */
@Component
@Profile("demo")
@Order(140)
class PreReviewDemo implements DemoData {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

  private final PreReviews preReviews;
  private final OrganizationApi organization;
  private final JdbcClient jdbc;
  private final org.servicewindow.prereview.ServiceCommitments commitments;
  private final java.time.Clock clock;

  private final org.servicewindow.prereview.PublicAppraisals appraisals;

  PreReviewDemo(PreReviews preReviews, OrganizationApi organization, JdbcClient jdbc,
      org.servicewindow.prereview.ServiceCommitments commitments, java.time.Clock clock,
      org.servicewindow.prereview.PublicAppraisals appraisals) {
    this.appraisals = appraisals;
    this.commitments = commitments;
    this.clock = clock;
    this.preReviews = preReviews;
    this.organization = organization;
    this.jdbc = jdbc;
  }

  @Override
  public void seed() {
    seedCommitments();
    seedAppraisal();
    if (jdbc.sql("SELECT COUNT(*) FROM prereview").query(Long.class).single() > 0) {
      return;
    }
    List<String> services = organization.servicesOf("BJZWFW-01");
    ServiceGuide guide = services.stream().map(c -> preReviews.guideIfAny(c)).flatMap(java.util.Optional::stream)
        .filter(g -> g.content().materials().stream().filter(m -> m.required()).count() >= 2).findFirst().orElse(null);
    if (guide == null) {
      return;
    }
    Actor staff = new Actor(Actor.Kind.USER, "staff01", "王晓燕", Set.of(Role.STAFF), "BJZWFWZX", "BJZWFW", "BJZWFW-01");
    String[][] people = {{"陈志强", "13891700101"}, {"刘丽娟", "13891700102"}, {"杨海涛", "13891700103"}};
    for (int i = 0; i < people.length; i++) {
      var first = guide.content().materials().get(0);
      List<PreReviews.Upload> uploads = i == 1 ? List.of(new PreReviews.Upload(first.code(), first.name() + ".pdf", PDF))
          : guide.content().materials().stream().filter(m -> m.required())
              .map(m -> new PreReviews.Upload(m.code(), m.name() + ".pdf", PDF)).toList();
      Map<String, String> fields = new java.util.LinkedHashMap<>();
      for (FormField f : preReviews.formOf(guide.code())) {
        fields.put(f.key(), f.options().isEmpty() ? "宝鸡秦川餐饮管理有限公司" : f.options().get(0));
      }
      var s = preReviews.submit(new PreReviews.Submission(guide.code(), people[i][1], people[i][0], null, fields, uploads));
      if (i == 1) {
        preReviews.issueNotice(s.id(), Map.of(first.code(), "申请书未由法定代表人签字"), staff);
      } else if (i == 2) {
        preReviews.complete(s.id(), staff);
      }
    }
  }

  /** The service centre's and its hall's published commitments (wording after common 服务承诺 practice). */
  private void seedCommitments() {
    if (jdbc.sql("SELECT COUNT(*) FROM commitment").query(Long.class).single() > 0) {
      return;
    }
    Actor operator = new Actor(Actor.Kind.USER, "sysadmin", "系统管理员", Set.of(Role.SYSADMIN), null, null, null);
    var signed = org.servicewindow.common.ChinaTime.today(clock).withDayOfMonth(1);
    var draft = new org.servicewindow.prereview.ServiceCommitments.Draft(
        "周一至周五 9:00–12:00，13:00–17:00；法定节假日按国家安排调整；午间和周末设预约服务。",
        "即办件当场办结；承诺件在办事指南公布的承诺时限内办结，比法定时限平均压缩一半以上；材料齐全的网上预审申请一个工作日内审核完毕。",
        "首问负责、一次告知、限时办结；文明用语、亮证上岗；不推诿、不刁难、不吃拿卡要。",
        "投诉当日登记、三个工作日内答复；对查实的问题依规追责并向投诉人反馈处理结果。",
        "12345", signed, "宝鸡市政务服务中心主任");
    for (var o : commitments.ownersFor(operator)) {
      if (o.code().equals("BJZWFWZX") || o.code().equals("BJZWFW")) {
        commitments.publish(o.kind(), o.code(), draft, operator);
      }
    }
  }

  /** An open appraisal of the first six units with forty seeded answers, some with comments. */
  private void seedAppraisal() {
    if (jdbc.sql("SELECT COUNT(*) FROM appraisal_campaign").query(Long.class).single() > 0) {
      return;
    }
    Actor operator = new Actor(Actor.Kind.USER, "sysadmin", "系统管理员", Set.of(Role.SYSADMIN), null, null, null);
    var today = org.servicewindow.common.ChinaTime.today(clock);
    List<String> units = organization.units().stream().limit(6).map(u -> u.code()).toList();
    var campaign = appraisals.open(today.getYear() + " 年第四季度窗口单位群众评议", today.minusDays(14), today.plusDays(14),
        units, operator);
    String[] comments = {"窗口工作人员态度热情，一次就办好了。", "排队时间有点长，建议高峰期多开窗口。", "材料一次告知清楚，没有来回跑。",
        "大厅环境整洁，自助设备好用。", null, "希望网上预审结果能更快通知。", null, "工作人员业务熟练，效率很高。"};
    java.util.Random random = new java.util.Random(13);
    String[] kinds = {"CITIZEN", "CITIZEN", "COMPANY", "SUPERVISOR"};
    for (int i = 0; i < 40; i++) {
      int base = 3 + random.nextInt(3);
      appraisals.respond(campaign.token(), "1380917" + String.format("%04d", i), new org.servicewindow.prereview
          .PublicAppraisals.Answer(kinds[i % kinds.length], units.get(i % units.size()), base,
          Math.max(1, base - random.nextInt(2)), base, Math.min(5, base + random.nextInt(2)), base,
          comments[i % comments.length]));
    }
  }
}
