package org.servicewindow.organization.internal;

/** What a bulk import file holds. */
public enum ImportKind {
  UNITS,
  WINDOWS,
  STAFF
}
