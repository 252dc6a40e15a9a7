package org.servicewindow.casework.internal;

import java.time.LocalDate;
import org.servicewindow.calendar.WorkingDate;
import org.servicewindow.calendar.WorkingDayCount;

/** The two calendar questions a deadline needs; the calendar module answers them, tests may pin a calendar. */
public interface WorkingDayArithmetic {

  /** The {@code days}-th working day after {@code date} (api.md "Calendar"). */
  WorkingDate add(LocalDate date, int days);

  /** Working days in ({@code from}, {@code to}]. */
  WorkingDayCount count(LocalDate from, LocalDate to);
}
