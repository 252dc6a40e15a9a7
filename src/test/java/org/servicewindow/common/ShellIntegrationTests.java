package org.servicewindow.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.TestSupport.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The UI shell: language, role-aware navigation, security headers, operations endpoints. */
@IntegrationTest
class ShellIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @Test
  void speaksChineseByDefault() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html lang=\"zh-CN\">")))
        .andExpect(content().string(containsString("窗口服务平台")))
        .andExpect(content().string(containsString("English")));
  }

  @Test
  void switchesToEnglishAndRemembersItInACookie() throws Exception {
    mvc.perform(get("/").param("lang", "en"))
        .andExpect(content().string(containsString("<html lang=\"en\">")))
        .andExpect(content().string(containsString("Service Window")))
        .andExpect(content().string(not(containsString("工作人员登录"))))
        .andExpect(cookie().value("sw-lang", "en"));
    mvc.perform(get("/login").cookie(new Cookie("sw-lang", "en")))
        .andExpect(content().string(containsString("Sign in")));
  }

  @Test
  void showsEachRoleOnlyItsNavigation() throws Exception {
    mvc.perform(get("/").with(as(accounts.actor("sysadmin"))))
        .andExpect(content().string(containsString("href=\"/admin/users\"")))
        .andExpect(content().string(containsString("href=\"/admin/audit\"")));
    mvc.perform(get("/").with(as(accounts.actor("hallmanager"))))
        .andExpect(content().string(containsString("href=\"/admin/devices\"")))
        .andExpect(content().string(not(containsString("href=\"/admin/users\""))));
    mvc.perform(get("/").with(as(accounts.actor("staff01"))))
        .andExpect(content().string(not(containsString("href=\"/admin/"))));
  }

  @Test
  void pagesForbidFramingAndInlineScripts() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
        .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
  }

  @Test
  void boardAndKioskPagesMayBeFramedBySignage() throws Exception {
    mvc.perform(get("/board/BJZWFW"))
        .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
        .andExpect(header().doesNotExist("X-Frame-Options"));
  }

  @Test
  void noPageCarriesAnInlineScript() throws Exception {
    for (String path : new String[] {"/", "/login"}) {
      mvc.perform(get(path)).andExpect(content().string(not(containsString("<script>"))));
    }
    mvc.perform(get("/admin/users").with(as(accounts.actor("sysadmin"))))
        .andExpect(content().string(not(containsString("<script>"))))
        .andExpect(content().string(not(containsString("onclick="))));
  }

  @Test
  void healthIncludesTheDatabaseAndInfoNamesTheBuild() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.components.db.status").value("UP"));
    mvc.perform(get("/actuator/info"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.app.name").value("Service Window"));
  }

  @Test
  void metricsAreForOperatorsOnly() throws Exception {
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/prometheus").header("Authorization", bearer(accounts.token("leader"))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuator/prometheus").header("Authorization", bearer(accounts.token("sysadmin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("hikaricp_connections")));
  }

  @Test
  void theOpenApiDocumentDescribesThePublicApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/auth/token']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/me']").exists());
  }
}
