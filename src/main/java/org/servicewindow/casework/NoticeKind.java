package org.servicewindow.casework;

/** The written notices an applicant receives, each numbered and immutable once issued. */
public enum NoticeKind {
  SUPPLEMENT,
  ACCEPTANCE,
  REJECTION,
  PAUSE,
  EXTENSION,
  RESULT
}
