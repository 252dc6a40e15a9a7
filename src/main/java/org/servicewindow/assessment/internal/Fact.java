package org.servicewindow.assessment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import org.servicewindow.assessment.Indicator;

/**
 * One source record as an indicator sees it: its id and label (for the drill-down), its value (1/0 for a
 * share, the measured value for a mean, 1 for a count) and whom it is about.
 */
record Fact(Indicator indicator, String recordKind, String recordId, String label, BigDecimal value, Instant at,
    String unit, String hall, String window, String staff) {}
