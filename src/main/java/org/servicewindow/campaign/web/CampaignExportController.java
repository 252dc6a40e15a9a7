package org.servicewindow.campaign.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.servicewindow.campaign.CampaignBoard;
import org.servicewindow.campaign.Campaigns;
import org.servicewindow.campaign.Campaigns.Deliverable;
import org.servicewindow.campaign.JointEvaluation;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The whole campaign's records as an Excel workbook (fastexcel, as the queue statistics export) — phases,
 * tasks, every deliverable with its versions and reviews, results, honours, media — and a printable
 * summary report page (print CSS).
 */
@Controller
@RequestMapping("/campaigns/{id}")
class CampaignExportController {

  private final Campaigns campaigns;
  private final CampaignBoard board;
  private final JointEvaluation evaluation;
  private final MessageSource messages;
  private final java.time.Clock clock;

  CampaignExportController(Campaigns campaigns, CampaignBoard board, JointEvaluation evaluation,
      MessageSource messages, java.time.Clock clock) {
    this.campaigns = campaigns;
    this.board = board;
    this.evaluation = evaluation;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/report")
  String report(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    CampaignBoard.Dashboard d = board.dashboard(actor, id);
    model.addAttribute("d", d);
    model.addAttribute("c", d.campaign());
    model.addAttribute("results", evaluation.results(actor, id));
    model.addAttribute("honours", evaluation.honours(id));
    model.addAttribute("team", evaluation.team(id));
    model.addAttribute("media", evaluation.media(id, new PageQuery(0, PageQuery.MAX_SIZE)));
    model.addAttribute("defaulters", board.defaulters(actor, id));
    model.addAttribute("comparison", board.comparison(actor, id));
    model.addAttribute("printedOn", ChinaTime.today(clock));
    return "campaign/report";
  }

  @GetMapping("/export")
  void export(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Locale locale, HttpServletResponse response)
      throws IOException {
    Campaigns.CampaignDetail c = campaigns.get(id);
    List<Deliverable> deliverables = campaigns.deliverables(actor, id);
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"campaign-" + c.summary().year() + ".xlsx\"");
    try (OutputStream out = response.getOutputStream()) {
      Workbook wb = new Workbook(out, "Service Window", "1.0");
      Worksheet s = wb.newWorksheet(msg("campaign.export.sheet.campaign", locale));
      int r = 0;
      row(s, r++, msg("campaign.theme", locale), c.summary().theme());
      row(s, r++, msg("campaign.year", locale), c.summary().year());
      row(s, r++, msg("campaign.documentNumber", locale), c.summary().documentNumber());
      row(s, r++, msg("campaign.leadUnit", locale), c.summary().leadUnitName());
      for (Campaigns.PhaseDates p : c.phases()) {
        row(s, r++, msg("campaign.phase." + p.phase(), locale), p.startsOn() + " – " + p.endsOn());
      }
      r++;
      head(s, r++, msg("campaign.task.area", locale), msg("campaign.task.title", locale),
          msg("campaign.task.description", locale), msg("campaign.task.responsible", locale));
      for (Campaigns.Task t : c.tasks()) {
        row(s, r++, msg("campaign.area." + t.area(), locale), t.title(), t.description(), t.responsibleRole());
      }
      s.width(0, 18);
      s.width(1, 40);

      Worksheet ds = wb.newWorksheet(msg("campaign.export.sheet.submissions", locale));
      head(ds, 0, msg("campaign.unit", locale), msg("campaign.deliverable", locale), msg("campaign.dueOn", locale),
          msg("campaign.status", locale), msg("campaign.timeliness", locale), msg("campaign.version", locale),
          msg("campaign.submittedAt", locale), msg("campaign.submittedBy", locale), msg("campaign.review.decision", locale),
          msg("campaign.review.comment", locale), msg("campaign.body", locale), msg("campaign.attachments", locale));
      r = 1;
      for (Deliverable d : deliverables) {
        String unitName = campaigns.unit(d.unitCode()).name();
        String label = ColumnLabels.label(messages, d.kind(), d.period(), locale);
        List<Campaigns.Submission> subs = campaigns.submissions(actor, d.id());
        if (subs.isEmpty()) {
          row(ds, r++, unitName, label, d.dueOn().toString(), msg("campaign.status." + d.status(), locale),
              msg("campaign.timeliness." + d.timeliness(), locale));
        }
        for (Campaigns.Submission sub : subs) {
          row(ds, r++, unitName, label, d.dueOn().toString(), msg("campaign.status." + d.status(), locale),
              msg("campaign.timeliness." + d.timeliness(), locale), sub.version(),
              sub.submittedAt().atZone(ChinaTime.ZONE).toLocalDateTime().toString().replace('T', ' '),
              sub.submittedBy(), sub.decision() == null ? "" : msg("campaign.decision." + sub.decision(), locale),
              sub.reviewComment(), sub.body(),
              String.join(", ", sub.attachments().stream().map(Campaigns.AttachmentInfo::fileName).toList()));
        }
      }
      ds.width(0, 20);
      ds.width(1, 16);
      ds.width(10, 60);

      Worksheet rs = wb.newWorksheet(msg("campaign.export.sheet.results", locale));
      head(rs, 0, msg("campaign.unit", locale), msg("campaign.timeliness.ON_TIME", locale),
          msg("campaign.timeliness.LATE", locale), msg("campaign.timeliness.MISSING", locale),
          msg("campaign.evaluation.score", locale), msg("campaign.evaluation.grade", locale),
          msg("campaign.evaluation.findings", locale));
      r = 1;
      for (JointEvaluation.ResultRow row : evaluation.results(actor, id)) {
        var e = row.evaluation();
        row(rs, r++, row.unit().name(), row.reporting().onTime(), row.reporting().late(), row.reporting().missing(),
            e == null ? null : e.inspectionScore(), e == null ? "" : msg("campaign.grade." + e.grade(), locale),
            e == null ? "" : e.findings());
      }
      rs.width(0, 22);
      rs.width(6, 60);

      Worksheet hs = wb.newWorksheet(msg("campaign.export.sheet.honours", locale));
      head(hs, 0, msg("campaign.honour.kind", locale), msg("campaign.unit", locale), msg("campaign.honour.name", locale),
          msg("campaign.honour.reason", locale));
      r = 1;
      for (JointEvaluation.Honour h : evaluation.honours(id)) {
        row(hs, r++, msg("campaign.honourKind." + h.kind(), locale), h.unitName(), h.name(), h.reason());
      }
      Worksheet ms = wb.newWorksheet(msg("campaign.export.sheet.media", locale));
      head(ms, 0, msg("campaign.media.tone", locale), msg("campaign.media.date", locale), msg("campaign.media.outlet", locale),
          msg("campaign.media.title", locale), msg("campaign.unit", locale), msg("campaign.media.summary", locale));
      r = 1;
      for (JointEvaluation.MediaItem m : evaluation.media(id, new PageQuery(0, PageQuery.MAX_SIZE)).items()) {
        row(ms, r++, msg(m.positive() ? "campaign.media.positive" : "campaign.media.negative", locale),
            m.publishedOn().toString(), m.outlet(), m.title(), m.unitName(), m.summary());
      }
      wb.finish();
    }
  }

  private static void head(Worksheet s, int r, String... values) {
    for (int i = 0; i < values.length; i++) {
      s.value(r, i, values[i]);
      s.style(r, i).bold().set();
    }
  }

  private static void row(Worksheet s, int r, Object... values) {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v instanceof Number n) {
        s.value(r, i, n);
      } else if (v != null) {
        s.value(r, i, v.toString());
      }
    }
  }

  private String msg(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
