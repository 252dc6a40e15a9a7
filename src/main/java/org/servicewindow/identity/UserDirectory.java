package org.servicewindow.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.servicewindow.identity.internal.UserAccount;
import org.servicewindow.identity.internal.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  /** Where to reach a person outside the platform; phone and e-mail may each be missing. */
  public record Contact(String username, String displayName, String phone, String email) {}

  private final Users users;
  private final AuditTrail audit;
  private final java.time.Clock clock;
  private final JdbcClient jdbc;

  UserDirectory(Users users, AuditTrail audit, java.time.Clock clock, JdbcClient jdbc) {
    this.users = users;
    this.audit = audit;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /** The enabled accounts with {@code role} scoped to {@code hallCode}: whom to alert of what happens in a hall. */
  public List<Contact> contactsInHall(Role role, String hallCode) {
    return contacts(role, "hall_code", hallCode);
  }

  /** The enabled accounts with {@code role} scoped to {@code unitCode}: whom to tell of what concerns a unit. */
  public List<Contact> contactsInUnit(Role role, String unitCode) {
    return contacts(role, "unit_code", unitCode);
  }

  /** {@code scopeColumn} is one of the two constants above, never input. */
  private List<Contact> contacts(Role role, String scopeColumn, String code) {
    return jdbc.sql("""
            SELECT u.username, u.display_name, u.phone, u.email FROM app_user u
              JOIN user_role r ON r.user_id = u.id AND r.role = :role
             WHERE u.%s = :code AND u.enabled
             ORDER BY u.username""".formatted(scopeColumn))
        .param("role", role.name()).param("code", code)
        .query((rs, n) -> new Contact(rs.getString("username"), rs.getString("display_name"), rs.getString("phone"),
            rs.getString("email")))
        .list();
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
