package org.servicewindow.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.feedback.EvaluationStatistics;
import org.servicewindow.feedback.EvaluationStatistics.Dimension;
import org.servicewindow.feedback.EvaluationStatistics.Figures;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.queue.QueueManagement;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * 好差评 statistics inside the reader's scope (satisfaction rate, 差评 count and rate, per unit / hall /
 * window / staff / service / channel / month) with charts and an Excel export; and the public monthly
 * results per unit (publication of results, product.md).
 */
@Controller
class EvaluationStatisticsController {

  private final EvaluationStatistics statistics;
  private final OrganizationApi organization;
  private final MessageSource messages;
  private final JsonMapper json;
  private final Clock clock;

  EvaluationStatisticsController(EvaluationStatistics statistics, OrganizationApi organization, MessageSource messages,
      JsonMapper json, Clock clock) {
    this.statistics = statistics;
    this.organization = organization;
    this.messages = messages;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping("/feedback/statistics")
  String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "UNIT") Dimension by, Locale locale,
      Model model) {
    LocalDate end = to == null ? ChinaTime.today(clock) : to;
    LocalDate start = from == null ? end.minusDays(89) : from;
    DataScope scope = actor.scope();
    var summary = statistics.summary(scope, start, end, ChinaTime.today(clock));
    List<Figures> rows = statistics.by(by, scope, start, end);
    List<Figures> months = statistics.by(Dimension.MONTH, scope, start, end);
    Function<String, String> label = labeller(by, locale);
    model.addAttribute("from", start);
    model.addAttribute("to", end);
    model.addAttribute("by", by);
    model.addAttribute("dimensions", Dimension.values());
    model.addAttribute("summary", summary);
    model.addAttribute("rows", rows.stream().limit(50).toList());
    model.addAttribute("labels", rows.stream().limit(50).collect(LinkedHashMap::new,
        (m, f) -> m.put(f.key(), label.apply(f.key())), Map::putAll));
    model.addAttribute("chartJson", json.writeValueAsString(Map.of(
        "months", months.stream().map(f -> Map.of("label", f.key(), "total", f.total(), "rate", f.satisfactionRate(),
            "negative", f.negative())).toList(),
        "groups", rows.stream().limit(15).map(f -> Map.of("label", label.apply(f.key()), "rate", f.satisfactionRate(),
            "negative", f.negative())).toList())));
    return "feedback/statistics";
  }

  @GetMapping("/feedback/statistics/export")
  void export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to, Locale locale, HttpServletResponse response) throws IOException {
    LocalDate end = to == null ? ChinaTime.today(clock) : to;
    LocalDate start = from == null ? end.minusDays(89) : from;
    DataScope scope = actor.scope();
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"evaluations-" + start + "-" + end + ".xlsx\"");
    try (OutputStream out = response.getOutputStream()) {
      Workbook workbook = new Workbook(out, "Service Window", "1.0");
      for (Dimension d : Dimension.values()) {
        sheet(workbook.newWorksheet(msg("feedback.stats.by." + d, locale)), statistics.by(d, scope, start, end),
            labeller(d, locale), locale);
      }
      workbook.finish();
    }
  }

  @GetMapping("/public/evaluations")
  String publicResults(@RequestParam(required = false) String month, Locale locale, Model model) {
    java.time.YearMonth m;
    try {
      m = month == null ? java.time.YearMonth.from(ChinaTime.today(clock)) : java.time.YearMonth.parse(month);
    } catch (java.time.format.DateTimeParseException e) {
      m = java.time.YearMonth.from(ChinaTime.today(clock));
    }
    List<Figures> rows = statistics.by(Dimension.UNIT, DataScope.ALL, m.atDay(1), m.atEndOfMonth());
    model.addAttribute("month", m);
    model.addAttribute("previous", m.minusMonths(1));
    model.addAttribute("next", m.plusMonths(1).isAfter(java.time.YearMonth.from(ChinaTime.today(clock))) ? null : m.plusMonths(1));
    model.addAttribute("rows", rows);
    model.addAttribute("labels", rows.stream().collect(LinkedHashMap::new,
        (map, f) -> map.put(f.key(), labeller(Dimension.UNIT, locale).apply(f.key())), Map::putAll));
    model.addAttribute("total", statistics.summary(DataScope.ALL, m.atDay(1), m.atEndOfMonth(), ChinaTime.today(clock)));
    return "feedback/public-results";
  }

  private Function<String, String> labeller(Dimension d, Locale locale) {
    LedgerNames names = new LedgerNames(organization);
    return switch (d) {
      case UNIT -> names::unit;
      case HALL -> names::hall;
      case WINDOW -> code -> names.hall(organization.window(code).map(w -> w.hallCode()).orElse(null)) + " "
          + names.window(code);
      case STAFF -> names::staff;
      case CHANNEL -> code -> msg("feedback.channel." + code, locale);
      default -> Function.identity();
    };
  }

  private void sheet(Worksheet sheet, List<Figures> rows, Function<String, String> label, Locale locale) {
    String[] head = {"feedback.stats.group", "feedback.stats.total", "feedback.stats.satisfied",
        "feedback.stats.satisfactionRate", "feedback.stats.negative", "feedback.stats.negativeRate"};
    for (int c = 0; c < head.length; c++) {
      sheet.value(0, c, msg(head[c], locale));
      sheet.style(0, c).bold().set();
    }
    int r = 1;
    for (Figures f : rows) {
      sheet.value(r, 0, label.apply(f.key()));
      sheet.value(r, 1, f.total());
      sheet.value(r, 2, f.satisfied());
      sheet.value(r, 3, f.satisfactionRate());
      sheet.value(r, 4, f.negative());
      sheet.value(r, 5, f.negativeRate());
      r++;
    }
    sheet.width(0, 32);
  }

  private String msg(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
