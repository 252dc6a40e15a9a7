package org.servicewindow.organization;

import org.servicewindow.calendar.OpeningHours;

/** A hall or branch hall as other modules see it: where it is, when it opens, whether it issues tickets online. */
public record HallSummary(
    String code,
    String name,
    String address,
    int floors,
    String parentCode,
    OpeningHours openingHours,
    boolean onlineTicketing,
    String unitCode) {}
