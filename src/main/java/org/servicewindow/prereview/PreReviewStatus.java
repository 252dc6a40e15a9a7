package org.servicewindow.prereview;

/** Where a pre-application stands: waiting for review, told what is missing, complete, or received at the window. */
public enum PreReviewStatus {
  SUBMITTED,
  NOTICE,
  COMPLETE,
  CONVERTED
}
