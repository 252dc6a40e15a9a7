package org.servicewindow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
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
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.UserDirectory;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.supervision.internal.Accountability;
import org.servicewindow.supervision.internal.ChecklistItem;
import org.servicewindow.supervision.internal.Circulars;
import org.servicewindow.supervision.internal.RectificationOrder;
import org.servicewindow.supervision.internal.Supervision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accountability decided on an order shows on the staff member's and the unit's record, in scope; a circular built
 * from the order reaches the units, and each unit's first opening is its read receipt.
 */
@IntegrationTest
class SupervisionRecordIntegrationTests {

  private static final String UNIT = "BJXZSPJ";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired TestClock clock;
  @Autowired Supervision supervision;
  @Autowired Accountability accountability;
  @Autowired Circulars circulars;
  @Autowired OrganizationApi organization;
  @Autowired UserDirectory users;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private RectificationOrder order(String problem) throws Exception {
    Actor inspector = accounts.actor("inspector");
    WindowSummary w = organization.halls().stream().flatMap(h -> organization.windowsOf(h.code()).stream())
        .filter(x -> UNIT.equals(x.unitCode())).findFirst().orElseThrow();
    var request = post("/supervision/inspections").with(as(inspector)).with(csrf())
        .param("kind", "SPECIAL").param("unitCode", UNIT).param("hallCode", w.hallCode())
        .param("visitedAt", LocalDateTime.now(clock.withZone(ChinaTime.ZONE)).minusHours(1).withNano(0).toString());
    for (ChecklistItem item : supervision.checklist()) {
      boolean failed = item.code().equals("ATTITUDE");
      request.param("result_" + item.code(), failed ? "FAIL" : "PASS");
      if (failed) {
        request.param("score_" + item.code(), "4").param("note_" + item.code(), problem);
      }
    }
    String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
        .getRedirectedUrl();
    return supervision.ordersOf(inspector, UUID.fromString(location.substring(location.lastIndexOf('/') + 1))).get(0);
  }

  @Test
  void accountabilityOnAnOrderShowsOnTheStaffAndUnitRecordInScope() throws Exception {
    RectificationOrder order = order("服务态度生硬 " + UUID.randomUUID());
    StaffSummary staff = organization.activeStaffOf(UNIT).get(0);
    String reason = "暗访中态度生硬，约谈提醒 " + UUID.randomUUID();
    String path = "/supervision/orders/" + order.id() + "/accountability";
    mvc.perform(post(path).with(as(accounts.actor("unitadmin"))).with(csrf()).param("measure", "TALK")
        .param("reason", reason)).andExpect(status().isForbidden());
    mvc.perform(post(path).with(as(accounts.actor("inspector"))).with(csrf()).param("measure", "TALK")
        .param("staffNumber", staff.staffNumber()).param("reason", "")).andExpect(status().is3xxRedirection());
    assertThat(accountability.ofOrder(accounts.actor("inspector"), order.id())).isEmpty();
    mvc.perform(post(path).with(as(accounts.actor("inspector"))).with(csrf()).param("measure", "TALK")
        .param("staffNumber", staff.staffNumber()).param("reason", reason)).andExpect(status().is3xxRedirection());
    assertThat(accountability.ofOrder(accounts.actor("inspector"), order.id())).singleElement()
        .satisfies(r -> assertThat(r.staffId()).isEqualTo(staff.id()));

    mvc.perform(get("/supervision/staff/" + staff.id()).with(as(accounts.actor("unitadmin")))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(reason))).andExpect(content().string(Matchers.containsString("约谈")));
    mvc.perform(get("/supervision/staff/" + staff.id()).with(as(accounts.actor("enfadmin")))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString(reason))));
    mvc.perform(get("/supervision/units/" + UNIT).with(as(accounts.actor("leader")))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(reason)));
    mvc.perform(get("/supervision/units/" + UNIT).with(as(accounts.actor("enfadmin")))).andExpect(status().isNotFound());
    mvc.perform(get("/supervision/orders/" + order.id()).with(as(accounts.actor("unitadmin"))))
        .andExpect(content().string(Matchers.containsString(reason)));
  }

  @Test
  void aCircularReachesTheUnitsAndRecordsEachUnitsFirstReading() throws Exception {
    String problem = "窗口人员服务态度生硬 " + UUID.randomUUID();
    RectificationOrder order = order(problem);
    Actor inspector = accounts.actor("inspector");
    String title = "关于窗口服务问题的通报 " + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(post("/supervision/circulars").with(as(accounts.actor("unitadmin"))).with(csrf()).param("title", title)
        .param("orders", order.id().toString())).andExpect(status().isForbidden());
    mvc.perform(post("/supervision/circulars").with(as(inspector)).with(csrf()).param("title", title))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("请至少选择一项")))
        .andExpect(content().string(Matchers.containsString(title)));
    String location = mvc.perform(post("/supervision/circulars").with(as(inspector)).with(csrf()).param("title", title)
            .param("intro", "现将近期检查发现的问题通报如下。").param("orders", order.id().toString())
            .param("units", "BJCGZFJ").param("isPublic", "true"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    assertThat(circulars.receipts(id)).extracting(Circulars.Receipt::unitCode).containsExactlyInAnyOrder(UNIT, "BJCGZFJ")
        .hasSize(2);
    assertThat(circulars.receipts(id)).allMatch(r -> r.firstReadAt() == null);

    // The inspector's own opening is no receipt; the unit admin's is, once.
    mvc.perform(get(location).with(as(inspector))).andExpect(status().isOk());
    mvc.perform(get(location).with(as(accounts.actor("unitadmin")))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(problem)));
    var first = circulars.receipts(id).stream().filter(r -> r.unitCode().equals(UNIT)).findFirst().orElseThrow();
    assertThat(first.firstReadBy()).isEqualTo("unitadmin");
    clock.advance(Duration.ofHours(2));
    mvc.perform(get(location).with(as(accounts.actor("unitadmin")))).andExpect(status().isOk());
    assertThat(circulars.receipts(id).stream().filter(r -> r.unitCode().equals(UNIT)).findFirst().orElseThrow()
        .firstReadAt()).isEqualTo(first.firstReadAt());
    mvc.perform(get(location).with(as(inspector))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("已读 1 / 2")))
        .andExpect(content().string(Matchers.containsString("未读")))
        // people by their display names, the publisher and the reader alike, not by their usernames
        .andExpect(content().string(Matchers.containsString("由 " + users.find("inspector").orElseThrow().displayName() + " 发布")))
        .andExpect(content().string(Matchers.containsString("<td>" + users.find("unitadmin").orElseThrow().displayName() + "</td>")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("由 inspector 发布"))))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<td>unitadmin</td>"))));
    assertThat(circulars.circulars(inspector, true, org.servicewindow.common.PageQuery.of(0, 200)).items())
        .extracting(Circulars.Circular::id).contains(id);
    mvc.perform(get(location).with(as(accounts.actor("enfadmin")))).andExpect(status().isOk());
    assertThat(circulars.circulars(inspector, true, org.servicewindow.common.PageQuery.of(0, 200)).items())
        .extracting(Circulars.Circular::id).doesNotContain(id);
    // Receipts are the office's view; the unit sees the circular without them.
    mvc.perform(get(location).with(as(accounts.actor("unitadmin"))))
        .andExpect(content().string(Matchers.not(Matchers.containsString("阅读回执"))));

    mvc.perform(get("/public/circulars/" + id)).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(problem)));
    var internal = circulars.publish(inspector, new Circulars.NewCircular("内部通报 " + UUID.randomUUID(), null,
        List.of(order.id()), List.of(), List.of(), false));
    mvc.perform(get("/public/circulars/" + internal.id())).andExpect(status().isNotFound());
    assertThat(circulars.receipts(internal.id())).extracting(Circulars.Receipt::unitCode).containsExactly(UNIT);
  }
}
