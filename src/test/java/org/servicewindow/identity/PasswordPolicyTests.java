package org.servicewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicewindow.identity.internal.PasswordPolicy;

class PasswordPolicyTests {

  final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void needsAtLeastTenCharacters() {
    assertThat(policy.violation("staff01", "Short-1")).contains("password.tooShort");
    assertThat(policy.violation("staff01", "Long-Enough1")).isEmpty();
  }

  @Test
  void mayNotContainTheUsername() {
    assertThat(policy.violation("wangfang", "WangFang-2026")).contains("password.containsUsername");
  }

  @Test
  void refusesTheDemoPasswordAndCommonDefaults() {
    assertThat(policy.violation("admin", "Demo@2026!!")).contains("password.default");
    assertThat(policy.violation("operator", "password123")).contains("password.default");
    assertThat(policy.violation("operator", "1234567890")).contains("password.default");
  }
}
