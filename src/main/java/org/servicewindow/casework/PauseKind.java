package org.servicewindow.casework;

/** Periods the law does not count in the time limit (行政许可法 第45条), and waiting for a supplement. */
public enum PauseKind {
  HEARING,
  INSPECTION,
  TESTING,
  EXPERT_REVIEW,
  SUPPLEMENT
}
