package org.servicewindow.catalog.internal;

/** Where a version of a guide stands: being written, waiting for a second pair of eyes, shown, or history. */
public enum GuideStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  SUPERSEDED;

  /** Draft and in-review versions are the item's one working copy. */
  public boolean working() {
    return this == DRAFT || this == IN_REVIEW;
  }
}
