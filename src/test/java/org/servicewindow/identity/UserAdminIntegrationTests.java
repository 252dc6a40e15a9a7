package org.servicewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.TestSupport.fromNewAddress;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.common.Flash;
import org.servicewindow.identity.internal.Users;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UserAdminIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Users users;

  @Test
  void createsAUserWhoMustChangeTheInitialPasswordAtFirstLogin() throws Exception {
    String username = "new-" + System.nanoTime() % 1_000_000_000;
    mvc.perform(post("/admin/users").with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("username", username).param("displayName", "新同事")
            .param("phone", "13800000000").param("email", "new@example.org")
            .param("hallCode", "BJZWFW").param("windowCode", "BJZWFW-12")
            .param("roles", "STAFF").param("initialPassword", "First-Login-2026"))
        .andExpect(redirectedUrl("/admin/users"))
        .andExpect(flash().attributeExists(Flash.ATTRIBUTE));
    assertThat(users.findByUsername(username).orElseThrow().mustChangePassword()).isTrue();

    Cookie session = mvc.perform(post("/login").with(fromNewAddress()).with(csrf())
            .param("username", username).param("password", "First-Login-2026"))
        .andExpect(redirectedUrl("/account/password"))
        .andReturn().getResponse().getCookie("SESSION");
    mvc.perform(get("/admin/audit").cookie(session)).andExpect(redirectedUrl("/account/password"));
    mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));

    mvc.perform(post("/account/password").cookie(session).with(csrf())
            .param("currentPassword", "First-Login-2026").param("newPassword", "short")
            .param("confirmPassword", "short"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("密码至少需要 10 位")));
    mvc.perform(post("/account/password").cookie(session).with(csrf())
            .param("currentPassword", "First-Login-2026").param("newPassword", "Chosen-By-Me-2026")
            .param("confirmPassword", "Chosen-By-Me-2026"))
        .andExpect(redirectedUrl("/"));
    mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    assertThat(users.findByUsername(username).orElseThrow().mustChangePassword()).isFalse();
  }

  @Test
  void refusesAWeakInitialPasswordAndKeepsWhatWasTyped() throws Exception {
    mvc.perform(post("/admin/users").with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("username", "weak-" + System.nanoTime() % 1_000_000).param("displayName", "弱密码")
            .param("roles", "LEADER").param("initialPassword", "Demo@2026!!"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("不能使用默认密码或常见弱密码")))
        .andExpect(content().string(containsString("value=\"弱密码\"")));
  }

  @Test
  void reportsEveryInvalidFieldInChinese() throws Exception {
    mvc.perform(post("/admin/users").with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("username", "Bad Name").param("displayName", "").param("email", "not-an-email"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("用户名须为 3–64 位小写字母")))
        .andExpect(content().string(containsString("电子邮箱格式不正确")))
        .andExpect(content().string(containsString("请至少选择一个角色")));
  }

  @Test
  void refusesADuplicateUsername() throws Exception {
    mvc.perform(post("/admin/users").with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("username", "staff01").param("displayName", "重复").param("roles", "STAFF")
            .param("initialPassword", "Another-Pass-2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("用户名“staff01”已被使用")));
  }

  @Test
  void listIsPagedAndSearchable() throws Exception {
    mvc.perform(get("/admin/users").with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("共 ")))
        .andExpect(content().string(containsString("下一页")));
    mvc.perform(get("/admin/users").param("q", "staff3").with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("staff31")))
        .andExpect(content().string(not(containsString("staff21"))));
    mvc.perform(get("/admin/users").param("q", "staff3").header("HX-Request", "true")
            .with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("<html"))))
        .andExpect(content().string(containsString("staff31")));
  }

  @Test
  void lockingEndsAccessAndResetGivesATemporaryPasswordOnce() throws Exception {
    String username = "lockme-" + System.nanoTime() % 1_000_000;
    accounts.createUser(username, "Lock-Me-Pass-2026", null, null, null, Role.LEADER);
    var id = users.findByUsername(username).orElseThrow().id();

    mvc.perform(post("/admin/users/{id}/lock", id).with(as(accounts.actor("sysadmin"))).with(csrf()))
        .andExpect(redirectedUrl("/admin/users/" + id));
    mvc.perform(post("/login").with(fromNewAddress()).with(csrf())
            .param("username", username).param("password", "Lock-Me-Pass-2026"))
        .andExpect(redirectedUrl("/login?error"));

    mvc.perform(post("/admin/users/{id}/unlock", id).with(as(accounts.actor("sysadmin"))).with(csrf()))
        .andExpect(redirectedUrl("/admin/users/" + id));
    var reset = mvc.perform(post("/admin/users/{id}/reset-password", id)
            .with(as(accounts.actor("sysadmin"))).with(csrf()))
        .andExpect(flash().attributeExists(Flash.ATTRIBUTE))
        .andReturn();
    String temporary = (String) ((Flash) reset.getFlashMap().get(Flash.ATTRIBUTE)).args()[1];
    assertThat(temporary).hasSizeGreaterThanOrEqualTo(10);
    mvc.perform(post("/login").with(fromNewAddress()).with(csrf())
            .param("username", username).param("password", temporary))
        .andExpect(redirectedUrl("/account/password"));
  }

  @Test
  void anAdministratorCannotLockThemself() throws Exception {
    var id = users.findByUsername("sysadmin").orElseThrow().id();
    mvc.perform(post("/admin/users/{id}/lock", id).with(as(accounts.actor("sysadmin"))).with(csrf()))
        .andExpect(result -> assertThat(((Flash) result.getFlashMap().get(Flash.ATTRIBUTE)).key())
            .isEqualTo("user.cannotLockSelf"));
    assertThat(users.findByUsername("sysadmin").orElseThrow().enabled()).isTrue();
  }

  @Test
  void anUnknownUserIsANotFoundPage() throws Exception {
    mvc.perform(get("/admin/users/{id}", java.util.UUID.randomUUID()).with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("用户不存在")));
    mvc.perform(get("/admin/users/not-a-uuid").with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isNotFound());
  }
}
