package org.servicewindow.enforcement;

import java.util.UUID;

/** One row of a unit's published discretion table: a violation at one level and the sanction it carries. */
public record Discretion(
    UUID id,
    String unitCode,
    String code,
    String violation,
    String legalBasis,
    DiscretionLevel level,
    String circumstances,
    String sanction) {}
