package org.servicewindow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The legal review and publication screens, driven as their users drive them. */
@IntegrationTest
class EnforcementPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  private String page(org.servicewindow.identity.Actor actor, String path) throws Exception {
    return mvc.perform(get(path).with(as(actor))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
  }

  @Test
  void aReviewerPassesFromTheQueueAndTheOfficerIssuesTheDecision() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase c = f.atNotification(CaseKind.PENALTY, new BigDecimal("120000"));
    f.enforcement.advance(f.officer, c.id(), "未申辩", false);
    assertThat(page(f.reviewer, "/enforcement/reviews?size=200")).contains(c.caseNumber()).contains("罚款数额较大");
    assertThat(page(f.officer, "/enforcement/cases/" + c.id())).contains("正在等待法制审核").doesNotContain("审核通过</button>");

    String refused = mvc.perform(post("/enforcement/cases/" + c.id() + "/review").param("passed", "true")
            .param("opinion", "").with(as(f.reviewer)).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("请更正表单中的问题");
    mvc.perform(post("/enforcement/cases/" + c.id() + "/decision").with(as(f.officer)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(f.enforcement.get(f.officer, c.id()).decided()).isFalse();

    mvc.perform(post("/enforcement/cases/" + c.id() + "/review").param("passed", "true")
            .param("opinion", "事实清楚，程序合法。").with(as(f.reviewer)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/enforcement/cases/" + c.id() + "/decision").with(as(f.officer)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    EnforcementCase decided = f.enforcement.get(f.officer, c.id());
    assertThat(decided.decisionNumber()).isEqualTo(c.caseNumber() + "-JD");
    assertThat(page(f.officer, "/enforcement/cases/" + c.id())).contains(decided.decisionNumber()).contains("审核通过");
    assertThat(page(f.admin, "/enforcement/publications?filter=pending&size=200")).contains(c.caseNumber());
    assertThat(page(f.admin, "/enforcement/disclosures")).contains("自由裁量基准").contains("救济途径");
  }

  @Test
  void inspectorsSeeEveryUnitAndNarrowTheListToOne() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    f.filed(CaseKind.PENALTY);
    org.servicewindow.identity.Actor inspector = EnforcementFixture.actor("inspector", null,
        org.servicewindow.identity.Role.INSPECTOR);
    assertThat(page(inspector, "/enforcement/cases")).contains("BJCGZFJ-").contains("<select id=\"unit\"");
    String narrowed = page(inspector, "/enforcement/cases?unit=BJSCJGJ");
    assertThat(narrowed).contains("BJSCJGJ-").doesNotContain("BJCGZFJ-");
    assertThat(page(f.officer, "/enforcement/cases")).doesNotContain("<select id=\"unit\"").doesNotContain("BJSCJGJ-");
  }
}
