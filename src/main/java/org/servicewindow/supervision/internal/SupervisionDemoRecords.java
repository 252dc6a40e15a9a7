package org.servicewindow.supervision.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DemoData;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.WindowSummary;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo of the later supervision parts on top of {@link SupervisionDemo}: a photo on the undercover visit, a special
 * inspection plan, findings from a 差评 cluster and an overdue case, an order to a staff member, an accountability
 * record and a circular read by one of its two units.
 */
@Component
@Profile("demo")
@Order(81)
class SupervisionDemoRecords implements DemoData {

  private static final String UNIT = "BJXZSPJ";

  private final Supervision supervision;
  private final InspectionPlans plans;
  private final Findings findings;
  private final Accountability accountability;
  private final Circulars circulars;
  private final OrganizationApi organization;
  private final JdbcClient jdbc;
  private final Clock clock;

  SupervisionDemoRecords(Supervision supervision, InspectionPlans plans, Findings findings, Accountability accountability,
      Circulars circulars, OrganizationApi organization, JdbcClient jdbc, Clock clock) {
    this.supervision = supervision;
    this.plans = plans;
    this.findings = findings;
    this.accountability = accountability;
    this.circulars = circulars;
    this.organization = organization;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void seed() {
    if (jdbc.sql("SELECT COUNT(*) FROM supervision_plan").query(Long.class).single() > 0) {
      return;
    }
    WindowSummary window = organization.halls().stream().flatMap(h -> organization.windowsOf(h.code()).stream())
        .filter(w -> UNIT.equals(w.unitCode())).findFirst().orElse(null);
    List<StaffSummary> staff = organization.activeStaffOf(UNIT);
    if (window == null || staff.isEmpty()) {
      return;
    }
    Actor inspector = new Actor(Actor.Kind.USER, "inspector", "赵敏（市督查室）", Set.of(Role.INSPECTOR), null, null, null);
    Actor unitAdmin = new Actor(Actor.Kind.USER, "unitadmin", "周强（市行政审批服务局）", Set.of(Role.UNIT_ADMIN), UNIT, null,
        null);
    LocalDate today = ChinaTime.today(clock);

    var undercover = supervision.inspections(inspector, InspectionKind.UNDERCOVER, PageQuery.of(0, 1)).items();
    if (!undercover.isEmpty()) {
      supervision.addPhotos(inspector, undercover.get(0).id(), List.of(
          new Supervision.PhotoUpload("UNMANNED", "IMG_2041.jpg", InspectionPhotos.jpeg(scene(false), 0.9f)),
          new Supervision.PhotoUpload(null, "IMG_2042.jpg", InspectionPhotos.jpeg(scene(true), 0.9f))));
    }

    var units = organization.units().stream().map(u -> u.code()).filter(c -> !c.equals(UNIT)).limit(2).toList();
    plans.create(inspector, new InspectionPlans.NewPlan(InspectionKind.SPECIAL, "本季度窗口作风专项检查",
        today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(3).minusDays(1),
        java.util.stream.Stream.concat(java.util.stream.Stream.of(UNIT), units.stream()).toList(), 2,
        List.of("inspector"), "重点检查工作纪律、文明用语和窗口空岗情况。"));
    plans.create(unitAdmin, new InspectionPlans.NewPlan(InspectionKind.DAILY, "本月日常巡查", today.withDayOfMonth(1),
        today.withDayOfMonth(today.lengthOfMonth()), List.of(UNIT), 4, List.of(), null));

    // Three 差评 for one staff member last week, and an overdue case: the signals the events would have left.
    StaffSummary rated = staff.get(0);
    for (int i = 0; i < 3; i++) {
      findings.signal("NEGATIVE_RATING", UUID.randomUUID(), String.valueOf(i == 0 ? 1 : 2), UNIT, window.hallCode(),
          window.code(), rated.username(), clock.instant().minus(Duration.ofDays(6 - i * 2L)));
    }
    findings.signal("OVERDUE_CASE", UUID.randomUUID(), "2026-BJ-000417 · " + today.minusDays(3), UNIT,
        window.hallCode(), window.code(), rated.username(), clock.instant().minus(Duration.ofDays(2)));
    findings.detect("system");
    var raised = findings.findings(inspector, FindingKind.NEGATIVE_CLUSTER, PageQuery.of(0, 10)).items();
    if (raised.isEmpty()) {
      return;
    }
    Finding cluster = raised.get(0);
    RectificationOrder order = supervision.issueFromFinding(inspector, cluster.id(), new Supervision.NewOrder(UNIT,
        window.hallCode(), window.code(), rated.staffNumber(), "窗口人员一周内收到3条差评，请查明原因、开展谈心谈话并提交整改报告。"));
    accountability.onOrder(inspector, order.id(), new Accountability.NewRecord(Accountability.Measure.TALK,
        rated.staffNumber(), today, "一周内差评集中，由科室负责人约谈提醒。"));
    var language = supervision.orders(inspector, null, true, PageQuery.of(0, 10)).items();
    List<UUID> included = new java.util.ArrayList<>(List.of(order.id()));
    language.stream().findFirst().ifPresent(o -> included.add(o.id()));
    var circular = circulars.publish(inspector, new Circulars.NewCircular("关于近期窗口服务问题的通报",
        "现将近期专项检查、明察暗访和数据监测发现的窗口服务问题通报如下，请相关单位对照整改，举一反三。", included, List.of(),
        units.isEmpty() ? List.of() : List.of(units.get(0)), true));
    circulars.open(unitAdmin, circular.id());
  }

  /** A drawn stand-in for a phone photo of a window: counter, sign and an empty or staffed chair. */
  private static BufferedImage scene(boolean staffed) {
    BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(226, 232, 240));
    g.fillRect(0, 0, 1200, 900);
    g.setColor(new Color(30, 80, 160));
    g.fillRect(380, 90, 440, 110);
    g.setColor(new Color(148, 112, 80));
    g.fillRect(100, 520, 1000, 380);
    g.setColor(new Color(60, 60, 70));
    g.fillRoundRect(520, 330, 160, 190, 30, 30);
    if (staffed) {
      g.setColor(new Color(250, 214, 170));
      g.fillOval(550, 220, 100, 110);
      g.setColor(new Color(40, 60, 120));
      g.fillRoundRect(510, 320, 180, 200, 40, 40);
    }
    g.dispose();
    return image;
  }
}
