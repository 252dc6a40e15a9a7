package org.servicewindow.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.servicewindow.assessment.Indicator;
import org.servicewindow.assessment.PeriodKind;
import org.servicewindow.assessment.SubjectType;
import org.servicewindow.assessment.internal.AssessmentStore;
import org.servicewindow.assessment.internal.Rankings;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assessment read API (an addition to api.md): periods, a period's scores (paged), one score's lines, a line's
 * records (the drill-down) and the 红黑榜. Every answer lies inside the caller's scope as {@link Rankings} applies it
 * (unit admin → own unit, hall manager → own hall, inspector/leader → all; a staff member → their own scores only).
 */
@RestController
@RequestMapping(path = "/api/v1/assessment", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assessment")
class AssessmentApiController {

  record PeriodJson(UUID id, String kind, String key, LocalDate from, LocalDate to, int schemeVersion, String status,
      boolean frozen, OffsetDateTime computedAt) {}

  record ScoreJson(UUID id, UUID periodId, String subjectType, String code, String name, String unitCode,
      String hallCode, String windowCode, BigDecimal score, BigDecimal frozenScore, int rank, int rankedOf,
      boolean last, OffsetDateTime computedAt) {}

  record LineJson(UUID id, int lineNo, String kind, String indicator, BigDecimal raw, long records, String rule,
      String adjusts, BigDecimal points, OffsetDateTime recordedAt) {}

  record ScoreDetailJson(ScoreJson score, List<LineJson> lines) {}

  record RecordJson(String kind, String id, String label, BigDecimal value, OffsetDateTime at) {}

  record RankingsJson(UUID periodId, String subjectType, List<ScoreJson> red, List<ScoreJson> black) {}

  private final Rankings rankings;

  AssessmentApiController(Rankings rankings) {
    this.rankings = rankings;
  }

  @GetMapping("/periods")
  @Operation(summary = "Computed periods of a kind (MONTH, QUARTER, YEAR), latest first (at most 36)")
  List<PeriodJson> periods(@RequestParam(defaultValue = "MONTH") PeriodKind kind) {
    return rankings.periods(kind).stream().map(AssessmentApiController::period).toList();
  }

  @GetMapping("/periods/{id}/scores")
  @Operation(summary = "The scores of a period and subject type, best first, paged, inside the caller's scope")
  Paged<ScoreJson> scores(@PathVariable UUID id, @RequestParam(defaultValue = "WINDOW") SubjectType type,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @AuthenticationPrincipal Actor actor) {
    rankings.period(id);
    return rankings.ranking(actor, id, type, PageQuery.of(page, size)).map(AssessmentApiController::score);
  }

  @GetMapping("/periods/{id}/rankings")
  @Operation(summary = "红黑榜: the five best and five worst of a period and subject type inside the caller's scope")
  RankingsJson rankings(@PathVariable UUID id, @RequestParam(defaultValue = "WINDOW") SubjectType type,
      @AuthenticationPrincipal Actor actor) {
    rankings.period(id);
    return new RankingsJson(id, type.name(),
        rankings.board(actor, id, type, true).stream().map(AssessmentApiController::score).toList(),
        rankings.board(actor, id, type, false).stream().map(AssessmentApiController::score).toList());
  }

  @GetMapping("/scores/{id}")
  @Operation(summary = "One score with its lines (base, one per indicator, cap, adjustments); they add up to the score")
  ScoreDetailJson score(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
    ScoreJson score = score(rankings.score(actor, id));
    return new ScoreDetailJson(score, rankings.lines(actor, id).stream().map(AssessmentApiController::line).toList());
  }

  @GetMapping("/scores/{id}/lines/{line}/records")
  @Operation(summary = "The records behind one line of a score (the drill-down), paged")
  Paged<RecordJson> records(@PathVariable UUID id, @PathVariable UUID line,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @AuthenticationPrincipal Actor actor) {
    return rankings.evidence(actor, id, line, PageQuery.of(page, size))
        .map(r -> new RecordJson(r.recordKind(), r.recordId(), r.label(), r.value(), ChinaTime.toOffset(r.at())));
  }

  private static PeriodJson period(AssessmentStore.PeriodRow p) {
    return new PeriodJson(p.id(), p.kind().name(), p.key(), p.from(), p.to(), p.schemeVersion(), p.status(),
        p.frozen(), ChinaTime.toOffset(p.computedAt()));
  }

  private static ScoreJson score(AssessmentStore.ScoreRow s) {
    return new ScoreJson(s.id(), s.periodId(), s.type().name(), s.code(), s.name(), s.unitCode(), s.hallCode(),
        s.windowCode(), s.score(), s.frozenScore(), s.rank(), s.rankedOf(), s.last(), ChinaTime.toOffset(s.computedAt()));
  }

  private static LineJson line(AssessmentStore.LineRow l) {
    Indicator indicator = l.indicator();
    return new LineJson(l.id(), l.lineNo(), l.kind(), indicator == null ? null : indicator.name(), l.raw(), l.count(),
        l.rule(), l.adjusts(), l.points(), ChinaTime.toOffset(l.recordedAt()));
  }
}
