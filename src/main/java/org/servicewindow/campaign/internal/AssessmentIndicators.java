package org.servicewindow.campaign.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.servicewindow.assessment.AssessmentResults;
import org.servicewindow.campaign.CampaignIndicators;
import org.servicewindow.campaign.IndicatorFigure;
import org.springframework.stereotype.Component;

/**
 * Assessment results for the joint evaluation sheet: the unit's mean monthly score and its approved
 * 示范窗口 / 服务标兵, from assessment's published results. No scored month answers nothing (no invented figure).
 */
@Component
class AssessmentIndicators implements CampaignIndicators {

  private final AssessmentResults results;

  AssessmentIndicators(AssessmentResults results) {
    this.results = results;
  }

  @Override
  public List<IndicatorFigure> figures(String unitCode, LocalDate from, LocalDate to) {
    OptionalDouble mean = results.meanMonthlyScore(unitCode, from, to);
    if (mean.isEmpty()) {
      return List.of();
    }
    return List.of(
        new IndicatorFigure("campaign.indicator.assessmentScore", mean.getAsDouble(), "campaign.unit.points", true),
        new IndicatorFigure("campaign.indicator.honours", (double) results.approvedHonours(unitCode, from, to),
            "campaign.unit.items", true));
  }
}
