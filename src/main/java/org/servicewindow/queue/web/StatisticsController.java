package org.servicewindow.queue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.queue.QueueStatistics;
import org.servicewindow.queue.QueueStatistics.Figures;
import org.servicewindow.queue.QueueStatistics.Report;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queue statistics page: a hall and a range of days; charts (ECharts) with the table behind each, the
 * long tables paged, and the whole report as an Excel workbook streamed to the browser.
 */
@Controller
@RequestMapping("/queue/statistics")
class StatisticsController {

  private final QueueStatistics statistics;
  private final MessageSource messages;
  private final JsonMapper json;
  private final Clock clock;

  StatisticsController(QueueStatistics statistics, MessageSource messages, JsonMapper json, Clock clock) {
    this.statistics = statistics;
    this.messages = messages;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping
  String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String hall,
      @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String service, @RequestParam(required = false) Integer windowPage,
      @RequestParam(required = false) Integer staffPage, @RequestParam(required = false) Integer servicePage,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    List<HallSummary> halls = statistics.halls(actor);
    model.addAttribute("halls", halls);
    if (halls.isEmpty()) {
      return "queue/statistics";
    }
    QueueStatistics.Query query = query(halls, hall, from, to, service);
    Report report = statistics.report(actor, query);
    model.addAttribute("query", query);
    model.addAttribute("report", report);
    model.addAttribute("services", statistics.services(query.hallCode()));
    model.addAttribute("byWindow", page(report.byWindow(), windowPage));
    model.addAttribute("byStaff", page(report.byStaff(), staffPage));
    model.addAttribute("byService", page(report.byService(), servicePage));
    model.addAttribute("chartJson", json.writeValueAsString(charts(report)));
    return htmx != null ? "queue/statistics :: results" : "queue/statistics";
  }

  @GetMapping("/export")
  void export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String hall,
      @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String service, Locale locale, HttpServletResponse response) throws IOException {
    List<HallSummary> halls = statistics.halls(actor);
    if (halls.isEmpty()) {
      throw new org.servicewindow.common.NotFoundException("queue.hallNotFound", hall);
    }
    Report report = statistics.report(actor, query(halls, hall, from, to, service));
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"queue-statistics-" + report.query().hallCode() + "-"
        + report.query().from() + "-" + report.query().to() + ".xlsx\"");
    try (OutputStream out = response.getOutputStream()) {
      Workbook workbook = new Workbook(out, "Service Window", "1.0");
      summary(workbook.newWorksheet(msg("queue.stats.sheet.summary", locale)), report, locale);
      figures(workbook.newWorksheet(msg("queue.stats.byService", locale)), report.byService(), locale);
      figures(workbook.newWorksheet(msg("queue.stats.byWindow", locale)), report.byWindow(), locale);
      figures(workbook.newWorksheet(msg("queue.stats.byStaff", locale)), report.byStaff(), locale);
      figures(workbook.newWorksheet(msg("queue.stats.byHour", locale)), report.byHour(), locale);
      figures(workbook.newWorksheet(msg("queue.stats.byDay", locale)), report.byDay(), locale);
      workbook.finish();
    }
  }

  private QueueStatistics.Query query(List<HallSummary> halls, String hall, LocalDate from, LocalDate to, String service) {
    String code = halls.stream().map(HallSummary::code).filter(c -> c.equals(hall)).findFirst().orElse(halls.get(0).code());
    LocalDate end = to == null ? ChinaTime.today(clock) : to;
    LocalDate start = from == null ? end.minusDays(29) : from;
    return new QueueStatistics.Query(code, start, end, service == null || service.isBlank() ? null : service);
  }

  private static Paged<Figures> page(List<Figures> all, Integer page) {
    return org.servicewindow.queue.QueueAdministration.slice(all, PageQuery.of(page, 10));
  }

  /** What the charts draw (the tables show the same numbers). */
  private static java.util.Map<String, Object> charts(Report r) {
    return java.util.Map.of(
        "waitHistogram", r.waitingHistogram(),
        "serviceHistogram", r.serviceHistogram(),
        "hours", r.byHour().stream().map(f -> java.util.Map.of("label", f.label(), "visits", f.visits(),
            "wait", f.waiting().p50() == null ? 0 : f.waiting().p50())).toList(),
        "days", r.byDay().stream().map(f -> java.util.Map.of("label", f.label(), "visits", f.visits(),
            "served", f.served())).toList(),
        "services", r.byService().stream().limit(15).map(f -> java.util.Map.of("label", f.label(),
            "p50", f.waiting().p50() == null ? 0 : f.waiting().p50(), "p90", f.waiting().p90() == null ? 0 : f.waiting().p90()))
            .toList());
  }

  private void summary(Worksheet sheet, Report r, Locale locale) {
    Figures t = r.total();
    Object[][] rows = {
      {msg("queue.stats.hall", locale), r.hallName()},
      {msg("queue.stats.from", locale), r.query().from().toString()},
      {msg("queue.stats.to", locale), r.query().to().toString()},
      {msg("queue.stats.visits", locale), t.visits()},
      {msg("queue.stats.served", locale), t.served()},
      {msg("queue.stats.noShow", locale), t.noShow()},
      {msg("queue.stats.cancelled", locale), t.cancelled()},
      {msg("queue.stats.abandonment", locale), t.abandonmentPercent()},
      {msg("queue.stats.greenShare", locale), t.greenPercent()},
      {msg("queue.stats.waitP50", locale), t.waiting().p50()},
      {msg("queue.stats.waitP90", locale), t.waiting().p90()},
      {msg("queue.stats.serviceP50", locale), t.service().p50()},
      {msg("queue.stats.serviceP90", locale), t.service().p90()},
      {msg("queue.stats.appointmentsKept", locale), r.appointments().keptPercent()},
      {msg("queue.stats.estimateMae", locale), r.estimateError().meanAbsolute()},
      {msg("queue.stats.estimateMedian", locale), r.estimateError().medianSigned()},
      {msg("queue.stats.estimateWithin5", locale), r.estimateError().within5Percent()},
    };
    for (int i = 0; i < rows.length; i++) {
      sheet.value(i, 0, (String) rows[i][0]);
      cell(sheet, i, 1, rows[i][1]);
    }
    sheet.width(0, 28);
    sheet.width(1, 30);
  }

  private void figures(Worksheet sheet, List<Figures> list, Locale locale) {
    String[] head = {"queue.stats.group", "queue.stats.visits", "queue.stats.served", "queue.stats.noShow",
        "queue.stats.cancelled", "queue.stats.abandonment", "queue.stats.greenShare", "queue.stats.waitP50",
        "queue.stats.waitP90", "queue.stats.serviceP50", "queue.stats.serviceP90", "queue.stats.estimateMae"};
    for (int c = 0; c < head.length; c++) {
      sheet.value(0, c, msg(head[c], locale));
      sheet.style(0, c).bold().set();
    }
    int row = 1;
    for (Figures f : list) {
      Object[] values = {f.label(), f.visits(), f.served(), f.noShow(), f.cancelled(), f.abandonmentPercent(),
          f.greenPercent(), f.waiting().p50(), f.waiting().p90(), f.service().p50(), f.service().p90(),
          f.estimateMeanAbsoluteError()};
      for (int c = 0; c < values.length; c++) {
        cell(sheet, row, c, values[c]);
      }
      row++;
    }
    sheet.width(0, 24);
  }

  private static void cell(Worksheet sheet, int row, int col, Object value) {
    if (value instanceof Number n) {
      sheet.value(row, col, n);
    } else if (value != null) {
      sheet.value(row, col, value.toString());
    }
  }

  private String msg(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
