package org.servicewindow.dashboard.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.servicewindow.dashboard.internal.CockpitQueries.Slice;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.DataScope;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Excel exports of the cockpit: the lists of one view, streamed straight to the response; and the detail
 * rows behind a view (every day × window × service × staff row of the rollups), which can be hundreds of
 * thousands of rows, written in the background with its progress and the finished file kept in
 * {@code dash_job} so any node shows the progress bar and serves the download.
 */
@Component
public class CockpitExports {

  private final Cockpit cockpit;
  private final Jobs jobs;
  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final ExecutorService executor = Executors.newFixedThreadPool(1, r -> {
    Thread t = new Thread(r, "dashboard-export");
    t.setDaemon(true);
    return t;
  });

  CockpitExports(Cockpit cockpit, Jobs jobs, JdbcClient jdbc, MessageSource messages) {
    this.cockpit = cockpit;
    this.jobs = jobs;
    this.jdbc = jdbc;
    this.messages = messages;
  }

  /** The view's lists (groups, trend, hours, units) as one workbook, streamed. */
  public void lists(Cockpit.View view, Locale locale, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "Service Window", "1.0");
    Worksheet groups = wb.newWorksheet(msg("dashboard.export.sheet.groups", locale));
    header(groups, locale, msg("dashboard.group", locale));
    int r = 1;
    for (Cockpit.Child c : view.children()) {
      figures(groups, r++, c.figures().label() == null ? msg("dashboard.notAtWindow", locale) : c.figures().label(),
          c.figures());
    }
    figures(groups, r, msg("dashboard.total", locale), view.total());
    Worksheet trend = wb.newWorksheet(msg("dashboard.export.sheet.trend", locale));
    header(trend, locale, msg(view.monthly() ? "dashboard.month" : "dashboard.day", locale));
    r = 1;
    for (Figures f : view.trend()) {
      figures(trend, r++, f.key(), f);
    }
    Worksheet units = wb.newWorksheet(msg("dashboard.export.sheet.units", locale));
    header(units, locale, msg("dashboard.unit", locale));
    r = 1;
    for (Figures f : view.units()) {
      figures(units, r++, f.label(), f);
    }
    Worksheet hours = wb.newWorksheet(msg("dashboard.export.sheet.hours", locale));
    String[] hourHead = {msg("dashboard.hour", locale), msg("dashboard.issued", locale), msg("dashboard.called", locale),
        msg("dashboard.served", locale), msg("dashboard.avgWait", locale)};
    for (int i = 0; i < hourHead.length; i++) {
      hours.value(0, i, hourHead[i]);
      hours.style(0, i).bold().set();
    }
    r = 1;
    for (CockpitQueries.HourFigures h : view.hours()) {
      hours.value(r, 0, String.format("%02d:00", h.hour()));
      hours.value(r, 1, h.issued());
      hours.value(r, 2, h.called());
      hours.value(r, 3, h.served());
      hours.value(r, 4, h.averageWaitMinutes());
      r++;
    }
    wb.finish();
  }

  /** Starts the detail export of a view in the background; returns the job. */
  public UUID startDetail(Actor actor, Slice requested, LocalDate from, LocalDate to, Locale locale) {
    Slice slice = cockpit.check(actor, requested);
    DataScope scope = actor.scope();
    UUID id = jobs.create(Jobs.Kind.EXPORT, actor.username(), from + ".." + to + " " + describe(slice));
    executor.submit(() -> {
      try {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long rows = detail(scope, slice, from, to, locale, bytes, (done, total) ->
            jobs.progress(id, total == 0 ? 99 : (int) Math.min(99, 100 * done / total), done));
        jobs.done(id, "dashboard-" + from + "-" + to + ".xlsx", bytes.toByteArray(), String.valueOf(rows));
      } catch (RuntimeException | IOException e) {
        jobs.failed(id, e.getMessage());
      }
    });
    return id;
  }

  interface Progress {
    void at(long done, long total);
  }

  long detail(DataScope scope, Slice slice, LocalDate from, LocalDate to, Locale locale, OutputStream out,
      Progress progress) throws IOException {
    Map<String, Object> p = new HashMap<>(scope.params());
    p.put("from", from);
    p.put("to", to);
    StringBuilder where = new StringBuilder(" WHERE stat_day BETWEEN :from AND :to AND ")
        .append(scope.sql("unit_code", "hall_code", "window_code"));
    CockpitQueries.narrow(slice, where, p);
    long total = jdbc.sql("SELECT COUNT(*) FROM dash_day" + where).params(p).query(Long.class).single();
    Workbook wb = new Workbook(out, "Service Window", "1.0");
    Worksheet s = wb.newWorksheet(msg("dashboard.export.sheet.detail", locale));
    String[] head = {msg("dashboard.day", locale), msg("dashboard.unit", locale), msg("dashboard.hall", locale),
        msg("dashboard.window", locale), msg("dashboard.service", locale), msg("dashboard.staff", locale),
        msg("dashboard.issued", locale), msg("dashboard.served", locale), msg("dashboard.noShow", locale),
        msg("dashboard.avgWait", locale), msg("dashboard.evaluations", locale), msg("dashboard.negative", locale),
        msg("dashboard.appsCompleted", locale), msg("dashboard.appsOnTime", locale), msg("dashboard.appsOverdue", locale)};
    for (int i = 0; i < head.length; i++) {
      s.value(0, i, head[i]);
      s.style(0, i).bold().set();
    }
    long[] row = {0};
    try (var rows = jdbc.sql("SELECT * FROM dash_day" + where
            + " ORDER BY stat_day, unit_code, hall_code, window_code, service_code, staff_username")
        .params(p).query((rs, n) -> new Object[] {rs.getObject("stat_day", LocalDate.class).toString(),
            rs.getString("unit_code"), rs.getString("hall_code"), rs.getString("window_code"),
            rs.getString("service_code"), rs.getString("staff_username"), rs.getLong("issued"), rs.getLong("served"),
            rs.getLong("no_show"), rs.getLong("wait_count") == 0 ? null
                : Math.round(rs.getLong("wait_seconds") / 6.0 / rs.getLong("wait_count")) / 10.0,
            rs.getLong("eval_1") + rs.getLong("eval_2") + rs.getLong("eval_3") + rs.getLong("eval_4")
                + rs.getLong("eval_5"), rs.getLong("eval_1") + rs.getLong("eval_2"), rs.getLong("apps_completed"),
            rs.getLong("apps_on_time"), rs.getLong("apps_overdue")}).stream()) {
      rows.forEach(values -> {
        int r = (int) ++row[0];
        for (int i = 0; i < values.length; i++) {
          Object v = values[i];
          if (v instanceof Number n) {
            s.value(r, i, n);
          } else if (v != null) {
            s.value(r, i, v.toString());
          }
        }
        if (r % 5000 == 0) {
          try {
            s.flush();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          progress.at(r, total);
        }
      });
    }
    wb.finish();
    return row[0];
  }

  private static String describe(Slice s) {
    Function<String, String> v = x -> x == null ? "*" : x;
    return v.apply(s.unit()) + "/" + v.apply(s.hall()) + "/" + v.apply(s.window()) + "/" + v.apply(s.staff());
  }

  private void header(Worksheet s, Locale locale, String first) {
    List<String> head = List.of(first, msg("dashboard.issued", locale), msg("dashboard.served", locale),
        msg("dashboard.noShow", locale), msg("dashboard.avgWait", locale), msg("dashboard.p90Wait", locale),
        msg("dashboard.avgService", locale), msg("dashboard.evaluations", locale),
        msg("dashboard.satisfaction", locale), msg("dashboard.negative", locale),
        msg("dashboard.appsCompleted", locale), msg("dashboard.appsOnTime", locale),
        msg("dashboard.appsOverdue", locale), msg("dashboard.appsAccepted", locale));
    for (int i = 0; i < head.size(); i++) {
      s.value(0, i, head.get(i));
      s.style(0, i).bold().set();
    }
    s.width(0, 24);
  }

  private static void figures(Worksheet s, int r, String label, Figures f) {
    s.value(r, 0, label);
    s.value(r, 1, f.issued());
    s.value(r, 2, f.served());
    s.value(r, 3, f.noShow());
    s.value(r, 4, f.averageWaitMinutes());
    s.value(r, 5, f.p90WaitMinutes());
    s.value(r, 6, f.averageServiceMinutes());
    s.value(r, 7, f.evaluationTotal());
    s.value(r, 8, f.satisfactionRate());
    s.value(r, 9, f.negative());
    s.value(r, 10, f.appsCompleted());
    s.value(r, 11, f.appsOnTime());
    s.value(r, 12, f.appsOverdue());
    s.value(r, 13, f.appsAccepted());
  }

  private String msg(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
