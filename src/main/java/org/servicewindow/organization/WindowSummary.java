package org.servicewindow.organization;

/** A window as the queue and the boards need it: its code, what the board calls it, who staffs it, whether it is open. */
public record WindowSummary(
    String code,
    String hallCode,
    int number,
    String name,
    int floor,
    String zone,
    String unitCode,
    boolean open) {}
