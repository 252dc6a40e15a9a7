package org.servicewindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.TestSupport.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.servicewindow.EndpointAccess.Rule;
import org.servicewindow.EndpointAccess.Who;
import org.servicewindow.identity.internal.DeviceKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default, proven: every endpoint of the application has a declared rule, and each rule is
 * called by an anonymous client, every role and every kind of device, asserting both the grants and
 * the denials.
 */
@IntegrationTest
class AuthorizationMatrixIntegrationTests {

  /** Framework endpoints with their own, fixed rules. */
  static final Set<String> INFRASTRUCTURE = Set.of("/error", "/v3/api-docs", "/v3/api-docs.yaml",
      "/v3/api-docs/swagger-config", "/swagger-ui.html");

  private static final Map<Who, String> PEOPLE = Map.of(
      Who.STAFF, "staff01", Who.HALL_MANAGER, "hallmanager", Who.UNIT_ADMIN, "unitadmin",
      Who.INSPECTOR, "inspector", Who.LEADER, "leader", Who.SYSADMIN, "sysadmin",
      Who.OFFICER, "officer1", Who.REVIEWER, "reviewer");

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  /** A fresh device token per call: a rule like "revoke my token" must not spoil the next call. */
  private String deviceToken(Who who) {
    return switch (who) {
      case KIOSK -> accounts.deviceToken(DeviceKind.KIOSK, "BJZWFW", null);
      case BOARD -> accounts.deviceToken(DeviceKind.BOARD, "BJZWFW", null);
      case CALLER -> accounts.deviceToken(DeviceKind.CALLER, "BJZWFW", "BJZWFW-01");
      case EVALUATOR -> accounts.deviceToken(DeviceKind.EVALUATOR, "BJZWFW", "BJZWFW-01");
      default -> throw new IllegalArgumentException(who.name());
    };
  }

  @Test
  void everyEndpointHasExactlyOneDeclaredRule() {
    Set<String> endpoints = new TreeSet<>(endpoints());
    Map<String, Rule> rules = rulesByKey();
    assertThat(rules.keySet()).as("declared rules without an endpoint").isSubsetOf(endpoints);
    assertThat(endpoints).as("endpoints without a declared rule (add one to the module's EndpointAccess)")
        .isSubsetOf(rules.keySet());
  }

  @Test
  void everyRoleDeviceAndAnonymousClientGetsExactlyTheDeclaredAccess() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Rule rule : rulesByKey().values()) {
      for (Who who : Who.values()) {
        MockHttpServletResponse response = call(rule, who);
        boolean expected = rule.allowed().contains(who);
        boolean actual = !denied(rule, response);
        if (expected != actual) {
          wrong.add("%s %s as %s: expected %s, got %d %s".formatted(rule.method(), rule.sample(), who,
              expected ? "access" : "denial", response.getStatus(),
              response.getRedirectedUrl() == null ? "" : "-> " + response.getRedirectedUrl()));
        }
      }
    }
    assertThat(wrong).as("access differing from the declared rules").isEmpty();
  }

  @Test
  void infrastructureEndpointsArePublicOrDeniedAsDeclared() throws Exception {
    assertThat(mvc.perform(request(HttpMethod.GET, "/v3/api-docs")).andReturn().getResponse().getStatus())
        .isEqualTo(200);
    assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/prometheus")).andReturn().getResponse().getStatus())
        .isEqualTo(401);
    assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/prometheus")
            .header("Authorization", bearer(accounts.token("staff01")))).andReturn().getResponse().getStatus())
        .isEqualTo(403);
    assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/env")
            .header("Authorization", bearer(accounts.token("sysadmin")))).andReturn().getResponse().getStatus())
        .isEqualTo(403);
  }

  private MockHttpServletResponse call(Rule rule, Who who) throws Exception {
    MockHttpServletRequestBuilder request = request(rule.method(), rule.sample());
    boolean api = rule.sample().startsWith("/api/");
    if (api) {
      if (who.isDevice()) {
        request.header("Authorization", bearer(deviceToken(who)));
      } else if (who != Who.ANONYMOUS) {
        request.header("Authorization", bearer(accounts.token(PEOPLE.get(who))));
      }
      if (rule.method() != HttpMethod.GET) {
        request.contentType("application/json").content("{}");
      }
    } else {
      if (who.isDevice()) {
        request.header("Authorization", bearer(deviceToken(who))); // ignored by the UI: anonymous
      } else if (who != Who.ANONYMOUS) {
        request.with(as(accounts.actor(PEOPLE.get(who))));
      }
      if (rule.method() != HttpMethod.GET) {
        request.with(csrf());
      }
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private static boolean denied(Rule rule, MockHttpServletResponse response) {
    int status = response.getStatus();
    if (status == 401 || status == 403) {
      return true;
    }
    String redirect = response.getRedirectedUrl();
    return status == 302 && redirect != null && redirect.endsWith("/login");
  }

  private List<String> endpoints() {
    List<String> keys = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<String> patterns = info.getPatternValues();
      var methods = info.getMethodsCondition().getMethods();
      for (String pattern : patterns) {
        if (INFRASTRUCTURE.contains(pattern)) {
          continue;
        }
        if (methods.isEmpty()) {
          keys.add("ANY " + pattern);
        }
        methods.forEach(m -> keys.add(m.name() + " " + pattern));
      }
    }
    return keys;
  }

  private static Map<String, Rule> rulesByKey() {
    Map<String, Rule> rules = new HashMap<>();
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(EndpointAccess.class));
    for (var candidate : scanner.findCandidateComponents("org.servicewindow")) {
      try {
        var access = (EndpointAccess) Class.forName(candidate.getBeanClassName()).getDeclaredConstructor().newInstance();
        for (Rule rule : access.rules()) {
          String key = rule.method().name() + " " + rule.pattern();
          assertThat(rules.put(key, rule)).as("rule declared twice: %s", key).isNull();
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return rules;
  }
}
