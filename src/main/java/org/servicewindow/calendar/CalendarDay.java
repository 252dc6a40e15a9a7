package org.servicewindow.calendar;

import java.time.LocalDate;

/**
 * What the calendar knows about one date, so that a screen or a device can say why a day is (not) worked.
 *
 * @param date the date (China)
 * @param workingDay whether it counts as a working day
 * @param holiday the holiday it is a day off for (国庆节 …), or null
 * @param adjustedWorkday whether it is a weekend day worked in exchange for a holiday (调休上班)
 * @param adjustedFor the holiday an adjusted workday belongs to, or null
 * @param provisional whether no official arrangement governs this date yet, so the weekday rule is a guess
 */
public record CalendarDay(
    LocalDate date,
    boolean workingDay,
    String holiday,
    boolean adjustedWorkday,
    String adjustedFor,
    boolean provisional) {}
