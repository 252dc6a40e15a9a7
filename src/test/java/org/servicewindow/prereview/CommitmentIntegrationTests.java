package org.servicewindow.prereview;

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
import org.servicewindow.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.servicewindow.casework.CaseworkFixture;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** 服务承诺: a unit admin publishes their unit's and hall's commitments; everyone reads them; others are refused. */
@IntegrationTest
class CommitmentIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ServiceCommitments commitments;

  @Test
  void unitAdminPublishesForTheirUnitAndHallAndThePublicSeesIt() throws Exception {
    var fixture = new CaseworkFixture(context);
    var office = fixture.officeWithForm();
    var other = fixture.officeWithForm();
    Actor admin = fixture.actor(office.unitAdmin());

    mvc.perform(get("/admin/commitments").with(as(admin))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("/admin/commitments/UNIT/" + office.unit())))
        .andExpect(content().string(Matchers.containsString("/admin/commitments/HALL/" + office.hall())))
        .andExpect(content().string(Matchers.not(Matchers.containsString(other.unit()))));

    // a missing field is refused with a localized message, and what was typed stays
    mvc.perform(post("/admin/commitments/UNIT/{u}", office.unit()).with(as(admin)).with(csrf())
            .param("hours", "周一至周五 9:00–17:00").param("timeLimits", "").param("attitude", "文明服务")
            .param("complaints", "三日内答复").param("complaintPhone", "12345").param("signedBy", "局长")
            .param("signedOn", "2026-01-05"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("请填写“办理时限”")))
        .andExpect(content().string(Matchers.containsString("文明服务")));

    mvc.perform(post("/admin/commitments/UNIT/{u}", office.unit()).with(as(admin)).with(csrf())
            .param("hours", "周一至周五 9:00–17:00").param("timeLimits", "承诺件 5 个工作日办结")
            .param("attitude", "文明服务").param("complaints", "三日内答复").param("complaintPhone", "12345")
            .param("signedBy", "局长").param("signedOn", "2026-01-05"))
        .andExpect(redirectedUrl("/admin/commitments"));
    assertThat(commitments.of("UNIT", office.unit())).get()
        .satisfies(c -> assertThat(c.timeLimits()).isEqualTo("承诺件 5 个工作日办结"));

    // another unit's commitments are not theirs to publish; staff may not publish at all
    mvc.perform(post("/admin/commitments/UNIT/{u}", other.unit()).with(as(admin)).with(csrf())
            .param("hours", "x").param("timeLimits", "x").param("attitude", "x").param("complaints", "x")
            .param("complaintPhone", "1").param("signedBy", "x").param("signedOn", "2026-01-05"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/admin/commitments").with(as(fixture.actor(office.staff1())))).andExpect(status().isForbidden());

    // the public page, paged, in English too
    String page = "";
    for (int p = 0; p < 50 && !page.contains("承诺件 5 个工作日办结"); p++) {
      page = mvc.perform(get("/commitments?page=" + p)).andExpect(status().isOk()).andReturn().getResponse()
          .getContentAsString();
    }
    assertThat(page).contains("承诺件 5 个工作日办结", "签署日期：2026-01-05");
    mvc.perform(get("/commitments?lang=en")).andExpect(content().string(Matchers.containsString("Service commitments")));
  }
}
