package org.servicewindow.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.TestSupport.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.identity.internal.DeviceAdministration;
import org.servicewindow.identity.internal.DeviceKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DeviceAdminIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired DeviceAdministration devices;

  @Test
  void aHallManagerRegistersAKioskOfTheirHallAndSeesTheTokenOnce() throws Exception {
    String name = "大厅取号机-" + System.nanoTime() % 100000;
    String page = mvc.perform(post("/admin/devices").with(as(accounts.actor("hallmanager"))).with(csrf())
            .param("name", name).param("kind", "KIOSK").param("hallCode", "BJZWFW"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("只显示这一次")))
        .andReturn().getResponse().getContentAsString();
    Matcher token = Pattern.compile("(sw1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)").matcher(page);
    org.assertj.core.api.Assertions.assertThat(token.find()).isTrue();

    mvc.perform(get("/api/v1/me").header("Authorization", bearer(token.group(1))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("DEVICE_KIOSK")));
    mvc.perform(get("/admin/devices").with(as(accounts.actor("hallmanager"))))
        .andExpect(content().string(containsString(name)))
        .andExpect(content().string(not(containsString(token.group(1)))));
  }

  @Test
  void aHallManagerCannotRegisterOrSeeDevicesOfAnotherHall() throws Exception {
    mvc.perform(post("/admin/devices").with(as(accounts.actor("hallmanager"))).with(csrf())
            .param("name", "越权设备").param("kind", "BOARD").param("hallCode", "OTHERHALL"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("您只能为本大厅登记设备")));

    String otherHallDevice = "其他大厅叫号屏-" + System.nanoTime() % 100000;
    var other = devices.register(accounts.actor("sysadmin"), otherHallDevice, DeviceKind.BOARD, "TAXHALL", null);
    mvc.perform(get("/admin/devices").with(as(accounts.actor("hallmanager"))))
        .andExpect(content().string(not(containsString(otherHallDevice))));
    mvc.perform(get("/admin/devices").with(as(accounts.actor("sysadmin"))).param("size", "200"))
        .andExpect(status().isOk());
    mvc.perform(post("/admin/devices/{id}/revoke", other.device().id())
            .with(as(accounts.actor("hallmanager"))).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/me").header("Authorization", bearer(other.token()))).andExpect(status().isOk());
  }

  @Test
  void callersAndEvaluatorsNeedAWindowAndMonitorsASysadmin() throws Exception {
    mvc.perform(post("/admin/devices").with(as(accounts.actor("hallmanager"))).with(csrf())
            .param("name", "叫号器").param("kind", "CALLER").param("hallCode", "BJZWFW"))
        .andExpect(content().string(containsString("叫号器和评价器须填写所在窗口编码")));
    mvc.perform(post("/admin/devices").with(as(accounts.actor("hallmanager"))).with(csrf())
            .param("name", "监控").param("kind", "MONITOR"))
        .andExpect(content().string(containsString("只有系统管理员可以登记监控采集设备")));
    mvc.perform(post("/admin/devices").with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("name", "").param("kind", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请更正以下问题")));
  }

  @Test
  void revokingFromTheListLocksTheDeviceOut() throws Exception {
    var registered = devices.register(accounts.actor("sysadmin"), "评价器", DeviceKind.EVALUATOR, "BJZWFW", "BJZWFW-02");
    mvc.perform(post("/admin/devices/{id}/revoke", registered.device().id())
            .with(as(accounts.actor("hallmanager"))).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/me").header("Authorization", bearer(registered.token())))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aMonitorDeviceMayScrapeMetrics() throws Exception {
    var monitor = devices.register(accounts.actor("sysadmin"), "Prometheus", DeviceKind.MONITOR, null, null);
    mvc.perform(get("/actuator/prometheus").header("Authorization", bearer(monitor.token())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("jvm_memory_used_bytes")));
  }
}
