package org.servicewindow.supervision.internal;

/** 日常监管 by the unit itself, 专项检查 and 明察暗访 by the supervision office. */
public enum InspectionKind {
  DAILY,
  SPECIAL,
  UNDERCOVER;

  /** Whether only an inspector of the supervision office may record this kind. */
  public boolean byInspector() {
    return this != DAILY;
  }
}
