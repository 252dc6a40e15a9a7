package org.servicewindow;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.internal.DeviceAdministration;
import org.servicewindow.identity.internal.DeviceKind;
import org.servicewindow.identity.internal.Tokens;
import org.servicewindow.identity.Role;
import org.servicewindow.identity.internal.UserAccount;
import org.servicewindow.identity.internal.UserAdministration;
import org.servicewindow.identity.internal.Users;

/** Actors and real bearer tokens for the demo accounts, and devices for tests that need one. */
public class TestAccounts {

  private final Users users;
  private final Tokens tokens;
  private final DeviceAdministration devices;
  private final Clock clock;
  private final UserAdministration administration;

  TestAccounts(Users users, Tokens tokens, DeviceAdministration devices, Clock clock, UserAdministration administration) {
    this.administration = administration;
    this.users = users;
    this.tokens = tokens;
    this.devices = devices;
    this.clock = clock;
  }

  public Actor actor(String username) {
    return users.findByUsername(username).orElseThrow().toActor();
  }

  /** A valid bearer token of a user, as {@code POST /api/v1/auth/token} would issue it. */
  public String token(String username) {
    return tokens.issue(Tokens.Kind.USER, username, clock.instant().plus(Duration.ofHours(1))).token();
  }

  /** Creates a ready-to-use account (no forced password change) and returns its actor. */
  public Actor createUser(String username, String password, String unit, String hall, String window, Role... roles) {
    var created = administration.create(new UserAdministration.AccountDetails(username, username, null, null, unit,
        hall, window, java.util.Set.of(roles)), password);
    users.update(new UserAccount(created.id(), created.username(), created.displayName(), null, null, unit, hall,
        window, created.passwordHash(), false, true, created.roles(), created.createdAt(), created.updatedAt()));
    return actor(username);
  }

  /** Registers a device (as sysadmin) and returns its token. */
  public String deviceToken(DeviceKind kind, String hall, String window) {
    return devices.register(actor("sysadmin"), kind + " " + UUID.randomUUID(), kind, hall, window).token();
  }
}
