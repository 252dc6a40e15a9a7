package org.servicewindow.organization.internal;

import java.time.Instant;
import org.servicewindow.organization.WindowSummary;

/** A service window (窗口) of a hall, staffed by one unit; its code is what every other module holds. */
public record Window(
    String code,
    String hallCode,
    int number,
    String name,
    int floor,
    String zone,
    String unitCode,
    boolean open,
    Instant createdAt,
    Instant updatedAt) {

  public WindowSummary summary() {
    return new WindowSummary(code, hallCode, number, name, floor, zone, unitCode, open);
  }
}
