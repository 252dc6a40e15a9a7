package org.servicewindow.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * The authenticated person or device behind a request, with the codes that bound what it may see. It is
 * the security principal everywhere, so modules never look users up to learn a caller's scope.
 */
public record Actor(
    Kind kind,
    String username,
    String displayName,
    Set<Role> roles,
    String unitCode,
    String hallCode,
    String windowCode)
    implements Principal, Serializable {

  public enum Kind {
    USER,
    DEVICE
  }

  public Actor {
    roles = Set.copyOf(roles);
  }

  @Override
  public String getName() {
    return username;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isDevice() {
    return kind == Kind.DEVICE;
  }

  public DataScope scope() {
    return DataScope.of(this);
  }
}
