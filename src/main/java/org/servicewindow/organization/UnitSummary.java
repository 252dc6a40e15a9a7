package org.servicewindow.organization;

/** A unit as other modules see it, e.g. to print its name and complaint phone on a notice. */
public record UnitSummary(
    String code,
    String name,
    UnitType type,
    String parentCode,
    String contactPerson,
    String contactPhone,
    String complaintPhone) {}
