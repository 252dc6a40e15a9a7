package org.servicewindow.campaign;

/** What a participating unit hands in to the lead office. */
public enum DeliverableKind {
  /** 工作方案, due before the action starts. */
  WORK_PLAN,
  /** 工作进展, due by the 25th of each month of the action. */
  PROGRESS_REPORT,
  /** 自查总结, due 10 December. */
  SELF_CHECK
}
