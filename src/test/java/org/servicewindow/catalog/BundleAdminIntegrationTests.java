package org.servicewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.catalog.internal.BundleKind;
import org.servicewindow.catalog.internal.PublicGuides;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Bundles are kept by the platform operator: created, checked, changed, removed, audited; others read. */
@IntegrationTest
class BundleAdminIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired ApplicationContext context;
  @Autowired PublicGuides guides;
  @Autowired JdbcClient jdbc;

  @Test
  void theOperatorComposesAPickYourOwnBundleWhichCitizensThenSee() throws Exception {
    String code = new CatalogFixture(context).code("B").replace("-", "");

    mvc.perform(post("/admin/catalog/bundles").with(as(accounts.actor("sysadmin"))).with(csrf()).param("code", code)
            .param("name", "企业迁入").param("kind", "MENU").param("description", "外地企业迁入本市")
            .param("lifeEvent", "BUSINESS_START").param("mandatory", "SCJGJ-002").param("optional", "SWJ-011\nGJJ-008"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/catalog/bundles"));

    assertThat(guides.bundle(code).kind()).isEqualTo(BundleKind.MENU);
    assertThat(guides.bundle(code).mandatoryCodes()).containsExactly("SCJGJ-002");
    mvc.perform(get("/bundles")).andExpect(content().string(Matchers.containsString("企业迁入")));
    assertThat(guides.bundleSelection(code, java.util.List.of("GJJ-008")).codes()).containsExactly("SCJGJ-002", "GJJ-008");

    mvc.perform(post("/admin/catalog/bundles/" + code).with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("code", code).param("name", "企业跨区迁移").param("kind", "FIXED").param("mandatory", "SCJGJ-002 SWJ-011"))
        .andExpect(status().isFound());
    assertThat(guides.bundle(code).name()).isEqualTo("企业跨区迁移");
    mvc.perform(post("/admin/catalog/bundles/" + code + "/delete").with(as(accounts.actor("sysadmin"))).with(csrf()))
        .andExpect(status().isFound());
    mvc.perform(get("/bundles/" + code)).andExpect(status().isNotFound());
    assertThat(jdbc.sql("SELECT action FROM audit_log WHERE target_type = 'bundle' AND target_id = :c ORDER BY id")
        .param("c", code).query(String.class).list())
        .containsExactly("catalog.bundle.created", "catalog.bundle.updated", "catalog.bundle.deleted");
  }

  @Test
  void aBundleThatBreaksTheRulesComesBackWithTheReasonAndWhatWasTyped() throws Exception {
    String code = new CatalogFixture(context).code("B").replace("-", "");

    mvc.perform(post("/admin/catalog/bundles").with(as(accounts.actor("sysadmin"))).with(csrf()).param("code", code)
            .param("name", "结婚一件事").param("kind", "FIXED").param("mandatory", "GAJ-004").param("optional", "GAJ-002"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("套餐式的一件事没有可选事项")))
        .andExpect(content().string(Matchers.containsString("value=\"结婚一件事\"")));
    mvc.perform(post("/admin/catalog/bundles").with(as(accounts.actor("sysadmin"))).with(csrf()).param("code", code)
            .param("name", "结婚一件事").param("kind", "FIXED").param("mandatory", "GAJ-004\nNOPE-1"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("事项 NOPE-1 不存在或尚未发布")));
    mvc.perform(post("/admin/catalog/bundles").with(as(accounts.actor("sysadmin"))).with(csrf()).param("code", code)
            .param("name", "结婚一件事").param("kind", "SOMETIMES").param("mandatory", "GAJ-004"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("value=\"结婚一件事\"")));
    mvc.perform(get("/bundles/" + code)).andExpect(status().isNotFound());
  }

  @Test
  void unitAdminsReadBundlesButOnlyTheOperatorChangesThem() throws Exception {
    mvc.perform(get("/admin/catalog/bundles/KBCYD").with(as(accounts.actor("unitadmin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("disabled")));
    mvc.perform(post("/admin/catalog/bundles/KBCYD").with(as(accounts.actor("unitadmin"))).with(csrf())
        .param("name", "改名")).andExpect(status().isForbidden());
    assertThat(guides.bundle("KBCYD").name()).isEqualTo("开办餐饮店");
  }
}
