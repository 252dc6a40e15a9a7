package org.servicewindow.feedback.internal;

import org.servicewindow.feedback.NegativeFeedbackLedger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Escalates overdue ledger entries every hour (safe on every node: each entry is escalated once). */
@Component
class LedgerEscalation {

  private final NegativeFeedbackLedger ledger;
  private final boolean enabled;

  LedgerEscalation(NegativeFeedbackLedger ledger, @Value("${sw.feedback.escalation-enabled:true}") boolean enabled) {
    this.ledger = ledger;
    this.enabled = enabled;
  }

  @Scheduled(fixedDelayString = "${sw.feedback.escalation-interval:PT1H}", initialDelayString = "PT2M")
  void scheduled() {
    if (enabled) {
      ledger.escalateOverdue();
    }
  }
}
