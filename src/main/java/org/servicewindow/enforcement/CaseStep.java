package org.servicewindow.enforcement;

/** The steps of an enforcement case, in order: 立案 → 调查取证 → 告知 → 法制审核 (when major) → 决定 → 送达 → 执行 → 结案. */
public enum CaseStep {
  FILED,
  INVESTIGATION,
  NOTIFICATION,
  LEGAL_REVIEW,
  DECISION,
  SERVICE,
  EXECUTION,
  CLOSED
}
