package org.servicewindow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.servicewindow.enforcement.internal.EnforcementProperties;
import org.servicewindow.enforcement.internal.MajorDecisionPolicy;

/** What makes a decision major is configured, criterion by criterion. */
class MajorDecisionPolicyTests {

  @Test
  void eachCriterionCountsOnlyWhileItIsSwitchedOn() {
    MajorDecisionPolicy all = new MajorDecisionPolicy(new EnforcementProperties.Major(new BigDecimal("50000"), true, true, true));
    assertThat(all.reasons(new BigDecimal("49999.99"), false, false, false)).isEmpty();
    assertThat(all.reasons(new BigDecimal("50000"), true, true, true)).containsExactly("amount", "revocation", "hearing", "complex");
    MajorDecisionPolicy amountOnly = new MajorDecisionPolicy(new EnforcementProperties.Major(new BigDecimal("10000"), false, false, false));
    assertThat(amountOnly.isMajor(null, true, true, true)).isFalse();
    assertThat(amountOnly.isMajor(new BigDecimal("10000"), false, false, false)).isTrue();
  }
}
