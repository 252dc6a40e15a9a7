package org.servicewindow.catalog;

/** Who applies for an item (服务对象): people, enterprises and other organisations, or both. */
public enum Audience {
  PERSON,
  ENTERPRISE,
  BOTH
}
