package org.servicewindow.feedback;

/**
 * The kind of a complaint, which sets its deadline in working days (product.md, 12345-style: urgent the
 * same day, consultation 3, complaint 13; configurable as {@code sw.feedback.limits.*}).
 */
public enum ComplaintType {
  URGENT,
  CONSULTATION,
  COMPLAINT
}
