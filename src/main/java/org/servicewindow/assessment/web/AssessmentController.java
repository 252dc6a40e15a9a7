package org.servicewindow.assessment.web;

import java.util.List;
import java.util.UUID;
import org.servicewindow.assessment.PeriodKind;
import org.servicewindow.assessment.SubjectType;
import org.servicewindow.assessment.internal.AssessmentStore.PeriodRow;
import org.servicewindow.assessment.internal.AssessmentStore.ScoreRow;
import org.servicewindow.assessment.internal.Rankings;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Rankings and 红黑榜 in the reader's scope, and the drill-down from a score to its lines and records. */
@Controller
class AssessmentController {

  private final Rankings rankings;

  AssessmentController(Rankings rankings) {
    this.rankings = rankings;
  }

  @GetMapping("/assessment")
  String ranking(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) PeriodKind kind,
      @RequestParam(required = false) UUID period, @RequestParam(required = false) SubjectType type,
      @RequestParam(required = false) Integer page, @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    PeriodKind k = kind == null ? PeriodKind.MONTH : kind;
    SubjectType t = type == null ? SubjectType.WINDOW : type;
    List<PeriodRow> periods = rankings.periods(k);
    PeriodRow selected = period == null ? periods.stream().findFirst().orElse(null)
        : periods.stream().filter(p -> p.id().equals(period)).findFirst().orElse(periods.stream().findFirst().orElse(null));
    model.addAttribute("kind", k);
    model.addAttribute("kinds", PeriodKind.values());
    model.addAttribute("type", t);
    model.addAttribute("types", SubjectType.values());
    model.addAttribute("periods", periods);
    model.addAttribute("selected", selected);
    if (selected != null) {
      model.addAttribute("scores", rankings.ranking(actor, selected.id(), t, PageQuery.of(page, null)));
      model.addAttribute("red", rankings.board(actor, selected.id(), t, true));
      model.addAttribute("black", rankings.board(actor, selected.id(), t, false));
    }
    model.addAttribute("warningCount", rankings.warnings(actor).size());
    return htmx != null ? "assessment/ranking :: results" : "assessment/ranking";
  }

  @GetMapping("/assessment/warnings")
  String warnings(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("warnings", rankings.warnings(actor));
    return "assessment/warnings";
  }

  @GetMapping("/assessment/scores/{id}")
  String score(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    ScoreRow s = rankings.score(actor, id);
    model.addAttribute("score", s);
    model.addAttribute("period", rankings.period(s.periodId()));
    model.addAttribute("lines", rankings.lines(actor, id));
    return "assessment/score";
  }

  @GetMapping("/assessment/scores/{id}/lines/{line}")
  String line(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID line,
      @RequestParam(required = false) Integer page, Model model) {
    ScoreRow s = rankings.score(actor, id);
    model.addAttribute("score", s);
    model.addAttribute("period", rankings.period(s.periodId()));
    model.addAttribute("line", rankings.line(actor, id, line));
    model.addAttribute("records", rankings.evidence(actor, id, line, PageQuery.of(page, null)));
    return "assessment/line";
  }
}
