package org.servicewindow.calendar.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.servicewindow.calendar.internal.ArrangementAdministration;
import org.servicewindow.calendar.internal.ArrangementText;
import org.servicewindow.calendar.internal.ArrangementWindow;
import org.servicewindow.calendar.internal.Calendars;
import org.servicewindow.calendar.internal.DayEntry;
import org.servicewindow.calendar.internal.HolidayArrangements;
import org.servicewindow.calendar.internal.WorkingCalendar;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The holiday arrangements for the platform operator: a year's calendar, and entering next year's
 * arrangement from the State Council's notice — pasted or uploaded, previewed, then published.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2999;

  /** The arrangement as typed; the text is kept on every round trip, so nothing typed is ever lost. */
  record ArrangementForm(
      @NotNull @Min(FIRST_YEAR) @Max(LAST_YEAR) Integer year,
      @NotBlank @Size(max = 200) String source,
      @Size(max = 20_000) String text) {}

  private final Calendars calendars;
  private final HolidayArrangements arrangements;
  private final ArrangementAdministration administration;
  private final Clock clock;

  CalendarAdminController(Calendars calendars, HolidayArrangements arrangements,
      ArrangementAdministration administration, Clock clock) {
    this.calendars = calendars;
    this.arrangements = arrangements;
    this.administration = administration;
    this.clock = clock;
  }

  @GetMapping
  String year(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    int shown = year == null ? ChinaTime.today(clock).getYear() : Math.max(FIRST_YEAR, Math.min(LAST_YEAR, year));
    WorkingCalendar calendar = calendars.current();
    model.addAttribute("year", shown);
    model.addAttribute("view", YearView.of(shown, calendar::day));
    model.addAttribute("published", calendar.isPublished(shown));
    model.addAttribute("summary", arrangements.find(shown).orElse(null));
    model.addAttribute("arrangements", arrangements.list(PageQuery.of(page, 10)));
    return htmx != null ? "admin/calendar/year :: results" : "admin/calendar/year";
  }

  @GetMapping("/arrangements/new")
  String newForm(@RequestParam(required = false) Integer year, Model model) {
    int chosen = year == null ? firstUnpublishedYear() : year;
    var existing = arrangements.find(chosen);
    String text = existing.isPresent() ? ArrangementText.format(arrangements.daysOf(chosen)) : "";
    model.addAttribute("form", new ArrangementForm(chosen, existing.map(s -> s.source()).orElse(""), text));
    return form(model, chosen);
  }

  @PostMapping("/arrangements/preview")
  String preview(
      @Valid @ModelAttribute("form") ArrangementForm form,
      BindingResult errors,
      @RequestParam(required = false) MultipartFile file,
      Model model) throws IOException {
    if (file != null && !file.isEmpty()) {
      // the uploaded table becomes the text, so it can be corrected right here if it has problems
      form = new ArrangementForm(form.year(), form.source(), new String(file.getBytes(), StandardCharsets.UTF_8));
      model.addAttribute("form", form);
    }
    if (!errors.hasErrors()) {
      model.addAttribute("preview", preview(form));
    }
    return form(model, form.year());
  }

  @PostMapping("/arrangements")
  String publish(
      @Valid @ModelAttribute("form") ArrangementForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        administration.publish(form.year(), form.source(), form.text());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("calendar.published", String.valueOf(form.year())));
        return "redirect:/admin/calendar?year=" + form.year();
      } catch (DomainException e) {
        errors.reject(e.messageKey(), e.args(), e.messageKey());
        model.addAttribute("preview", preview(form));
      }
    }
    return form(model, form.year());
  }

  private PreviewModel preview(ArrangementForm form) {
    var preview = administration.preview(form.year(), form.text());
    YearView view = preview.calendar() == null ? null : YearView.of(form.year(), preview.calendar()::day);
    LocalDate january = LocalDate.of(form.year(), 1, 1);
    List<DayEntry> before = preview.parsed().days().stream().filter(d -> d.date().isBefore(january)).toList();
    return new PreviewModel(preview, view, before);
  }

  /**
   * A preview for the template.
   *
   * @param lastDecember days of the arrangement in the December before its year (not in its grid)
   */
  record PreviewModel(ArrangementAdministration.Preview preview, YearView view, List<DayEntry> lastDecember) {
    public boolean valid() {
      return preview.parsed().valid();
    }
  }

  private String form(Model model, Integer year) {
    int y = year == null ? firstUnpublishedYear() : year;
    model.addAttribute("windowFrom", ArrangementWindow.firstDay(y));
    model.addAttribute("windowTo", ArrangementWindow.lastDay(y));
    return "admin/calendar/form";
  }

  /** Usually next year: the one whose notice the State Council publishes in the last months of this one. */
  private int firstUnpublishedYear() {
    WorkingCalendar calendar = calendars.current();
    int year = ChinaTime.today(clock).getYear();
    while (calendar.isPublished(year)) {
      year++;
    }
    return year;
  }
}
