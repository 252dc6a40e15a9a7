package org.servicewindow.catalog;

/** What a question of an application form expects; each type has its own check. */
public enum FieldType {
  TEXT,
  TEXTAREA,
  NUMBER,
  DATE,
  PHONE,
  EMAIL,
  ID_NUMBER,
  CREDIT_CODE,
  SELECT;

  /** Free text says least about its answer; every other type is more specific. */
  public boolean generic() {
    return this == TEXT || this == TEXTAREA;
  }
}
