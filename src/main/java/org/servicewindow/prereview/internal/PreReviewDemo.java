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

  PreReviewDemo(PreReviews preReviews, OrganizationApi organization, JdbcClient jdbc,
      org.servicewindow.prereview.ServiceCommitments commitments, java.time.Clock clock) {
    this.commitments = commitments;
    this.clock = clock;
    this.preReviews = preReviews;
    this.organization = organization;
    this.jdbc = jdbc;
  }

  @Override
  public void seed() {
    seedCommitments();
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
}
