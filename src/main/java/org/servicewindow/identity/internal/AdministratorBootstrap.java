package org.servicewindow.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.servicewindow.common.Ids;
import org.servicewindow.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Production refuses to start without a strong first administrator password: it creates the first
 * {@code SYSADMIN} from {@code SW_ADMIN_USERNAME}/{@code SW_ADMIN_PASSWORD}, and never runs beside the
 * demo profile, whose well-known passwords must not reach a real deployment.
 */
@Component
@Profile("prod")
class AdministratorBootstrap implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

  private final Users users;
  private final PasswordPolicy policy;
  private final PasswordEncoder encoder;
  private final IdentityProperties properties;
  private final Environment environment;
  private final Clock clock;

  AdministratorBootstrap(
      Users users,
      PasswordPolicy policy,
      PasswordEncoder encoder,
      IdentityProperties properties,
      Environment environment,
      Clock clock) {
    this.users = users;
    this.policy = policy;
    this.encoder = encoder;
    this.properties = properties;
    this.environment = environment;
    this.clock = clock;
  }

  @Override
  public void afterPropertiesSet() {
    if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
      throw new IllegalStateException("The prod profile cannot run with the demo profile (demo accounts have public passwords).");
    }
    String username = properties.admin().username();
    String password = properties.admin().password();
    if (password != null && !password.isEmpty()) {
      policy.violation(username, password).ifPresent(rule -> {
        throw new IllegalStateException("SW_ADMIN_PASSWORD is too weak or a default (" + rule
            + "): use at least " + PasswordPolicy.MIN_LENGTH + " characters, not the username, not a known default.");
      });
    }
    if (users.anyWithRole(Role.SYSADMIN)) {
      return;
    }
    if (password == null || password.isEmpty()) {
      throw new IllegalStateException("No administrator exists yet: set SW_ADMIN_PASSWORD (and optionally SW_ADMIN_USERNAME) for the first start.");
    }
    Instant now = clock.instant();
    users.insert(new UserAccount(Ids.newId(clock), username, "系统管理员", null, null, null, null, null,
        encoder.encode(password), false, true, Set.of(Role.SYSADMIN), now, now));
    log.info("Created the first administrator '{}'.", username);
  }
}
