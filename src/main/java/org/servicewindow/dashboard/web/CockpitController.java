package org.servicewindow.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.dashboard.internal.Cockpit;
import org.servicewindow.dashboard.internal.CockpitExports;
import org.servicewindow.dashboard.internal.CockpitQueries.Slice;
import org.servicewindow.dashboard.internal.Figures;
import org.servicewindow.dashboard.internal.Jobs;
import org.servicewindow.dashboard.internal.MonthlyReport;
import org.servicewindow.identity.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.servicewindow.common.Flash;
import tools.jackson.databind.json.JsonMapper;

/** The cockpit page, its Excel export, the monthly PDF report and the background detail exports. */
@Controller
class CockpitController {

  private final Cockpit cockpit;
  private final CockpitExports exports;
  private final MonthlyReport report;
  private final Jobs jobs;
  private final JsonMapper json;

  CockpitController(Cockpit cockpit, CockpitExports exports, MonthlyReport report, Jobs jobs, JsonMapper json) {
    this.cockpit = cockpit;
    this.exports = exports;
    this.report = report;
    this.jobs = jobs;
    this.json = json;
  }

  @GetMapping("/dashboard")
  String cockpit(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String hall, @RequestParam(required = false) String window,
      @RequestParam(required = false) String staff,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) Integer page, Model model) {
    Cockpit.View view = cockpit.view(actor, new Slice(unit, hall, window, staff), from, to);
    PageQuery pq = PageQuery.of(page, 20);
    List<Cockpit.Child> children = view.children();
    int start = (int) Math.min(pq.offset(), children.size());
    Paged<Cockpit.Child> paged = pq.result(children.subList(start, Math.min(children.size(), start + pq.size())),
        children.size());
    model.addAttribute("view", view);
    model.addAttribute("children", paged);
    model.addAttribute("sliceQuery", sliceQuery(view.slice()));
    model.addAttribute("query", sliceQuery(view.slice()) + "from=" + view.from() + "&to=" + view.to() + "&");
    model.addAttribute("chartJson", chartJson(view));
    return "dashboard/cockpit";
  }

  @GetMapping("/dashboard/export")
  void export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String hall, @RequestParam(required = false) String window,
      @RequestParam(required = false) String staff,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
      HttpServletResponse response) throws IOException {
    Cockpit.View view = cockpit.view(actor, new Slice(unit, hall, window, staff), from, to);
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        "attachment; filename=\"cockpit-" + view.from() + "-" + view.to() + ".xlsx\"");
    try (OutputStream out = response.getOutputStream()) {
      exports.lists(view, locale, out);
    }
  }

  @GetMapping("/dashboard/report")
  void report(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String hall, @RequestParam(required = false) String month, Locale locale,
      HttpServletResponse response) throws IOException {
    YearMonth m;
    try {
      m = month == null || month.isBlank() ? null : YearMonth.parse(month);
    } catch (java.time.format.DateTimeParseException e) {
      throw new org.servicewindow.common.BusinessRuleException("dashboard.badMonth");
    }
    Slice slice = cockpit.check(actor, new Slice(unit, hall, null, null));
    java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
    report.write(actor, slice, m, locale, pdf);
    response.setContentType("application/pdf");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"report-" + (m == null ? "current" : m)
        + ".pdf\"");
    response.getOutputStream().write(pdf.toByteArray());
  }

  @PostMapping("/dashboard/exports")
  String startExport(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String hall, @RequestParam(required = false) String window,
      @RequestParam(required = false) String staff,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
      RedirectAttributes redirect) {
    Cockpit.View view = cockpit.view(actor, new Slice(unit, hall, window, staff), from, to);
    UUID id = exports.startDetail(actor, view.slice(), view.from(), view.to(), locale);
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("dashboard.export.started"));
    return "redirect:/dashboard/exports/" + id;
  }

  @GetMapping("/dashboard/exports")
  String exportList(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("jobs", jobs.latest(Jobs.Kind.EXPORT, actor.username(), 20));
    return "dashboard/exports";
  }

  @GetMapping("/dashboard/exports/{id}")
  String exportJob(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    model.addAttribute("job", own(actor, id));
    return htmx != null ? "dashboard/export-job :: progress" : "dashboard/export-job";
  }

  @GetMapping("/dashboard/exports/{id}/download")
  ResponseEntity<byte[]> download(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
    Jobs.Job job = own(actor, id);
    byte[] content = jobs.content(id).orElseThrow(() -> new NotFoundException("dashboard.notFound"));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + job.fileName() + "\"")
        .body(content);
  }

  private Jobs.Job own(Actor actor, UUID id) {
    return jobs.find(id).filter(j -> j.kind() == Jobs.Kind.EXPORT && j.requestedBy().equals(actor.username()))
        .orElseThrow(() -> new NotFoundException("dashboard.notFound"));
  }

  static String sliceQuery(Slice s) {
    StringBuilder q = new StringBuilder();
    if (s.unit() != null) {
      q.append("unit=").append(enc(s.unit())).append('&');
    }
    if (s.hall() != null) {
      q.append("hall=").append(enc(s.hall())).append('&');
    }
    if (s.window() != null) {
      q.append("window=").append(enc(s.window())).append('&');
    }
    if (s.staff() != null) {
      q.append("staff=").append(enc(s.staff())).append('&');
    }
    return q.toString();
  }

  private static String enc(String v) {
    return java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8);
  }

  private String chartJson(Cockpit.View view) {
    Map<String, Object> data = new LinkedHashMap<>();
    List<Map<String, Object>> trend = new ArrayList<>();
    for (Figures f : view.trend()) {
      String label = view.monthly() ? f.key().substring(0, 4) + "-" + f.key().substring(4) : f.key();
      trend.add(point(label, f));
    }
    data.put("trend", trend);
    List<Map<String, Object>> children = new ArrayList<>();
    for (Cockpit.Child c : view.children()) {
      if (c.figures().label() != null) {
        children.add(point(c.figures().label(), c.figures()));
      }
    }
    data.put("children", children.subList(0, Math.min(15, children.size())));
    List<Map<String, Object>> units = new ArrayList<>();
    view.units().forEach(f -> units.add(point(f.label(), f)));
    data.put("units", units);
    List<Map<String, Object>> hours = new ArrayList<>();
    view.hours().forEach(h -> hours.add(Map.of("label", String.format("%02d:00", h.hour()), "issued", h.issued(),
        "called", h.called(), "wait", h.averageWaitMinutes() == null ? 0 : h.averageWaitMinutes())));
    data.put("hours", hours);
    List<Map<String, Object>> halls = new ArrayList<>();
    view.halls().forEach(h -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", h.name());
      m.put("issued", h.issued());
      m.put("satisfaction", h.satisfaction());
      m.put("wait", h.averageWait());
      m.put("href", "/dashboard?" + h.query());
      halls.add(m);
    });
    data.put("halls", halls);
    List<Map<String, Object>> today = new ArrayList<>();
    view.today().hours().forEach(h -> today.add(Map.of("label", String.format("%02d:00", h.hour()), "called",
        h.called(), "completed", h.completed())));
    data.put("today", today);
    try {
      return json.writeValueAsString(data);
    } catch (RuntimeException e) {
      return "{}";
    }
  }

  private static Map<String, Object> point(String label, Figures f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("label", label);
    m.put("issued", f.issued());
    m.put("served", f.served());
    m.put("wait", f.averageWaitMinutes());
    m.put("p90", f.p90WaitMinutes());
    m.put("satisfaction", f.satisfactionRate());
    m.put("negative", f.negative());
    return m;
  }
}
