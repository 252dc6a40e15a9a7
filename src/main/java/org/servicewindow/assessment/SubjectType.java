package org.servicewindow.assessment;

/** What a score is about: one staff member, one window, one hall or one unit. */
public enum SubjectType {
  STAFF,
  WINDOW,
  HALL,
  UNIT
}
