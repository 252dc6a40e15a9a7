package org.servicewindow.supervision.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DemoData;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.WindowSummary;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A few inspections of the demo city's approval bureau (BJXZSPJ) with orders in every state: one closed after a
 * failed re-check, one awaiting the re-check, one overdue, one fresh; and a clean daily check.
 */
@Component
@Profile("demo")
@Order(80)
class SupervisionDemo implements DemoData {

  private static final String UNIT = "BJXZSPJ";

  private final Supervision supervision;
  private final OrganizationApi organization;
  private final JdbcClient jdbc;
  private final Clock clock;

  SupervisionDemo(Supervision supervision, OrganizationApi organization, JdbcClient jdbc, Clock clock) {
    this.supervision = supervision;
    this.organization = organization;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void seed() {
    if (jdbc.sql("SELECT COUNT(*) FROM supervision_inspection").query(Long.class).single() > 0) {
      return;
    }
    WindowSummary window = organization.halls().stream()
        .flatMap(h -> organization.windowsOf(h.code()).stream())
        .filter(w -> UNIT.equals(w.unitCode())).findFirst().orElse(null);
    if (window == null) {
      return;
    }
    Actor inspector = new Actor(Actor.Kind.USER, "inspector", "赵敏（市督查室）", Set.of(Role.INSPECTOR), null, null, null);
    Actor unitAdmin = new Actor(Actor.Kind.USER, "unitadmin", "周强（市行政审批服务局）", Set.of(Role.UNIT_ADMIN), UNIT, null,
        null);

    var special = supervision.record(inspector, inspection(InspectionKind.SPECIAL, window, 20,
        "DRESS_BADGE", "窗口人员未佩戴胸牌，桌牌摆放不规范", "GUIDES_POSTED", "3号窗口办事指南未张贴最新版本"));
    var undercover = supervision.record(inspector, inspection(InspectionKind.UNDERCOVER, window, 12,
        "LANGUAGE", "暗访时窗口人员使用不文明用语“这不归我管”", "UNMANNED", "10:20—10:40 窗口无人在岗，未摆放暂停服务牌"));
    supervision.record(unitAdmin, inspection(InspectionKind.DAILY, window, 2));

    List<RectificationOrder> orders = supervision.ordersOf(inspector, special.id());
    RectificationOrder badge = orders.get(0);
    supervision.submitEvidence(unitAdmin, badge.id(), "已为全部窗口人员补发胸牌，桌牌统一更换。");
    supervision.recheck(inspector, badge.id(), false, "复查时仍有两人未佩戴胸牌。");
    supervision.submitEvidence(unitAdmin, badge.id(), "已开展着装规范专项教育，每日开门前由科长检查胸牌。");
    supervision.recheck(inspector, badge.id(), true, "复查合格。");
    supervision.submitEvidence(unitAdmin, orders.get(1).id(), "已张贴2026年版办事指南。");

    // The undercover visit's language finding was issued weeks ago and is overdue now.
    RectificationOrder language = supervision.ordersOf(inspector, undercover.id()).get(0);
    LocalDate issued = ChinaTime.today(clock).minusDays(30);
    jdbc.sql("UPDATE supervision_order SET issued_on = :issued, deadline = :deadline WHERE id = :id")
        .param("issued", issued).param("deadline", supervision.deadlineFrom(issued)).param("id", language.id()).update();
  }

  private Supervision.NewInspection inspection(InspectionKind kind, WindowSummary window, int daysAgo, String... failures) {
    List<Inspection.Result> results = new ArrayList<>();
    for (ChecklistItem item : supervision.checklist()) {
      String note = null;
      for (int i = 0; i < failures.length; i += 2) {
        if (failures[i].equals(item.code())) {
          note = failures[i + 1];
        }
      }
      results.add(new Inspection.Result(item.code(), note == null, note == null ? item.maxScore() : item.maxScore() / 2,
          note));
    }
    return new Supervision.NewInspection(kind, UNIT, window.hallCode(), window.code(), null,
        clock.instant().minus(Duration.ofDays(daysAgo)), null, results);
  }
}
