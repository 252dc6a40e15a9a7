package org.servicewindow.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.TestSupport.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.identity.HttpAuthorizationRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every error reaches API clients as a localized RFC 9457 problem and browsers as a localized page; no
 * stack trace or exception text ever leaves the server. A probe controller (test only) raises each kind.
 */
@IntegrationTest
@Import(ErrorHandlingIntegrationTests.Probe.class)
class ErrorHandlingIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @ParameterizedTest
  @CsvSource({
    "not-found, 404, user.notFound",
    "conflict, 409, user.usernameTaken",
    "rule, 422, user.rolesRequired",
    "rate, 429, login.locked",
    "crash, 500, problem.unexpected"
  })
  void domainErrorsBecomeProblemsWithTheirStatus(String kind, int status, String code) throws Exception {
    mvc.perform(get("/api/v1/test-probe/{kind}", kind).header("Authorization", bearer(accounts.token("leader"))))
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.title").isNotEmpty())
        .andExpect(jsonPath("$.detail").isNotEmpty())
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(content().string(not(containsString("Exception"))))
        .andExpect(content().string(not(containsString("at org."))));
  }

  @Test
  void aWronglyTypedParameterIsA400WithTheField() throws Exception {
    mvc.perform(get("/api/v1/test-probe/number").param("n", "abc")
            .header("Authorization", bearer(accounts.token("leader"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("n"));
  }

  @Test
  void englishClientsGetEnglishProblems() throws Exception {
    mvc.perform(get("/api/v1/test-probe/not-found").header("Accept-Language", "en")
            .header("Authorization", bearer(accounts.token("leader"))))
        .andExpect(jsonPath("$.title").value("Not Found"))
        .andExpect(jsonPath("$.detail").value("No such user."));
  }

  @Test
  void pagesShowALocalizedErrorPageWithoutInternals() throws Exception {
    mvc.perform(get("/admin/users/{id}", java.util.UUID.randomUUID()).with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("页面不存在")))
        .andExpect(content().string(containsString("返回首页")));
    mvc.perform(get("/admin/users/{id}", java.util.UUID.randomUUID()).param("lang", "en")
            .with(as(accounts.actor("sysadmin"))))
        .andExpect(content().string(containsString("Page not found")));
  }

  @Test
  void anAuthenticatedUserWithoutTheRoleSeesTheForbiddenPage() throws Exception {
    mvc.perform(get("/admin/users").with(as(accounts.actor("staff01"))))
        .andExpect(status().isForbidden());
  }

  @RestController
  public static class ProbeController {
    @GetMapping("/api/v1/test-probe/{kind}")
    String raise(@PathVariable String kind) {
      switch (kind) {
        case "not-found" -> throw new NotFoundException("user.notFound");
        case "conflict" -> throw new ConflictException("user.usernameTaken", "x");
        case "rule" -> throw new BusinessRuleException("user.rolesRequired");
        case "rate" -> throw new RateLimitedException("login.locked", 15);
        default -> throw new IllegalStateException("internal detail that must not leak");
      }
    }

    @GetMapping("/api/v1/test-probe/number")
    int number(@RequestParam int n) {
      return n;
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Probe {
    @Bean
    ProbeController probeController() {
      return new ProbeController();
    }

    @Bean
    HttpAuthorizationRules probeRules() {
      return new HttpAuthorizationRules() {
        @Override
        public void api(org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<
            org.springframework.security.config.annotation.web.builders.HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
          rules.requestMatchers("/api/v1/test-probe/**").authenticated();
        }
      };
    }
  }
}
