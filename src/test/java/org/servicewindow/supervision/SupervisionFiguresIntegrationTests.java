package org.servicewindow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestClock;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.supervision.internal.ChecklistItem;
import org.servicewindow.supervision.internal.Inspection;
import org.servicewindow.supervision.internal.InspectionKind;
import org.servicewindow.supervision.internal.RectificationOrder;
import org.servicewindow.supervision.internal.Supervision;
import org.springframework.beans.factory.annotation.Autowired;

/** The published figures: an inspection's score in percent, and its order late once the deadline passed unclosed. */
@IntegrationTest
class SupervisionFiguresIntegrationTests {

  @Autowired SupervisionFigures figures;
  @Autowired Supervision supervision;
  @Autowired OrganizationApi organization;
  @Autowired TestClock clock;

  @Test
  void inspectionsAndRectificationsAreReadWithTheirScoresAndDeadlines() {
    WindowSummary window = organization.halls().stream().flatMap(h -> organization.windowsOf(h.code()).stream())
        .filter(w -> "BJXZSPJ".equals(w.unitCode())).findFirst().orElseThrow();
    Actor inspector = new Actor(Actor.Kind.USER, "inspector", "督查", Set.of(Role.INSPECTOR), null, null, null);
    List<Inspection.Result> results = new ArrayList<>();
    int max = 0;
    for (ChecklistItem item : supervision.checklist()) {
      boolean failed = "LANGUAGE".equals(item.code());
      results.add(new Inspection.Result(item.code(), !failed, failed ? 0 : item.maxScore(), failed ? "用语不规范" : null));
      max += item.maxScore();
    }
    Inspection saved = supervision.record(inspector, new Supervision.NewInspection(InspectionKind.SPECIAL, "BJXZSPJ",
        window.hallCode(), window.code(), null, clock.instant(), null, results));
    var today = ChinaTime.today(clock);

    List<SupervisionFigures.InspectionScore> scores = new ArrayList<>();
    figures.inspections(today, today, scores::add);
    SupervisionFigures.InspectionScore mine = scores.stream().filter(s -> s.id().equals(saved.id())).findFirst()
        .orElseThrow();
    assertThat(mine.maxScore()).isEqualTo(max);
    assertThat(mine.percent()).isEqualTo(Math.round((max - 10) * 1000.0 / max) / 10.0);
    assertThat(mine.windowCode()).isEqualTo(window.code());

    RectificationOrder order = supervision.ordersOf(inspector, saved.id()).get(0);
    List<SupervisionFigures.Rectification> due = new ArrayList<>();
    figures.rectifications(order.deadline(), order.deadline(), due::add);
    SupervisionFigures.Rectification r = due.stream().filter(d -> d.id().equals(order.id())).findFirst().orElseThrow();
    assertThat(r.closedOn()).isNull();
    assertThat(r.lateOn(order.deadline())).isFalse();
    assertThat(r.lateOn(order.deadline().plusDays(1))).isTrue();
  }
}
