package org.servicewindow.enforcement;

/** Whether the party is a natural person (resident ID) or an organisation (unified social credit code). */
public enum PartyType {
  PERSON,
  COMPANY
}
