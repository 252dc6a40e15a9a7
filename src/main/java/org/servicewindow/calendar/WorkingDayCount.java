package org.servicewindow.calendar;

/**
 * A number of working days between two dates.
 *
 * @param provisional true when a day counted lies in a year whose holiday arrangement is not published yet
 */
public record WorkingDayCount(int days, boolean provisional) {}
