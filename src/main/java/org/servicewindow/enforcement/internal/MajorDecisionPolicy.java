package org.servicewindow.enforcement.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Decides whether a proposed decision is major (重大执法决定), naming the criteria it meets. */
@Component
public class MajorDecisionPolicy {

  private final EnforcementProperties.Major criteria;

  @org.springframework.beans.factory.annotation.Autowired
  MajorDecisionPolicy(EnforcementProperties properties) {
    this.criteria = properties.major();
  }

  public MajorDecisionPolicy(EnforcementProperties.Major criteria) {
    this.criteria = criteria;
  }

  /** The criteria met (message-key suffixes: amount, revocation, hearing, complex); empty when not major. */
  public List<String> reasons(BigDecimal amount, boolean licenceRevoked, boolean hearingHeld, boolean complex) {
    List<String> reasons = new ArrayList<>();
    if (amount != null && criteria.amountThreshold() != null && amount.compareTo(criteria.amountThreshold()) >= 0) {
      reasons.add("amount");
    }
    if (licenceRevoked && criteria.licenceRevocation()) {
      reasons.add("revocation");
    }
    if (hearingHeld && criteria.hearing()) {
      reasons.add("hearing");
    }
    if (complex && criteria.complex()) {
      reasons.add("complex");
    }
    return reasons;
  }

  public boolean isMajor(BigDecimal amount, boolean licenceRevoked, boolean hearingHeld, boolean complex) {
    return !reasons(amount, licenceRevoked, hearingHeld, complex).isEmpty();
  }

  public EnforcementProperties.Major criteria() {
    return criteria;
  }
}
