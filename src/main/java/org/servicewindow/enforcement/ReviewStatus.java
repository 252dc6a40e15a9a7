package org.servicewindow.enforcement;

/** Where a major decision stands in legal review (法制审核). */
public enum ReviewStatus {
  PENDING,
  PASSED,
  REJECTED
}
