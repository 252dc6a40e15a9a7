package org.servicewindow.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account lifecycle: create, edit, lock, unlock, reset and change passwords. Locking or resetting an
 * account ends its sessions and revokes its API tokens on every node at once.
 */
@Service
public class UserAdministration {

  /** What an administrator enters for an account. */
  public record AccountDetails(
      String username,
      String displayName,
      String phone,
      String email,
      String unitCode,
      String hallCode,
      String windowCode,
      Set<Role> roles) {}

  private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

  private final Users users;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final Tokens tokens;
  private final LoginThrottle throttle;
  private final AuditTrail audit;
  private final Clock clock;
  private final FindByIndexNameSessionRepository<? extends Session> sessions;
  private final SecureRandom random = new SecureRandom();

  UserAdministration(
      Users users,
      PasswordEncoder encoder,
      PasswordPolicy policy,
      Tokens tokens,
      LoginThrottle throttle,
      AuditTrail audit,
      Clock clock,
      FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.users = users;
    this.encoder = encoder;
    this.policy = policy;
    this.tokens = tokens;
    this.throttle = throttle;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  /** Creates an account with the given initial password, which the user must change at first login. */
  @Transactional
  public UserAccount create(AccountDetails details, String initialPassword) {
    if (users.existsByUsername(details.username())) {
      throw new ConflictException("user.usernameTaken", details.username());
    }
    checkRoles(details.roles());
    checkPassword(details.username(), initialPassword);
    Instant now = clock.instant();
    UserAccount user = new UserAccount(Ids.newId(clock), details.username(), details.displayName(),
        blankToNull(details.phone()), blankToNull(details.email()), blankToNull(details.unitCode()),
        blankToNull(details.hallCode()), blankToNull(details.windowCode()), encoder.encode(initialPassword),
        true, true, details.roles(), now, now);
    users.insert(user);
    audit.record("user.created", "user", user.username(), null, user.auditView());
    return user;
  }

  @Transactional
  public UserAccount update(UUID id, AccountDetails details) {
    UserAccount before = get(id);
    checkRoles(details.roles());
    Instant now = clock.instant();
    UserAccount after = before
        .withDetails(details.displayName(), blankToNull(details.phone()), blankToNull(details.email()),
            details.roles(), now)
        .withScope(blankToNull(details.unitCode()), blankToNull(details.hallCode()),
            blankToNull(details.windowCode()), now);
    users.update(after);
    audit.record("user.updated", "user", before.username(), before.auditView(), after.auditView());
    if (!before.roles().equals(after.roles()) || !java.util.Objects.equals(before.unitCode(), after.unitCode())
        || !java.util.Objects.equals(before.hallCode(), after.hallCode())
        || !java.util.Objects.equals(before.windowCode(), after.windowCode())) {
      endSessions(after.username()); // a changed role or scope takes effect at the next request
    }
    return after;
  }

  @Transactional
  public void lock(UUID id) {
    UserAccount before = get(id);
    if (before.username().equals(currentUsername())) {
      throw new BusinessRuleException("user.cannotLockSelf");
    }
    UserAccount after = withState(before, before.passwordHash(), before.mustChangePassword(), false);
    users.update(after);
    endSessions(after.username());
    audit.record("user.locked", "user", before.username(), before.auditView(), after.auditView());
  }

  @Transactional
  public void unlock(UUID id) {
    UserAccount before = get(id);
    UserAccount after = withState(before, before.passwordHash(), before.mustChangePassword(), true);
    users.update(after);
    throttle.reset(LoginThrottle.accountKey(before.username()));
    audit.record("user.unlocked", "user", before.username(), before.auditView(), after.auditView());
  }

  /** Sets a random temporary password, shown once to the administrator; the user must change it. */
  @Transactional
  public String resetPassword(UUID id) {
    UserAccount before = get(id);
    String temporary = temporaryPassword();
    UserAccount after = withState(before, encoder.encode(temporary), true, before.enabled());
    users.update(after);
    endSessions(after.username());
    throttle.reset(LoginThrottle.accountKey(before.username()));
    audit.record("user.passwordReset", "user", before.username(), before.auditView(), after.auditView());
    return temporary;
  }

  /** The user changes their own password, proving they know the current one. */
  @Transactional
  public void changeOwnPassword(String username, String currentPassword, String newPassword) {
    UserAccount before = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user.notFound"));
    if (!encoder.matches(currentPassword, before.passwordHash())) {
      throw new BusinessRuleException("password.currentWrong");
    }
    if (encoder.matches(newPassword, before.passwordHash())) {
      throw new BusinessRuleException("password.sameAsOld");
    }
    checkPassword(username, newPassword);
    UserAccount after = withState(before, encoder.encode(newPassword), false, before.enabled());
    users.update(after);
    audit.record("user.passwordChanged", "user", username, null, null);
  }

  public UserAccount get(UUID id) {
    return users.findById(id).orElseThrow(() -> new NotFoundException("user.notFound"));
  }

  private void checkPassword(String username, String password) {
    policy.violation(username, password).ifPresent(key -> {
      throw new BusinessRuleException(key, PasswordPolicy.MIN_LENGTH);
    });
  }

  private static void checkRoles(Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new BusinessRuleException("user.rolesRequired");
    }
    if (roles.stream().anyMatch(Role::isDevice)) {
      throw new BusinessRuleException("user.deviceRole");
    }
  }

  private void endSessions(String username) {
    tokens.revokeAllOf(Tokens.Kind.USER, username);
    sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
  }

  private UserAccount withState(UserAccount u, String hash, boolean mustChange, boolean enabled) {
    return u.withState(hash, mustChange, enabled, clock.instant());
  }

  private String temporaryPassword() {
    StringBuilder sb = new StringBuilder("Sw-");
    for (int i = 0; i < 12; i++) {
      sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return sb.toString();
  }

  private static String currentUsername() {
    return org.servicewindow.identity.CurrentActor.get().map(a -> a.username()).orElse(null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
