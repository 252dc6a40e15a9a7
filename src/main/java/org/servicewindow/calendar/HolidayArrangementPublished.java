package org.servicewindow.calendar;

/**
 * The holiday arrangement of a year was saved (first published or replaced). Modules holding provisional
 * dates of that year recompute them and tell the people concerned of any change.
 *
 * @param year the arrangement's year; it governs that year's dates up to 24 December and the last week
 *     of the year before (see {@link WorkingDays})
 */
public record HolidayArrangementPublished(int year) {}
