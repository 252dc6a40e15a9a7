package org.servicewindow.feedback;

/**
 * Where a ledger entry stands: waiting to be verified; verified (to be rectified or explained); being
 * rectified against a deadline; waiting for the callback (回访); closed.
 */
public enum LedgerStatus {
  OPEN,
  VERIFIED,
  RECTIFYING,
  CALLBACK,
  CLOSED
}
