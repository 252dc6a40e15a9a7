package org.servicewindow.identity.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable here: at least 10 characters, not the username, and not one of the
 * well-known defaults (the demo password included, so it can never reach production).
 */
@Component
public class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  static final String DEMO_PASSWORD = "Demo@2026";
  private static final Set<String> KNOWN_DEFAULTS =
      Set.of("demo@2026", "admin12345", "password123", "1234567890", "admin@2026", "changeme123");

  /** The message key of the first rule the password breaks, if any. */
  public Optional<String> violation(String username, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("password.tooShort");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of("password.containsUsername");
    }
    if (KNOWN_DEFAULTS.contains(lower) || lower.startsWith(DEMO_PASSWORD.toLowerCase(Locale.ROOT))) {
      return Optional.of("password.default");
    }
    return Optional.empty();
  }
}
