package org.servicewindow.enforcement;

/** What a pre-publication item (事前公示) tells: the body, its powers, their basis, the procedure, remedies. */
public enum DisclosureCategory {
  BODY,
  POWER,
  BASIS,
  PROCEDURE,
  REMEDY
}
