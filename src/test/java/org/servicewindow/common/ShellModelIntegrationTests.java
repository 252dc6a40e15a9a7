package org.servicewindow.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The page shell (menu, public links, active path) fills pages, and only pages: an API answer carries no model. */
@IntegrationTest
class ShellModelIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @Test
  void aPageGetsTheReadersMenuAndThePublicLinks() throws Exception {
    mvc.perform(get("/").with(as(accounts.actor("leader"))))
        .andExpect(status().isOk())
        .andExpect(model().attribute("currentPath", "/"))
        .andExpect(model().attributeExists("navSections", "publicLinks", "demoDataPending"))
        .andExpect(content().string(Matchers.containsString("量化考核")));
    mvc.perform(get("/")).andExpect(status().isOk())
        .andExpect(model().attribute("navSections", Matchers.anEmptyMap()));
  }

  @Test
  void anApiAnswerIsNotGivenTheShell() throws Exception {
    var result = mvc.perform(get("/api/v1/services")).andExpect(status().isOk()).andReturn();
    assertThat(result.getModelAndView()).isNull();
    assertThat(result.getResponse().getContentAsString()).doesNotContain("navSections");
  }
}
