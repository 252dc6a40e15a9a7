package org.servicewindow.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.servicewindow.calendar.CalendarDay;

/**
 * A year as twelve month grids (weeks from Monday) with each month's holidays and adjusted workdays
 * listed by name, for the admin page and the preview of an arrangement.
 */
record YearView(int year, int workingDays, int daysOff, int adjustedWorkdays, boolean provisionalDays,
    boolean allProvisional, List<Month> months) {

  /** How a day is shown: {@code work}, {@code rest} (weekend), {@code off} (holiday), {@code adjusted}. */
  record Cell(LocalDate date, String style, String name, boolean provisional) {
    public int day() {
      return date.getDayOfMonth();
    }
  }

  /** A run of consecutive days with the same name and kind, e.g. 10-01–10-07 国庆节 off. */
  record Note(LocalDate from, LocalDate to, String name, String style) {
    public boolean single() {
      return from.equals(to);
    }
  }

  /** One month: rows of seven cells (null outside the month), and its notes. */
  record Month(int month, List<List<Cell>> weeks, List<Note> notes) {}

  static YearView of(int year, Function<LocalDate, CalendarDay> days) {
    List<Month> months = new ArrayList<>();
    int working = 0;
    int off = 0;
    int adjusted = 0;
    boolean provisional = false;
    boolean allProvisional = true;
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(year, m);
      List<List<Cell>> weeks = new ArrayList<>();
      List<Note> notes = new ArrayList<>();
      Cell[] week = new Cell[7];
      for (int d = 1; d <= month.lengthOfMonth(); d++) {
        CalendarDay day = days.apply(month.atDay(d));
        Cell cell = cell(day);
        working += day.workingDay() ? 1 : 0;
        off += day.holiday() != null ? 1 : 0;
        adjusted += day.adjustedWorkday() ? 1 : 0;
        provisional |= day.provisional();
        allProvisional &= day.provisional();
        int column = day.date().getDayOfWeek().getValue() - 1;
        week[column] = cell;
        if (cell.name() != null) {
          note(notes, cell);
        }
        if (day.date().getDayOfWeek() == DayOfWeek.SUNDAY || d == month.lengthOfMonth()) {
          weeks.add(Arrays.asList(week));
          week = new Cell[7];
        }
      }
      months.add(new Month(m, weeks, notes));
    }
    return new YearView(year, working, off, adjusted, provisional, allProvisional, months);
  }

  private static Cell cell(CalendarDay day) {
    String style;
    String name = null;
    if (day.holiday() != null) {
      style = "off";
      name = day.holiday();
    } else if (day.adjustedWorkday()) {
      style = "adjusted";
      name = day.adjustedFor();
    } else if (day.workingDay()) {
      style = "work";
    } else {
      style = "rest";
    }
    return new Cell(day.date(), style, name, day.provisional());
  }

  private static void note(List<Note> notes, Cell cell) {
    if (!notes.isEmpty()) {
      Note last = notes.get(notes.size() - 1);
      if (last.to().plusDays(1).equals(cell.date()) && Objects.equals(last.name(), cell.name())
          && last.style().equals(cell.style())) {
        notes.set(notes.size() - 1, new Note(last.from(), cell.date(), last.name(), last.style()));
        return;
      }
    }
    notes.add(new Note(cell.date(), cell.date(), cell.name(), cell.style()));
  }
}
