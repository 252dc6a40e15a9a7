package org.servicewindow.feedback;

/** How a rating reached us (api.md "Evaluation"); PAPER is a paper form entered by staff. */
public enum EvaluationChannel {
  EVALUATOR,
  QR,
  WEB,
  SMS,
  PHONE,
  PAPER;

  /** Channels of a rating given at or right after the window (线下): the offline reason set applies. */
  public boolean onSite() {
    return this == EVALUATOR || this == QR || this == PAPER || this == PHONE;
  }
}
