package org.servicewindow.catalog;

/** The moments of a life or of a business a citizen browses the guides by (出生, 就业, 开办企业 …). */
public enum LifeEvent {
  BIRTH,
  EDUCATION,
  EMPLOYMENT,
  MARRIAGE,
  HOUSING,
  RESIDENCE,
  TRAVEL,
  VEHICLE,
  HEALTH,
  SOCIAL_SECURITY,
  RETIREMENT,
  DEATH,
  BUSINESS_START,
  BUSINESS_OPERATION,
  CONSTRUCTION,
  TAX,
  UTILITIES
}
