package org.servicewindow.calendar;

import java.time.Instant;

/**
 * An instant reached by counting opening-hour minutes on working days, e.g. a hall's response deadline.
 *
 * @param provisional true when a day counted lies in a year whose holiday arrangement is not published yet
 */
public record WorkingInstant(Instant instant, boolean provisional) {}
