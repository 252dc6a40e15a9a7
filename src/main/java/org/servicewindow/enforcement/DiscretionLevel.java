package org.servicewindow.enforcement;

/** The levels of a discretion table (自由裁量基准): 轻微, 一般, 较重, 严重. */
public enum DiscretionLevel {
  MINOR,
  GENERAL,
  SERIOUS,
  GRAVE
}
