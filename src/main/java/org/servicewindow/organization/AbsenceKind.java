package org.servicewindow.organization;

/** Why a staff member is away from their post. */
public enum AbsenceKind {
  LEAVE,
  TRAINING,
  BUSINESS_TRIP,
  OTHER
}
