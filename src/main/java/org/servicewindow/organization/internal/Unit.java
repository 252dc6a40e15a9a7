package org.servicewindow.organization.internal;

import java.time.Instant;
import org.servicewindow.organization.UnitSummary;
import org.servicewindow.organization.UnitType;

/** A department or enterprise that runs windows (单位/部门); the parent makes the city's tree. */
public record Unit(
    String code,
    String name,
    UnitType type,
    String parentCode,
    String contactPerson,
    String contactPhone,
    String complaintPhone,
    Instant createdAt,
    Instant updatedAt) {

  public UnitSummary summary() {
    return new UnitSummary(code, name, type, parentCode, contactPerson, contactPhone, complaintPhone);
  }
}
