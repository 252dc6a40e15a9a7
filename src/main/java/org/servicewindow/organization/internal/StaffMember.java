package org.servicewindow.organization.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.servicewindow.organization.StaffSummary;

/**
 * A person who serves the public (工作人员), identified to citizens by name, photo and staff number on
 * the desk card and badge; {@code windowCodes} are the windows they may serve at.
 */
public record StaffMember(
    UUID id,
    String staffNumber,
    String name,
    String post,
    String unitCode,
    String hallCode,
    String phone,
    String username,
    boolean active,
    List<String> windowCodes,
    boolean hasPhoto,
    Instant createdAt,
    Instant updatedAt) {

  public StaffMember {
    windowCodes = List.copyOf(windowCodes);
  }

  public StaffSummary summary() {
    return new StaffSummary(id, staffNumber, name, post, unitCode, hallCode, username, windowCodes, active);
  }
}
