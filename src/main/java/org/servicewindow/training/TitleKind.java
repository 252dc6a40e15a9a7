package org.servicewindow.training;

/** The 创先争优 titles of the seed: 文明柜台, 党员先锋岗, 岗位明星 and 优质服务兵 (服务标兵). */
public enum TitleKind {
  CIVILIZED_COUNTER,
  PARTY_PIONEER,
  POST_STAR,
  SERVICE_STAR
}
