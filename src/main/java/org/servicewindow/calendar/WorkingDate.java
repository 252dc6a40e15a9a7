package org.servicewindow.calendar;

import java.time.LocalDate;

/**
 * A date reached by counting working days, e.g. a deadline.
 *
 * @param provisional true when a day counted lies in a year whose holiday arrangement is not published
 *     yet: the date may move once it is, and {@link HolidayArrangementPublished} says when to recompute
 */
public record WorkingDate(LocalDate date, boolean provisional) {}
