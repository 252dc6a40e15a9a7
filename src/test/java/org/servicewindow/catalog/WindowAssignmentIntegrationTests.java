package org.servicewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.internal.HallAdministration;
import org.servicewindow.organization.internal.WindowAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Which windows handle which items: the demo centre by zone, and the screen with its scopes. */
@IntegrationTest
class WindowAssignmentIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired OrganizationApi organization;
  @Autowired WindowAdministration windows;
  @Autowired HallAdministration halls;

  private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();
  @Autowired JdbcClient jdbc;

  /** A hall of its own (the demo halls keep their windows), with a manager and two windows. */
  private record TestHall(String code, Actor manager, String ownWindow, String taxWindow) {}

  private TestHall newHall() {
    String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet();
    Actor sysadmin = accounts.actor("sysadmin");
    String hall = halls.create(sysadmin, new HallAdministration.HallDetails("CH" + run, "测试大厅" + run, "测试路 3 号", 1,
        null, "MON-FRI 09:00-17:00", false, "BJZWFWZX")).code();
    String own = windows.create(sysadmin, new WindowAdministration.WindowDetails(hall + "-1", hall, 1, null, 1,
        "T区 测试", "BJXZSPJ", true, List.of())).code();
    String tax = windows.create(sysadmin, new WindowAdministration.WindowDetails(hall + "-2", hall, 2, null, 1,
        "T区 测试", "BJSWJ", true, List.of())).code();
    Actor manager = accounts.createUser(("hm" + run).toLowerCase(), "Catalog-Test-2026", "BJZWFWZX", hall, null,
        Role.HALL_MANAGER);
    return new TestHall(hall, manager, own, tax);
  }

  @Test
  void inTheDemoCentreMostItemsAreHandledAtSeveralWindowsGroupedByZone() {
    Map<String, Integer> windowsPerItem = new HashMap<>();
    for (WindowSummary w : organization.windowsOf("BJZWFW")) {
      organization.servicesOf(w.code()).forEach(c -> windowsPerItem.merge(c, 1, Integer::sum));
    }
    long several = windowsPerItem.values().stream().filter(n -> n >= 2).count();

    assertThat(windowsPerItem).hasSizeGreaterThan(150);
    assertThat(several).isGreaterThan(windowsPerItem.size() / 2);
    assertThat(organization.servicesOf("BJZWFW-01")).contains("XZSPJ-001", "FGW-001").doesNotContain("SWJ-001");
    assertThat(organization.servicesOf("BJZWFW-17")).contains("SWJ-001").doesNotContain("XZSPJ-001");
    assertThat(organization.windowsHandling("BJZWFW", "SCJGJ-001")).extracting(WindowSummary::zone)
        .contains("B区 企业开办");
    assertThat(organization.servicesOf("BJSWDT-01")).isNotEmpty().allMatch(c -> c.startsWith("SWJ-"));
    assertThat(organization.servicesOf("BJHCZSP-01")).contains("HCZ-001");
    assertThat(organization.servicesOf("BJRHYYS-01")).contains("RMYH-001");
    assertThat(organization.servicesOf("BJGDYYT-01")).contains("GDJ-001");
  }

  @Test
  void aHallManagerGivesAWindowOfTheirHallItsItemsKeepingCodesThatAreNotItems() throws Exception {
    TestHall hall = newHall();
    String window = hall.ownWindow();
    organization.assignServices(window, List.of("ZX-CONSULT"));

    mvc.perform(get("/admin/catalog/windows/" + window).with(as(hall.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("食品经营许可")));
    mvc.perform(post("/admin/catalog/windows/" + window).with(as(hall.manager())).with(csrf())
            .param("items", "XZSPJ-016", "GJJ-004"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/catalog/windows?hall=" + hall.code()));

    assertThat(organization.servicesOf(window)).containsExactly("GJJ-004", "XZSPJ-016", "ZX-CONSULT");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'window.servicesAssigned' AND target_id = :w")
        .param("w", window).query(Long.class).single()).isEqualTo(2);
    mvc.perform(get("/guides/XZSPJ-016")).andExpect(content().string(Matchers.containsString("T区 测试")));
  }

  @Test
  void anUnknownItemIsRefusedAndNothingChanges() throws Exception {
    TestHall hall = newHall();
    String window = hall.ownWindow();
    organization.assignServices(window, List.of("XZSPJ-017"));

    mvc.perform(post("/admin/catalog/windows/" + window).with(as(hall.manager())).with(csrf())
            .param("items", "XZSPJ-018", "NOPE-9"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("事项 NOPE-9 不存在或尚未发布")));
    assertThat(organization.servicesOf(window)).containsExactly("XZSPJ-017");
  }

  @Test
  void eachAssignerSeesOnlyTheWindowsOfTheirHallOrUnit() throws Exception {
    TestHall hall = newHall();
    String window = hall.ownWindow();

    mvc.perform(get("/admin/catalog/windows/BJSWDT-01").with(as(accounts.actor("hallmanager"))))
        .andExpect(status().isNotFound());
    mvc.perform(post("/admin/catalog/windows/BJSWDT-01").with(as(accounts.actor("hallmanager"))).with(csrf())
        .param("items", "XZSPJ-019")).andExpect(status().isNotFound());
    assertThat(organization.servicesOf("BJSWDT-01")).doesNotContain("XZSPJ-019");
    mvc.perform(get("/admin/catalog/windows").param("hall", "BJSWDT").with(as(accounts.actor("hallmanager"))))
        .andExpect(content().string(Matchers.containsString("BJZWFW-01")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("BJSWDT-01"))));

    mvc.perform(post("/admin/catalog/windows/" + window).with(as(accounts.actor("unitadmin"))).with(csrf())
        .param("items", "XZSPJ-020")).andExpect(status().isFound());
    assertThat(organization.servicesOf(window)).containsExactly("XZSPJ-020");
    mvc.perform(get("/admin/catalog/windows/" + hall.taxWindow()).with(as(accounts.actor("unitadmin"))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/admin/catalog/windows/" + window).with(as(accounts.actor("hallmanager"))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/admin/catalog/windows/" + hall.taxWindow()).with(as(hall.manager()))).andExpect(status().isOk());
    mvc.perform(get("/admin/catalog/windows").with(as(accounts.actor("staff01")))).andExpect(status().isForbidden());
  }
}
