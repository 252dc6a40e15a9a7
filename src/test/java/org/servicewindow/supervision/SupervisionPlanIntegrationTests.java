package org.servicewindow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.supervision.internal.ChecklistAdministration;
import org.servicewindow.supervision.internal.ChecklistItem;
import org.servicewindow.supervision.internal.InspectionPlans;
import org.servicewindow.supervision.internal.Supervision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Plans generate visits on working days and an inspection recorded for a visit closes it; a unit never sees an
 * undercover plan. Checklist edits make revisions, and an old inspection keeps the label it was recorded with.
 */
@IntegrationTest
class SupervisionPlanIntegrationTests {

  private static final String UNIT = "BJXZSPJ";
  private static final String OTHER = "BJSCJGJ";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired TestClock clock;
  @Autowired Supervision supervision;
  @Autowired InspectionPlans plans;
  @Autowired ChecklistAdministration checklist;
  @Autowired OrganizationApi organization;
  @Autowired WorkingDays workingDays;

  @Test
  void aSpecialPlanGeneratesVisitsAndAnInspectionClosesOne() throws Exception {
    Actor inspector = accounts.actor("inspector");
    Actor unitAdmin = accounts.actor("unitadmin");
    LocalDate from = ChinaTime.today(clock);
    String title = "窗口作风专项检查 " + UUID.randomUUID();
    String location = mvc.perform(post("/supervision/plans").with(as(inspector)).with(csrf())
            .param("kind", "SPECIAL").param("title", title).param("from", from.toString())
            .param("to", from.plusDays(27).toString()).param("units", UNIT, OTHER).param("visitsPerUnit", "2")
            .param("assignees", "inspector"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    UUID planId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    List<InspectionPlans.Visit> visits = plans.visits(inspector, planId);
    assertThat(visits).hasSize(4).allSatisfy(v -> {
      assertThat(v.plannedOn()).isBetween(from, from.plusDays(27));
      assertThat(workingDays.isWorkingDay(v.plannedOn())).isTrue();
      assertThat(v.assignee()).isEqualTo("inspector");
    });

    // The unit sees the plan, but only its own visits; another unit not visited finds nothing.
    assertThat(plans.visits(unitAdmin, planId)).hasSize(2).allMatch(v -> v.unitCode().equals(UNIT));
    mvc.perform(get(location).with(as(accounts.actor("enfadmin")))).andExpect(status().isNotFound());
    mvc.perform(get("/supervision/plans").with(as(unitAdmin))).andExpect(content().string(Matchers.containsString(title)));

    InspectionPlans.Visit visit = visits.stream().filter(v -> v.unitCode().equals(UNIT)).findFirst().orElseThrow();
    mvc.perform(get("/supervision/inspections/new").param("visit", visit.id().toString()).with(as(inspector)))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(title)));
    mvc.perform(inspection(inspector, visit.id())).andExpect(status().is3xxRedirection());
    assertThat(plans.visit(inspector, visit.id()).inspectionId()).isNotNull();
    assertThat(plans.plan(inspector, planId).done()).isEqualTo(1);
    // The same visit cannot be recorded twice; the form says so and keeps the input.
    mvc.perform(inspection(inspector, visit.id())).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("该计划检查已登记过检查记录")));
  }

  @Test
  void aUnitNeverSeesAnUndercoverPlanAndPlansOnlyItsOwnDailyChecks() throws Exception {
    Actor inspector = accounts.actor("inspector");
    Actor unitAdmin = accounts.actor("unitadmin");
    LocalDate from = ChinaTime.today(clock);
    var undercover = plans.create(inspector, new InspectionPlans.NewPlan(
        org.servicewindow.supervision.internal.InspectionKind.UNDERCOVER, "暗访 " + UUID.randomUUID(), from,
        from.plusDays(10), List.of(UNIT), 1, List.of(), null));
    mvc.perform(get("/supervision/plans/" + undercover.id()).with(as(unitAdmin))).andExpect(status().isNotFound());
    assertThat(plans.plans(unitAdmin, PageQuery.of(0, 200)).items()).noneMatch(p -> p.id().equals(undercover.id()));
    mvc.perform(get("/supervision/plans/" + undercover.id()).with(as(accounts.actor("leader")))).andExpect(status().isOk());

    mvc.perform(post("/supervision/plans").with(as(unitAdmin)).with(csrf()).param("kind", "SPECIAL")
            .param("title", "x").param("from", from.toString()).param("to", from.plusDays(3).toString())
            .param("units", UNIT).param("visitsPerUnit", "1"))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("专项检查和明察暗访由督查人员登记")));
    String daily = "日常巡查 " + UUID.randomUUID();
    mvc.perform(post("/supervision/plans").with(as(unitAdmin)).with(csrf()).param("kind", "DAILY")
            .param("title", daily).param("from", from.toString()).param("to", from.plusDays(6).toString())
            .param("units", OTHER).param("visitsPerUnit", "3").param("assignees", "inspector"))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("不能承担此类检查")))
        .andExpect(content().string(Matchers.containsString(daily)));
    mvc.perform(post("/supervision/plans").with(as(unitAdmin)).with(csrf()).param("kind", "DAILY")
            .param("title", daily).param("from", from.toString()).param("to", from.plusDays(6).toString())
            .param("units", OTHER).param("visitsPerUnit", "3"))
        .andExpect(status().is3xxRedirection());
    var plan = plans.plans(unitAdmin, PageQuery.of(0, 200)).items().stream().filter(p -> p.title().equals(daily))
        .findFirst().orElseThrow();
    assertThat(plans.visits(unitAdmin, plan.id())).hasSize(3).allMatch(v -> v.unitCode().equals(UNIT));
    mvc.perform(get("/supervision/plans/" + plan.id()).with(as(accounts.actor("enfadmin")))).andExpect(status().isNotFound());
  }

  @Test
  void aChecklistEditMakesARevisionAndOldInspectionsKeepTheirLabel() throws Exception {
    Actor inspector = accounts.actor("inspector");
    String label = "便民服务箱 " + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(post("/supervision/checklist").with(as(accounts.actor("unitadmin"))).with(csrf())
        .param("label", label).param("dimension", "FACILITIES").param("maxScore", "4"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/supervision/checklist").with(as(inspector)).with(csrf())
            .param("label", label).param("dimension", "FACILITIES").param("maxScore", "4"))
        .andExpect(status().is3xxRedirection());
    ChecklistItem item = supervision.checklist().stream().filter(i -> label.equals(i.label())).findFirst().orElseThrow();
    try {
      String location = mvc.perform(inspection(inspector, null)).andExpect(status().is3xxRedirection())
          .andReturn().getResponse().getRedirectedUrl();
      mvc.perform(post("/supervision/checklist/" + item.code()).with(as(accounts.actor("sysadmin"))).with(csrf())
              .param("label", "便民服务设施（新）").param("dimension", "FACILITIES").param("maxScore", "8"))
          .andExpect(status().is3xxRedirection());
      assertThat(checklist.item(item.code())).satisfies(i -> {
        assertThat(i.revision()).isEqualTo(2);
        assertThat(i.maxScore()).isEqualTo(8);
      });
      mvc.perform(get(location).with(as(inspector))).andExpect(status().isOk())
          .andExpect(content().string(Matchers.containsString("<td>" + label + "</td>")))
          .andExpect(content().string(Matchers.not(Matchers.containsString("<td>便民服务设施（新）</td>"))));
      mvc.perform(post("/supervision/checklist/" + item.code()).with(as(inspector)).with(csrf()).param("active", "false"))
          .andExpect(status().is3xxRedirection());
      assertThat(supervision.checklist()).noneMatch(i -> i.code().equals(item.code()));
      assertThat(checklist.history(item.code())).extracting(ChecklistAdministration.Revision::revision)
          .containsExactly(3, 2, 1);
      mvc.perform(get(location).with(as(inspector)))
          .andExpect(content().string(Matchers.containsString("<td>" + label + "</td>")));
      mvc.perform(get("/supervision/inspections/new").with(as(inspector)))
          .andExpect(content().string(Matchers.not(Matchers.containsString("便民服务设施（新）"))));
    } finally {
      checklist.setActive(inspector, item.code(), false);
    }
  }

  @Test
  void theListAndFormPagesRenderForTheirReaders() throws Exception {
    Actor inspector = accounts.actor("inspector");
    for (String page : List.of("/supervision/checklist?history=DISCIPLINE", "/supervision/plans/new", "/supervision/plans",
        "/supervision/findings", "/supervision/circulars", "/supervision/circulars/new", "/supervision/circulars?unread=true",
        "/supervision/orders?escalated=true", "/supervision/units/" + UNIT)) {
      mvc.perform(get(page).with(as(inspector))).andExpect(status().isOk());
    }
    mvc.perform(get("/supervision/checklist").param("history", "DISCIPLINE").with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("工作纪律")));
    mvc.perform(get("/supervision/checklist").with(as(accounts.actor("unitadmin")))).andExpect(status().isForbidden());
    for (String page : List.of("/supervision/plans/new", "/supervision/plans", "/supervision/findings",
        "/supervision/circulars", "/supervision/units/" + UNIT)) {
      mvc.perform(get(page).with(as(accounts.actor("unitadmin")))).andExpect(status().isOk());
    }
    mvc.perform(get("/supervision/findings").param("lang", "en").with(as(inspector))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Findings from data")));
  }

  private MockHttpServletRequestBuilder inspection(Actor actor, UUID visit) {
    WindowSummary w = organization.halls().stream().flatMap(h -> organization.windowsOf(h.code()).stream())
        .filter(x -> UNIT.equals(x.unitCode())).findFirst().orElseThrow();
    var request = post("/supervision/inspections").with(as(actor)).with(csrf())
        .param("kind", "SPECIAL").param("unitCode", UNIT).param("hallCode", w.hallCode())
        .param("visitedAt", LocalDateTime.now(clock.withZone(ChinaTime.ZONE)).minusHours(1).withNano(0).toString());
    if (visit != null) {
      request.param("planVisitId", visit.toString());
    }
    for (ChecklistItem item : supervision.checklist()) {
      request.param("result_" + item.code(), "PASS");
    }
    return request;
  }
}
