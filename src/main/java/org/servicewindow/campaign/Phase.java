package org.servicewindow.campaign;

/** The four steps of the plan's 实施步骤, in order. */
public enum Phase {
  /** 组织动员: units write their work plans. */
  MOBILIZATION,
  /** 行动实施: the work itself; progress reports every month. */
  ACTION,
  /** 巩固提升: inspections and lasting rules. */
  CONSOLIDATION,
  /** 检查测评: self-checks, then the joint evaluation. */
  EVALUATION
}
