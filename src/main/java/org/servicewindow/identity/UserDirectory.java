package org.servicewindow.identity;

import java.util.Optional;
import java.util.Set;
import org.servicewindow.identity.internal.UserAccount;
import org.servicewindow.identity.internal.Users;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know and change about user accounts: whether one exists, who it is, and where
 * it works (so that assigning a staff member to a window also scopes their login to that window).
 */
@Service
public class UserDirectory {

  /** A user account as other modules see it (no password, no lock state). */
  public record UserSummary(
      String username,
      String displayName,
      Set<Role> roles,
      String unitCode,
      String hallCode,
      String windowCode,
      boolean enabled) {}

  private final Users users;
  private final AuditTrail audit;
  private final java.time.Clock clock;

  UserDirectory(Users users, AuditTrail audit, java.time.Clock clock) {
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  public Optional<UserSummary> find(String username) {
    return users.findByUsername(username).map(UserDirectory::summary);
  }

  public boolean exists(String username) {
    return users.existsByUsername(username);
  }

  /** Moves an account's data scope to the given unit, hall and window (any may be null). */
  @Transactional
  public void assignScope(String username, String unitCode, String hallCode, String windowCode) {
    UserAccount before = users.findByUsername(username)
        .orElseThrow(() -> new org.servicewindow.common.NotFoundException("user.notFound"));
    if (java.util.Objects.equals(before.unitCode(), unitCode)
        && java.util.Objects.equals(before.hallCode(), hallCode)
        && java.util.Objects.equals(before.windowCode(), windowCode)) {
      return;
    }
    UserAccount after = before.withScope(unitCode, hallCode, windowCode, clock.instant());
    users.update(after);
    audit.record("user.scopeAssigned", "user", username, before.auditView(), after.auditView());
  }

  private static UserSummary summary(UserAccount u) {
    return new UserSummary(u.username(), u.displayName(), u.roles(), u.unitCode(), u.hallCode(),
        u.windowCode(), u.enabled());
  }
}
