package org.servicewindow.dashboard.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.dashboard.internal.CockpitQueries.Slice;
import org.servicewindow.identity.Actor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The monthly report as PDF: the cockpit's month at the actor's level, with bars drawn in HTML/CSS and the
 * embedded Noto Sans SC subset (OFL; see tools/cjk-font-subset.py) so Chinese renders on a bare server.
 */
@Component
public class MonthlyReport {

  static final String FONT = "fonts/NotoSansSC-GB2312.ttf";

  private final Cockpit cockpit;
  private final ITemplateEngine templates;
  private final Clock clock;

  MonthlyReport(Cockpit cockpit, ITemplateEngine templates, Clock clock) {
    this.cockpit = cockpit;
    this.templates = templates;
    this.clock = clock;
  }

  public void write(Actor actor, Slice slice, YearMonth month, Locale locale, OutputStream out) throws IOException {
    YearMonth current = YearMonth.from(ChinaTime.today(clock));
    YearMonth shown = month == null ? current : month;
    var to = shown.equals(current) ? ChinaTime.today(clock) : shown.atEndOfMonth();
    Cockpit.View view = cockpit.view(actor, slice, shown.atDay(1), to);
    Context context = new Context(locale);
    context.setVariable("view", view);
    context.setVariable("month", shown);
    context.setVariable("generatedAt", ChinaTime.toOffset(clock.instant()));
    long maxIssued = 1;
    for (Cockpit.Child c : view.children()) {
      maxIssued = Math.max(maxIssued, c.figures().issued());
    }
    long maxDay = 1;
    for (Figures f : view.trend()) {
      maxDay = Math.max(maxDay, f.issued());
    }
    context.setVariable("maxIssued", maxIssued);
    context.setVariable("maxDay", maxDay);
    String html = templates.process("dashboard/report-pdf", context);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useFont(() -> {
      try {
        return new ClassPathResource(FONT).getInputStream();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, "Noto Sans SC");
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    builder.run();
  }
}
