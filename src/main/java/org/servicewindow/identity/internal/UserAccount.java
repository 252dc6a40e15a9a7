package org.servicewindow.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;

/** A person's account as stored; the password hash never leaves the identity module. */
public record UserAccount(
    UUID id,
    String username,
    String displayName,
    String phone,
    String email,
    String unitCode,
    String hallCode,
    String windowCode,
    String passwordHash,
    boolean mustChangePassword,
    boolean enabled,
    Set<Role> roles,
    Instant createdAt,
    Instant updatedAt) {

  public UserAccount {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** The same account with new details from an administrator. */
  public UserAccount withDetails(String displayName, String phone, String email, Set<Role> roles, Instant now) {
    return new UserAccount(id, username, displayName, phone, email, unitCode, hallCode, windowCode, passwordHash,
        mustChangePassword, enabled, roles, createdAt, now);
  }

  /** The same account working in another unit, hall or window. */
  public UserAccount withScope(String unit, String hall, String window, Instant now) {
    return new UserAccount(id, username, displayName, phone, email, unit, hall, window, passwordHash,
        mustChangePassword, enabled, roles, createdAt, now);
  }

  /** The same account with another password hash, forced-change flag or enabled flag. */
  public UserAccount withState(String hash, boolean mustChange, boolean isEnabled, Instant now) {
    return new UserAccount(id, username, displayName, phone, email, unitCode, hallCode, windowCode, hash,
        mustChange, isEnabled, roles, createdAt, now);
  }

  public Actor toActor() {
    return new Actor(Actor.Kind.USER, username, displayName, roles, unitCode, hallCode, windowCode);
  }

  /** Unit, hall and window codes that bound this account, for lists. */
  public String scopeLabel() {
    return java.util.stream.Stream.of(unitCode, hallCode, windowCode)
        .filter(java.util.Objects::nonNull)
        .collect(java.util.stream.Collectors.joining(" / "));
  }

  /** What the audit log keeps of an account (never the hash). */
  public AuditView auditView() {
    return new AuditView(username, displayName, phone, email, unitCode, hallCode, windowCode,
        roles.stream().map(Role::name).sorted().toList(), enabled, mustChangePassword);
  }

  public record AuditView(
      String username,
      String displayName,
      String phone,
      String email,
      String unitCode,
      String hallCode,
      String windowCode,
      java.util.List<String> roles,
      boolean enabled,
      boolean mustChangePassword) {}
}
