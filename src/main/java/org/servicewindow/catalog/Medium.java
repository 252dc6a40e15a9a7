package org.servicewindow.catalog;

/** On what a material is handed in: paper, an electronic file, or both. */
public enum Medium {
  PAPER,
  ELECTRONIC,
  BOTH;

  /** Paper and electronic together ask for both; the same medium twice stays what it is. */
  public Medium and(Medium other) {
    return this == other ? this : BOTH;
  }

  public boolean paper() {
    return this != ELECTRONIC;
  }
}
