package org.servicewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.bearer;
import static org.servicewindow.TestSupport.fromNewAddress;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.identity.internal.DeviceAdministration;
import org.servicewindow.identity.internal.DeviceKind;
import org.servicewindow.identity.internal.Tokens;
import org.servicewindow.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AuthApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Tokens tokens;
  @Autowired TestAccounts accounts;
  @Autowired UserAdministration users;
  @Autowired DeviceAdministration devices;

  @Test
  void issuesATokenForDemoCredentialsThatIdentifiesTheUser() throws Exception {
    String body = mvc.perform(post("/api/v1/auth/token").with(fromNewAddress())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"staff03\",\"password\":\"Demo@2026\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.roles[0]").value("STAFF"))
        .andReturn().getResponse().getContentAsString();
    JsonNode token = json.readTree(body);
    OffsetDateTime expiresAt = OffsetDateTime.parse(token.get("expiresAt").asString());
    assertThat(expiresAt.getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    assertThat(expiresAt.toInstant()).isAfter(Instant.now().plusSeconds(7 * 3600));

    mvc.perform(get("/api/v1/me").header("Authorization", bearer(token.get("token").asString())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("staff03"))
        .andExpect(jsonPath("$.roles[0]").value("STAFF"))
        .andExpect(jsonPath("$.hallCode").value("BJZWFW"))
        .andExpect(jsonPath("$.windowCode").value("BJZWFW-03"));
  }

  @Test
  void meOfACityWideUserHasNoHallOrWindow() throws Exception {
    mvc.perform(get("/api/v1/me").header("Authorization", bearer(accounts.token("leader"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.roles[0]").value("LEADER"))
        .andExpect(jsonPath("$.hallCode").isEmpty())
        .andExpect(jsonPath("$.windowCode").isEmpty());
  }

  @Test
  void wrongPasswordIsAnsweredWithAProblemAnd401() throws Exception {
    mvc.perform(post("/api/v1/auth/token").with(fromNewAddress())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"staff04\",\"password\":\"wrong-password\"}"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(401))
        .andExpect(jsonPath("$.title").isNotEmpty())
        .andExpect(jsonPath("$.detail").value("用户名或密码错误。"));
  }

  @Test
  void unknownUserIsAnsweredLikeAWrongPassword() throws Exception {
    mvc.perform(post("/api/v1/auth/token").with(fromNewAddress())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"nobody-here\",\"password\":\"whatever-it-is\"}"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("login.failed"));
  }

  @Test
  void blankCredentialsAreA400WithFieldErrors() throws Exception {
    mvc.perform(post("/api/v1/auth/token").with(fromNewAddress())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[?(@.field=='username')].message").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='password')].message").exists());
  }

  @Test
  void malformedJsonIsA400Problem() throws Exception {
    mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{not json"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400));
  }

  @Test
  void aRevokedTokenNoLongerAuthenticates() throws Exception {
    String token = accounts.token("staff05");
    mvc.perform(get("/api/v1/me").header("Authorization", bearer(token))).andExpect(status().isOk());

    mvc.perform(delete("/api/v1/auth/token").header("Authorization", bearer(token)))
        .andExpect(status().isNoContent());

    mvc.perform(get("/api/v1/me").header("Authorization", bearer(token)))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("problem.invalidToken"));
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    String expired = tokens.issue(Tokens.Kind.USER, "staff06", Instant.now().minusSeconds(5)).token();

    mvc.perform(get("/api/v1/me").header("Authorization", bearer(expired)))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("invalid_token")));
  }

  @Test
  void aTamperedTokenIsRefused() throws Exception {
    String token = accounts.token("staff07");
    String[] parts = token.split("\\.");
    // flip one character of the payload: another token id, same signature
    char[] payload = parts[1].toCharArray();
    payload[3] = payload[3] == 'A' ? 'B' : 'A';
    String tampered = parts[0] + "." + new String(payload) + "." + parts[2];
    String forgedSignature = parts[0] + "." + parts[1] + "." + "AAAA" + parts[2].substring(4);

    mvc.perform(get("/api/v1/me").header("Authorization", bearer(tampered))).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/me").header("Authorization", bearer(forgedSignature))).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/me").header("Authorization", bearer("garbage"))).andExpect(status().isUnauthorized());
  }

  @Test
  void disablingAUserRevokesTheirTokens() throws Exception {
    var created = users.create(new UserAdministration.AccountDetails("api-disable-" + System.nanoTime(), "测试",
        null, null, null, null, null, java.util.Set.of(Role.INSPECTOR)), "Initial-Pass-2026");
    String token = tokens.issue(Tokens.Kind.USER, created.username(), Instant.now().plusSeconds(600)).token();
    mvc.perform(get("/api/v1/me").header("Authorization", bearer(token))).andExpect(status().isOk());

    users.lock(created.id());

    mvc.perform(get("/api/v1/me").header("Authorization", bearer(token))).andExpect(status().isUnauthorized());
  }

  @Test
  void aUserWhoMustChangeTheInitialPasswordGetsNoToken() throws Exception {
    String username = "api-initial-" + System.nanoTime();
    users.create(new UserAdministration.AccountDetails(username, "测试", null, null, null, null, null,
        java.util.Set.of(Role.LEADER)), "Initial-Pass-2026");

    mvc.perform(post("/api/v1/auth/token").with(fromNewAddress())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"" + username + "\",\"password\":\"Initial-Pass-2026\"}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("password.changeRequired"));
  }

  @Test
  void aDeviceTokenAuthenticatesTheDeviceBoundToItsWindow() throws Exception {
    String token = accounts.deviceToken(DeviceKind.CALLER, "BJZWFW", "BJZWFW-09");

    mvc.perform(get("/api/v1/me").header("Authorization", bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("DEVICE"))
        .andExpect(jsonPath("$.roles[0]").value("DEVICE_CALLER"))
        .andExpect(jsonPath("$.hallCode").value("BJZWFW"))
        .andExpect(jsonPath("$.windowCode").value("BJZWFW-09"));
  }

  @Test
  void aRevokedDeviceIsLockedOutAtOnce() throws Exception {
    var registered = devices.register(accounts.actor("sysadmin"), "测试叫号屏", DeviceKind.BOARD, "BJZWFW", null);
    mvc.perform(get("/api/v1/me").header("Authorization", bearer(registered.token()))).andExpect(status().isOk());

    devices.revoke(accounts.actor("sysadmin"), registered.device().id());

    mvc.perform(get("/api/v1/me").header("Authorization", bearer(registered.token())))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void meWithoutATokenIs401() throws Exception {
    mvc.perform(get("/api/v1/me"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(401));
  }
}
