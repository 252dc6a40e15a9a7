package org.servicewindow.catalog;

/**
 * A published service item as other modules need it: to name it, route it, and compute its deadlines
 * (limits in working days; 0 = 即办).
 */
public record ServiceItemSummary(
    String code,
    String name,
    String unitCode,
    ItemType type,
    int promisedLimitDays,
    int legalLimitDays,
    int currentVersion) {}
