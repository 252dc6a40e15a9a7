package org.servicewindow.supervision.internal;

/** What an automatic finding is about; each names the signals behind it. */
public enum FindingKind {
  OVERDUE_CASE,
  NEGATIVE_CLUSTER,
  NO_SHOW_SPIKE
}
