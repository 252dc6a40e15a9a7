package org.servicewindow.identity;

import static org.servicewindow.TestSupport.fromNewAddress;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestClock;
import org.servicewindow.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class LoginThrottleIntegrationTests {

  static final String PASSWORD = "Throttle-Pass-2026";

  @Autowired MockMvc mvc;
  @Autowired TestClock clock;
  @Autowired UserAdministration administration;
  @Autowired org.servicewindow.identity.internal.Users users;
  @Autowired org.servicewindow.TestAccounts accounts;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void fiveFailuresLockTheAccountFor15MinutesEvenForTheRightPassword() throws Exception {
    String username = newUser();
    for (int i = 0; i < 5; i++) {
      token(username, "wrong-password-" + i, fromNewAddress()).andExpect(status().isUnauthorized());
    }

    token(username, PASSWORD, fromNewAddress())
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(jsonPath("$.status").value(429))
        .andExpect(jsonPath("$.code").value("login.locked"));

    clock.advance(Duration.ofMinutes(14));
    token(username, PASSWORD, fromNewAddress()).andExpect(status().isTooManyRequests());

    clock.advance(Duration.ofMinutes(2));
    token(username, PASSWORD, fromNewAddress()).andExpect(status().isOk());
  }

  @Test
  void fourFailuresDoNotLockAndASuccessStartsTheCountAgain() throws Exception {
    String username = newUser();
    RequestPostProcessor address = fromNewAddress();
    for (int i = 0; i < 4; i++) {
      token(username, "wrong", address).andExpect(status().isUnauthorized());
    }
    token(username, PASSWORD, address).andExpect(status().isOk());
    for (int i = 0; i < 4; i++) {
      token(username, "wrong", fromNewAddress()).andExpect(status().isUnauthorized());
    }
    token(username, PASSWORD, fromNewAddress()).andExpect(status().isOk());
  }

  @Test
  void fiveFailuresFromOneAddressLockThatAddressForEveryAccount() throws Exception {
    RequestPostProcessor attacker = fromNewAddress();
    for (int i = 0; i < 5; i++) {
      token("guess-" + i, "guess", attacker).andExpect(status().isUnauthorized());
    }
    String victim = newUser();

    token(victim, PASSWORD, attacker).andExpect(status().isTooManyRequests());
    token(victim, PASSWORD, fromNewAddress()).andExpect(status().isOk());
  }

  @Test
  void theLoginFormSaysWhenItIsLocked() throws Exception {
    String username = newUser();
    RequestPostProcessor address = fromNewAddress();
    for (int i = 0; i < 5; i++) {
      form(username, "wrong", address).andExpect(redirectedUrl("/login?error"));
    }
    form(username, PASSWORD, address).andExpect(redirectedUrl("/login?locked"));
  }

  @Test
  void anAdministratorUnlockClearsTheAccountLock() throws Exception {
    String username = newUser();
    for (int i = 0; i < 5; i++) {
      token(username, "wrong", fromNewAddress()).andExpect(status().isUnauthorized());
    }
    token(username, PASSWORD, fromNewAddress()).andExpect(status().isTooManyRequests());

    administration.unlock(users.findByUsername(username).orElseThrow().id());

    token(username, PASSWORD, fromNewAddress()).andExpect(status().isOk());
  }

  private String newUser() {
    String username = "throttle-" + System.nanoTime();
    accounts.createUser(username, PASSWORD, null, null, null, Role.INSPECTOR);
    return username;
  }

  private ResultActions token(String username, String password, RequestPostProcessor address) throws Exception {
    return mvc.perform(post("/api/v1/auth/token").with(address)
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
  }

  private ResultActions form(String username, String password, RequestPostProcessor address) throws Exception {
    return mvc.perform(post("/login").with(address).with(csrf())
        .param("username", username).param("password", password));
  }
}
