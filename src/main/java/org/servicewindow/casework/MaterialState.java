package org.servicewindow.casework;

/** What happened to one material of the checklist: handed in, missing, or handed in but not in legal form. */
public enum MaterialState {
  RECEIVED,
  MISSING,
  DEFECTIVE
}
