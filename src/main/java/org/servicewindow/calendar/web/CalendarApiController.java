package org.servicewindow.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.servicewindow.calendar.CalendarDay;
import org.servicewindow.calendar.WorkingDays;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public working-day calendar of api.md ("Calendar"), for devices, mini-programs and other systems. */
@RestController
@RequestMapping(path = "/api/v1/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Calendar", description = """
    Working days per the official holiday arrangement (调休 included). Dates are YYYY-MM-DD, China time. \
    A date governed by an arrangement not published yet (a year whose notice is not entered, and 25-31 \
    December before the next year's notice) follows the weekday rule, and answers depending on it say \
    "provisional": true.""")
class CalendarApiController {

  /** The day as api.md defines it, plus {@code adjustedFor}: the holiday an adjusted workday belongs to. */
  record DayResponse(LocalDate date, boolean workingDay, String holiday, boolean adjustedWorkday,
      String adjustedFor, boolean provisional) {

    static DayResponse of(CalendarDay day) {
      return new DayResponse(day.date(), day.workingDay(), day.holiday(), day.adjustedWorkday(),
          day.adjustedFor(), day.provisional());
    }
  }

  record AddResponse(LocalDate date, boolean provisional) {}

  record CountResponse(int days, boolean provisional) {}

  /** Largest N accepted: some four centuries of working days, beyond any deadline. */
  static final int MAX_DAYS = 100_000;

  private final WorkingDays workingDays;

  CalendarApiController(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  @GetMapping("/days/{date}")
  @Operation(summary = "Whether a date is a working day, and why (holiday, adjusted workday)")
  DayResponse day(
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @SupportedDate
      @Parameter(description = "YYYY-MM-DD", example = "2026-10-01") LocalDate date) {
    return DayResponse.of(workingDays.day(date));
  }

  @GetMapping("/working-days/add")
  @Operation(summary = "The N-th working day after a date",
      description = "D itself never counts; N = 0 returns D if it is a working day, else the next working day.")
  AddResponse add(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @NotNull @SupportedDate
      @Parameter(description = "D, YYYY-MM-DD", example = "2026-09-30") LocalDate date,
      @RequestParam(required = false) @NotNull @Min(0) @Max(MAX_DAYS)
      @Parameter(description = "N ≥ 0", example = "1") Integer days) {
    var reached = workingDays.addWorkingDays(date, days);
    return new AddResponse(reached.date(), reached.provisional());
  }

  @GetMapping("/working-days/count")
  @Operation(summary = "The working days in (from, to]",
      description = "After from, up to and including to; 0 when to is not after from.")
  CountResponse count(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @NotNull @SupportedDate
      @Parameter(description = "A, YYYY-MM-DD", example = "2026-09-30") LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @NotNull @SupportedDate
      @Parameter(description = "B, YYYY-MM-DD", example = "2026-10-09") LocalDate to) {
    var count = workingDays.countWorkingDays(from, to);
    return new CountResponse(count.days(), count.provisional());
  }
}
