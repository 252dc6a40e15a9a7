package org.servicewindow.campaign;

/** The four headings of the plan's activity content (活动内容). */
public enum TaskArea {
  /** 加强队伍建设，提升服务质量 */
  TEAM,
  /** 优化服务环境，提供优质服务 */
  ENVIRONMENT,
  /** 提升服务效能，提高服务效率 */
  EFFICIENCY,
  /** 加强监督管理，健全长效机制 */
  SUPERVISION
}
