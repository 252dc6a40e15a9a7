package org.servicewindow.campaign.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.servicewindow.campaign.CampaignIndicators;
import org.servicewindow.campaign.IndicatorFigure;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.feedback.EvaluationStatistics;
import org.servicewindow.identity.DataScope;
import org.springframework.stereotype.Component;

/**
 * 好差评 figures for the joint evaluation sheet and the before/during comparison, from the feedback
 * module's published statistics: satisfaction rate, 差评 count and rate, and the ledger's overdue entries.
 * Ratings excluded by an upheld appeal are not counted (the statistics leave them out).
 */
@Component
class FeedbackIndicators implements CampaignIndicators {

  private final EvaluationStatistics statistics;
  private final Clock clock;

  FeedbackIndicators(EvaluationStatistics statistics, Clock clock) {
    this.statistics = statistics;
    this.clock = clock;
  }

  @Override
  public List<IndicatorFigure> figures(String unitCode, LocalDate from, LocalDate to) {
    DataScope scope = unitCode == null ? DataScope.ALL : DataScope.unit(unitCode);
    EvaluationStatistics.Summary summary = statistics.summary(scope, from, to, ChinaTime.today(clock));
    EvaluationStatistics.Figures all = summary.all();
    boolean rated = all.total() > 0;
    return List.of(
        new IndicatorFigure("campaign.indicator.satisfaction", rated ? all.satisfactionRate() : null, "campaign.unit.percent", true),
        new IndicatorFigure("campaign.indicator.negative", rated ? (double) all.negative() : null, "campaign.unit.items", false),
        new IndicatorFigure("campaign.indicator.negativeRate", rated ? all.negativeRate() : null, "campaign.unit.percent", false),
        new IndicatorFigure("campaign.indicator.ledgerOverdue", rated ? (double) summary.ledgerOverdue() : null,
            "campaign.unit.items", false));
  }
}
