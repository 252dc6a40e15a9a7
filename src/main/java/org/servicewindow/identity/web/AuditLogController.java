package org.servicewindow.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.internal.AuditLogQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log: searchable, paged, exported as CSV — each reader sees only their scope. */
@Controller
@RequestMapping("/admin/audit")
class AuditLogController {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final AuditLogQueries queries;

  AuditLogController(AuditLogQueries queries) {
    this.queries = queries;
  }

  /** The filter of the list and the export, bound from query parameters. */
  record Filter(
      String actorQuery,
      String action,
      String target,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    AuditLogQueries.Criteria criteria() {
      return new AuditLogQueries.Criteria(actorQuery, action, target, from, to);
    }
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal Actor actor,
      Filter filter,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("criteria", filter.criteria());
    model.addAttribute("entries", queries.search(filter.criteria(), actor.scope(), PageQuery.of(page, 50)));
    return htmx != null ? "admin/audit/list :: results" : "admin/audit/list";
  }

  @GetMapping("/export.csv")
  void export(@AuthenticationPrincipal Actor actor, Filter filter, HttpServletResponse response) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    out.write('\ufeff'); // lets Excel detect UTF-8, so Chinese names survive
    out.println("id,time,actor,unit,hall,address,action,target_type,target_id,method,path,status,before,after");
    queries.forEach(filter.criteria(), actor.scope(), e -> out.println(String.join(",",
        Long.toString(e.id()), TIME.format(e.occurredAt().atZone(ChinaTime.ZONE)), csv(e.actor()), csv(e.actorUnit()),
        csv(e.actorHall()), csv(e.remoteAddr()), csv(e.action()), csv(e.targetType()), csv(e.targetId()),
        csv(e.httpMethod()), csv(e.path()), e.status() == null ? "" : e.status().toString(), csv(e.before()),
        csv(e.after()))));
    out.flush();
  }

  /** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula. */
  static String csv(String value) {
    if (value == null) {
      return "";
    }
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
