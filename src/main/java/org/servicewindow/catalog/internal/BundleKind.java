package org.servicewindow.catalog.internal;

/** 套餐式: the bundle's items are done together; 点餐式: the citizen picks among its optional items. */
public enum BundleKind {
  FIXED,
  MENU
}
