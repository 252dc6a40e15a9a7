package org.servicewindow.supervision.internal;

/** What an automatic finding is about; each names the signals behind it. */
public enum FindingKind {
  OVERDUE_CASE,
  NEGATIVE_CLUSTER,
  NO_SHOW_SPIKE,
  /** 空岗: an open window with nobody signed in during the hall's opening hours (queue's desk attendance). */
  UNMANNED_WINDOW
}
