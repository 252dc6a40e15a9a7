package org.servicewindow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.supervision.internal.ChecklistItem;
import org.servicewindow.supervision.internal.OrderStatus;
import org.servicewindow.supervision.internal.RectificationOrder;
import org.servicewindow.supervision.internal.Supervision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Inspection → finding → rectification order → evidence → failed re-check → evidence → passed re-check → closed,
 * through HTTP; the deadline counts working days across the National Day holiday; a unit admin sees only their unit.
 */
@IntegrationTest
class SupervisionIntegrationTests {

  private static final String UNIT = "BJXZSPJ";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired TestClock clock;
  @Autowired Supervision supervision;
  @Autowired OrganizationApi organization;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private WindowSummary window() {
    return organization.halls().stream().flatMap(h -> organization.windowsOf(h.code()).stream())
        .filter(w -> UNIT.equals(w.unitCode())).findFirst().orElseThrow();
  }

  private MockHttpServletRequestBuilder inspection(Actor actor, String kind, String failedItem, String note) {
    WindowSummary w = window();
    var request = post("/supervision/inspections").with(as(actor)).with(csrf())
        .param("kind", kind).param("unitCode", UNIT).param("hallCode", w.hallCode()).param("windowCode", w.code())
        .param("visitedAt", LocalDateTime.now(clock.withZone(ChinaTime.ZONE)).minusHours(1).withNano(0).toString());
    for (ChecklistItem item : supervision.checklist()) {
      boolean failed = item.code().equals(failedItem);
      request.param("result_" + item.code(), failed ? "FAIL" : "PASS");
      if (failed) {
        request.param("score_" + item.code(), "3").param("note_" + item.code(), note);
      }
    }
    return request;
  }

  private UUID recordInspection(Actor actor, String kind, String failedItem, String note) throws Exception {
    String location = mvc.perform(inspection(actor, kind, failedItem, note))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  @Test
  void anOrderGoesThroughEvidenceAFailedRecheckAndIsClosed() throws Exception {
    Actor inspector = accounts.actor("inspector");
    Actor unitAdmin = accounts.actor("unitadmin");
    String problem = "胸牌未佩戴 " + UUID.randomUUID();
    UUID inspectionId = recordInspection(inspector, "SPECIAL", "DRESS_BADGE", problem);

    mvc.perform(get("/supervision/inspections/" + inspectionId).with(as(inspector)))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(problem)));
    List<RectificationOrder> orders = supervision.ordersOf(inspector, inspectionId);
    assertThat(orders).singleElement().satisfies(o -> {
      assertThat(o.itemCode()).isEqualTo("DRESS_BADGE");
      assertThat(o.status()).isEqualTo(OrderStatus.ISSUED);
      assertThat(o.deadline()).isEqualTo(supervision.deadlineFrom(ChinaTime.today(clock)));
    });
    UUID id = orders.get(0).id();
    String order = "/supervision/orders/" + id;

    // Evidence is the unit's, the re-check the inspector's.
    mvc.perform(post(order + "/recheck").with(as(inspector)).with(csrf()).param("outcome", "PASS"))
        .andExpect(status().is3xxRedirection());
    assertThat(supervision.order(inspector, id).status()).isEqualTo(OrderStatus.ISSUED);
    mvc.perform(post(order + "/evidence").with(as(unitAdmin)).with(csrf()).param("evidence", "已补发胸牌"))
        .andExpect(status().is3xxRedirection());
    assertThat(supervision.order(inspector, id).status()).isEqualTo(OrderStatus.SUBMITTED);
    mvc.perform(post(order + "/recheck").with(as(unitAdmin)).with(csrf()).param("outcome", "PASS"))
        .andExpect(status().isForbidden());
    mvc.perform(post(order + "/recheck").with(as(inspector)).with(csrf()).param("outcome", "FAIL")
        .param("note", "仍有一人未佩戴")).andExpect(status().is3xxRedirection());
    assertThat(supervision.order(inspector, id).status()).isEqualTo(OrderStatus.RETURNED);
    mvc.perform(post(order + "/evidence").with(as(unitAdmin)).with(csrf()).param("evidence", "每日班前检查胸牌"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post(order + "/recheck").with(as(inspector)).with(csrf()).param("outcome", "PASS"))
        .andExpect(status().is3xxRedirection());
    RectificationOrder closed = supervision.order(inspector, id);
    assertThat(closed.status()).isEqualTo(OrderStatus.CLOSED);
    assertThat(closed.closedAt()).isNotNull();

    assertThat(supervision.timeline(inspector, id)).extracting(RectificationOrder.Event::kind)
        .containsExactly("ISSUED", "EVIDENCE", "RECHECK_FAILED", "EVIDENCE", "RECHECK_PASSED");
    mvc.perform(get(order).with(as(unitAdmin))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("仍有一人未佩戴")))
        .andExpect(content().string(Matchers.containsString("已销号")));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE target_id = :id").param("id", id.toString())
        .query(Long.class).single()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void aUnitAdminSeesOnlyTheirUnitAndRecordsOnlyDailyChecksOfIt() throws Exception {
    Actor inspector = accounts.actor("inspector");
    UUID inspectionId = recordInspection(inspector, "UNDERCOVER", "LANGUAGE", "不文明用语 " + UUID.randomUUID());
    UUID id = supervision.ordersOf(inspector, inspectionId).get(0).id();
    Actor other = accounts.actor("enfadmin");
    Actor own = accounts.actor("unitadmin");

    mvc.perform(get("/supervision/orders/" + id).with(as(other))).andExpect(status().isNotFound());
    mvc.perform(get("/supervision/inspections/" + inspectionId).with(as(other))).andExpect(status().isNotFound());
    mvc.perform(post("/supervision/orders/" + id + "/evidence").with(as(other)).with(csrf()).param("evidence", "x"))
        .andExpect(status().is3xxRedirection());
    assertThat(supervision.order(inspector, id).status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(supervision.orders(other, null, false, PageQuery.of(0, 200)).items())
        .allMatch(o -> o.unitCode().equals("BJCGZFJ"));
    mvc.perform(get("/supervision/orders/" + id).with(as(own))).andExpect(status().isOk());
    mvc.perform(get("/supervision/orders/" + id).with(as(accounts.actor("leader")))).andExpect(status().isOk());

    // A unit admin may not run an undercover visit; a daily check always targets their own unit.
    mvc.perform(inspection(own, "UNDERCOVER", null, null)).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("明察暗访由督查人员登记")));
    mvc.perform(inspection(own, "DAILY", "", null).param("unitCode", "BJCGZFJ"))
        .andExpect(status().is3xxRedirection());
    // A failed item without a description is refused and the form keeps what was entered.
    mvc.perform(inspection(own, "DAILY", "ATTITUDE", "")).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("不合格的项目须填写问题描述")));
    mvc.perform(get("/supervision/inspections/new").with(as(accounts.actor("staff01")))).andExpect(status().isForbidden());
  }

  @Test
  void theDeadlineSkipsTheNationalDayHolidayAndAnOpenOrderIsOverdueTheDayAfter() throws Exception {
    Actor inspector = accounts.actor("inspector");
    moveTo(LocalDate.of(2026, 9, 28));
    UUID inspectionId = recordInspection(inspector, "SPECIAL", "GUIDES_POSTED", "办事指南未更新 " + UUID.randomUUID());
    RectificationOrder order = supervision.ordersOf(inspector, inspectionId).get(0);
    // Ten weekdays after 28 September would be 12 October; the holiday of 1–8 October pushes it later.
    assertThat(order.deadline()).isAfter(LocalDate.of(2026, 10, 12));

    moveTo(order.deadline());
    assertThat(supervision.order(inspector, order.id()).overdue()).isFalse();
    moveTo(order.deadline().plusDays(1));
    assertThat(supervision.order(inspector, order.id()).overdue()).isTrue();
    assertThat(supervision.orders(inspector, null, true, PageQuery.of(0, 200)).items())
        .extracting(RectificationOrder::id).contains(order.id());
    mvc.perform(get("/supervision/orders").param("overdue", "true").with(as(inspector))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("已逾期")));
  }

  private void moveTo(LocalDate date) {
    clock.reset();
    var target = date.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant();
    clock.advance(Duration.between(clock.instant(), target));
  }
}
