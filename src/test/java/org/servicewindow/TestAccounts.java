package org.servicewindow;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.internal.DeviceAdministration;
import org.servicewindow.identity.internal.DeviceKind;
import org.servicewindow.identity.internal.Tokens;
import org.servicewindow.identity.internal.Users;

/** Actors and real bearer tokens for the demo accounts, and devices for tests that need one. */
public class TestAccounts {

  private final Users users;
  private final Tokens tokens;
  private final DeviceAdministration devices;
  private final Clock clock;

  TestAccounts(Users users, Tokens tokens, DeviceAdministration devices, Clock clock) {
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

  /** Registers a device (as sysadmin) and returns its token. */
  public String deviceToken(DeviceKind kind, String hall, String window) {
    return devices.register(actor("sysadmin"), kind + " " + UUID.randomUUID(), kind, hall, window).token();
  }
}
