package org.servicewindow.catalog;

/** The kind of power or service an item is, as the provincial item lists classify them (事项类型). */
public enum ItemType {
  LICENSING,
  PAYMENT,
  CONFIRMATION,
  LEVY,
  REWARD,
  ADJUDICATION,
  OTHER_POWER,
  PUBLIC_SERVICE
}
