package org.servicewindow.organization;

/** What kind of organisation a unit is; the seed names government departments, utilities, banks, telecoms and stations. */
public enum UnitType {
  GOVERNMENT,
  PUBLIC_UTILITY,
  BANK,
  TELECOM,
  TRANSPORT,
  OTHER
}
