package org.servicewindow.campaign.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.campaign.CampaignBoard;
import org.servicewindow.campaign.Campaigns;
import org.servicewindow.campaign.Campaigns.NewCampaign;
import org.servicewindow.campaign.Campaigns.PhaseDates;
import org.servicewindow.campaign.Phase;
import org.servicewindow.campaign.internal.PlanTemplate;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Campaign list, new campaign, copy as next year's template, the dashboard and the overdue board. */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

  /** The new-campaign form; tasks come from the plan template (宝政办函〔2020〕50号). */
  record CampaignForm(Integer year, String theme, String documentNumber, String leadUnit, LocalDate mobilizationFrom,
      LocalDate mobilizationTo, LocalDate actionFrom, LocalDate actionTo, LocalDate consolidationFrom,
      LocalDate consolidationTo, LocalDate evaluationFrom, LocalDate evaluationTo, LocalDate workPlanDue,
      LocalDate selfCheckDue, List<String> units) {

    /** The seed plan's dates, moved to the given year. */
    static CampaignForm forYear(int year, List<String> units) {
      return new CampaignForm(year, PlanTemplate.THEME, "", PlanTemplate.LEAD_UNIT, LocalDate.of(year, 6, 22),
          LocalDate.of(year, 6, 30), LocalDate.of(year, 7, 1), LocalDate.of(year, 9, 15), LocalDate.of(year, 9, 16),
          LocalDate.of(year, 11, 30), LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 31), LocalDate.of(year, 6, 30),
          LocalDate.of(year, 12, 10), units);
    }

    NewCampaign toCampaign() {
      return new NewCampaign(year == null ? 0 : year, theme, documentNumber, leadUnit, List.of(
          new PhaseDates(Phase.MOBILIZATION, mobilizationFrom, mobilizationTo),
          new PhaseDates(Phase.ACTION, actionFrom, actionTo),
          new PhaseDates(Phase.CONSOLIDATION, consolidationFrom, consolidationTo),
          new PhaseDates(Phase.EVALUATION, evaluationFrom, evaluationTo)), workPlanDue, selfCheckDue,
          units == null ? List.of() : units, PlanTemplate.tasks());
    }
  }

  private final Campaigns campaigns;
  private final CampaignBoard board;
  private final OrganizationApi organization;
  private final MessageSource messages;
  private final JsonMapper json;
  private final java.time.Clock clock;

  CampaignController(Campaigns campaigns, CampaignBoard board, OrganizationApi organization, MessageSource messages,
      JsonMapper json, java.time.Clock clock) {
    this.campaigns = campaigns;
    this.board = board;
    this.organization = organization;
    this.messages = messages;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping
  String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("campaigns", campaigns.list(PageQuery.of(page, 20)));
    model.addAttribute("lead", Campaigns.isLeadOffice(actor));
    model.addAttribute("nextYear", ChinaTime.today(clock).getYear() + 1);
    return "campaign/list";
  }

  @GetMapping("/new")
  String form(Model model) {
    int year = ChinaTime.today(clock).getYear();
    return form(model, CampaignForm.forYear(year, PlanTemplate.SEED_UNITS.stream()
        .filter(u -> organization.unit(u).isPresent()).toList()));
  }

  private String form(Model model, CampaignForm form) {
    model.addAttribute("form", form);
    model.addAttribute("units", PlanTemplate.inPlanOrder(organization.units(), u -> u.code()));
    model.addAttribute("tasks", PlanTemplate.tasks());
    return "campaign/form";
  }

  @PostMapping
  String create(@AuthenticationPrincipal Actor actor, @ModelAttribute CampaignForm form, Model model,
      RedirectAttributes redirect) {
    try {
      UUID id = campaigns.create(actor, form.toCampaign());
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("campaign.created"));
      return "redirect:/campaigns/" + id;
    } catch (DomainException e) {
      model.addAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      return form(model, form);
    }
  }

  @PostMapping("/{id}/copy")
  String copy(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer year,
      RedirectAttributes redirect) {
    try {
      UUID copy = campaigns.copy(actor, id, year == null ? 0 : year);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("campaign.copied", year));
      return "redirect:/campaigns/" + copy;
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      return "redirect:/campaigns";
    }
  }

  @GetMapping("/{id}")
  String dashboard(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, java.util.Locale locale) {
    CampaignBoard.Dashboard dashboard = board.dashboard(actor, id);
    model.addAttribute("d", dashboard);
    model.addAttribute("c", dashboard.campaign());
    model.addAttribute("comparison", board.comparison(actor, id));
    model.addAttribute("lead", Campaigns.isLeadOffice(actor));
    model.addAttribute("city", actor.scope().level() == org.servicewindow.identity.DataScope.Level.ALL);
    model.addAttribute("tasksByArea", tasksByArea(dashboard.campaign()));
    model.addAttribute("chartJson", json.writeValueAsString(chart(dashboard, locale)));
    return "campaign/dashboard";
  }

  @GetMapping("/{id}/overdue")
  String overdue(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer page,
      Model model) {
    model.addAttribute("c", campaigns.get(id));
    List<CampaignBoard.Overdue> all = board.overdue(actor, id);
    PageQuery q = PageQuery.of(page, 20);
    model.addAttribute("overdue", q.result(all.stream().skip(q.offset()).limit(q.size()).toList(), all.size()));
    model.addAttribute("defaulters", board.defaulters(actor, id));
    model.addAttribute("today", ChinaTime.today(clock));
    return "campaign/overdue";
  }

  private static Map<String, List<Campaigns.Task>> tasksByArea(Campaigns.CampaignDetail c) {
    Map<String, List<Campaigns.Task>> m = new LinkedHashMap<>();
    c.tasks().forEach(t -> m.computeIfAbsent(t.area().name(), k -> new ArrayList<>()).add(t));
    return m;
  }

  /** The progress chart: for each deliverable (work plan, each month, self-check) how many units are where. */
  private Map<String, Object> chart(CampaignBoard.Dashboard d, java.util.Locale locale) {
    List<String> labels = new ArrayList<>();
    List<Integer> onTime = new ArrayList<>();
    List<Integer> late = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    List<Integer> pending = new ArrayList<>();
    for (CampaignBoard.Column col : d.columns()) {
      // a month is enough on the axis (the table names the report in full)
      labels.add(col.kind() == org.servicewindow.campaign.DeliverableKind.PROGRESS_REPORT ? col.period()
          : ColumnLabels.label(messages, col.kind(), col.period(), locale));
      onTime.add(col.onTime());
      late.add(col.late());
      missing.add(col.missing());
      pending.add(col.pending());
    }
    return Map.of("labels", labels, "onTime", onTime, "late", late, "missing", missing, "pending", pending,
        "names", List.of(msg("campaign.timeliness.ON_TIME", locale), msg("campaign.timeliness.LATE", locale),
            msg("campaign.timeliness.MISSING", locale), msg("campaign.timeliness.PENDING", locale)));
  }

  private String msg(String key, java.util.Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
