package org.servicewindow.organization;

import java.util.List;
import java.util.UUID;

/**
 * A staff member as other modules see it (no phone number): enough to route work to them and to name
 * them on a receipt or in a statistic.
 */
public record StaffSummary(
    UUID id,
    String staffNumber,
    String name,
    String post,
    String unitCode,
    String hallCode,
    String username,
    List<String> windowCodes,
    boolean active) {

  public StaffSummary {
    windowCodes = List.copyOf(windowCodes);
  }
}
