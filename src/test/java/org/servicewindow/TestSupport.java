package org.servicewindow;

import java.util.concurrent.atomic.AtomicInteger;
import org.servicewindow.identity.Actor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Beans and helpers shared by the integration tests. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

  public static final String DEMO_PASSWORD = "Demo@2026";

  private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

  @Bean
  @Primary
  TestClock testClock() {
    return new TestClock();
  }

  @Bean
  RecordingGateway recordingGateway() {
    return new RecordingGateway();
  }

  @Bean
  TestAccounts testAccounts(
      org.servicewindow.identity.internal.Users users,
      org.servicewindow.identity.internal.Tokens tokens,
      org.servicewindow.identity.internal.DeviceAdministration devices,
      java.time.Clock clock,
      org.servicewindow.identity.internal.UserAdministration administration) {
    return new TestAccounts(users, tokens, devices, clock, administration);
  }

  /** A session login as this actor, for UI requests (skips the login form). */
  public static RequestPostProcessor as(Actor actor) {
    return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
        UsernamePasswordAuthenticationToken.authenticated(actor, null,
            actor.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
  }

  /** A client address of its own, so login throttling in one test never locks out another. */
  public static RequestPostProcessor fromNewAddress() {
    String address = "10.77." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  public static String bearer(String token) {
    return "Bearer " + token;
  }
}
