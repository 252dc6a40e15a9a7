package org.servicewindow.training;

/** What a session teaches, the five subjects the seed names for regular study and training. */
public enum Topic {
  POLICY,
  SKILLS,
  INTERNAL_CONTROL,
  CIVIL_LANGUAGE,
  ETIQUETTE
}
