package org.servicewindow.enforcement;

/** What an entry of the case record holds. */
public enum RecordKind {
  STEP,
  DOCUMENT,
  FILE,
  REVIEW,
  CORRECTION,
  PUBLICATION
}
