package org.servicewindow.assessment;

/** The length of an assessment period. */
public enum PeriodKind {
  MONTH,
  QUARTER,
  YEAR
}
