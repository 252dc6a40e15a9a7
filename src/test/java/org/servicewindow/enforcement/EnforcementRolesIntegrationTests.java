package org.servicewindow.enforcement;

import static org.servicewindow.TestSupport.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The two roles the authorization matrix does not walk: officers work cases but do not review or publish;
 * legal reviewers review and read but do not work cases; window staff and the operator get nothing.
 */
@IntegrationTest
class EnforcementRolesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;


  @Test
  void officersWorkCasesButNeitherReviewNorPublish() throws Exception {
    mvc.perform(get("/api/v1/enforcement/cases").header("Authorization", bearer(accounts.token("officer1"))))
        .andExpect(status().isOk());
    mvc.perform(post("/api/v1/enforcement/cases").header("Authorization", bearer(accounts.token("officer1")))
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/api/v1/enforcement/cases/" + java.util.UUID.randomUUID() + "/review")
            .header("Authorization", bearer(accounts.token("officer1")))
            .contentType(MediaType.APPLICATION_JSON).content("{\"passed\":true,\"opinion\":\"x\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/enforcement/overdue-publications").header("Authorization", bearer(accounts.token("officer1"))))
        .andExpect(status().isForbidden());
  }

  @Test
  void reviewersReviewAndReadButDoNotWorkCases() throws Exception {
    mvc.perform(get("/api/v1/enforcement/cases").header("Authorization", bearer(accounts.token("reviewer"))))
        .andExpect(status().isOk());
    mvc.perform(post("/api/v1/enforcement/cases/" + java.util.UUID.randomUUID() + "/review")
            .header("Authorization", bearer(accounts.token("reviewer")))
            .contentType(MediaType.APPLICATION_JSON).content("{\"passed\":true,\"opinion\":\"x\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/enforcement/cases/" + java.util.UUID.randomUUID() + "/advance")
            .header("Authorization", bearer(accounts.token("reviewer")))
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void windowStaffAndTheOperatorHaveNoBusinessHere() throws Exception {
    for (String user : new String[] {"staff01", "sysadmin", "hallmanager"}) {
      mvc.perform(get("/api/v1/enforcement/cases").header("Authorization", bearer(accounts.token(user))))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/v1/enforcement/publications")).andExpect(status().isOk());
  }
}
