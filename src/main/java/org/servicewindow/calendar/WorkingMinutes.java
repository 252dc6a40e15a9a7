package org.servicewindow.calendar;

/**
 * Opening-hour minutes on working days between two instants, the measure of a hall's service levels.
 *
 * @param provisional true when a day counted lies in a year whose holiday arrangement is not published yet
 */
public record WorkingMinutes(long minutes, boolean provisional) {}
