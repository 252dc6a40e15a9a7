package org.servicewindow.campaign.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.servicewindow.campaign.CampaignIndicators;
import org.servicewindow.campaign.IndicatorFigure;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.queue.QueueStatistics;
import org.springframework.stereotype.Component;

/**
 * Queue figures: the queue's published statistics, summed over every hall the unit serves in (a unit's
 * windows and services, exactly as its own admin would see them). 好差评 figures come from
 * {@link FeedbackIndicators}; on-time cases and assessment scores will come from their modules' sources.
 */
@Component
class QueueIndicators implements CampaignIndicators {

  private final QueueStatistics statistics;

  QueueIndicators(QueueStatistics statistics) {
    this.statistics = statistics;
  }

  @Override
  public List<IndicatorFigure> figures(String unitCode, LocalDate from, LocalDate to) {
    Actor reader = unitCode == null
        ? new Actor(Actor.Kind.USER, "campaign", "campaign", Set.of(Role.INSPECTOR), null, null, null)
        : new Actor(Actor.Kind.USER, "campaign", "campaign", Set.of(Role.UNIT_ADMIN), unitCode, null, null);
    int visits = 0;
    int served = 0;
    int abandoned = 0;
    double waitSum = 0;
    int waitCount = 0;
    for (HallSummary hall : statistics.halls(reader)) {
      QueueStatistics.Figures t = statistics.report(reader, new QueueStatistics.Query(hall.code(), from, to, null)).total();
      visits += t.visits();
      served += t.served();
      abandoned += t.noShow() + t.cancelled();
      if (t.waiting().mean() != null) {
        waitSum += t.waiting().mean() * t.waiting().count();
        waitCount += t.waiting().count();
      }
    }
    return List.of(
        new IndicatorFigure("campaign.indicator.queueVisits", visits == 0 ? null : (double) visits, "campaign.unit.count", null),
        new IndicatorFigure("campaign.indicator.queueServed", visits == 0 ? null : (double) served, "campaign.unit.count", null),
        new IndicatorFigure("campaign.indicator.queueWaitMean",
            waitCount == 0 ? null : Math.round(waitSum / waitCount * 10) / 10.0, "campaign.unit.minutes", false),
        new IndicatorFigure("campaign.indicator.queueAbandonment",
            visits == 0 ? null : Math.round(1000.0 * abandoned / visits) / 10.0, "campaign.unit.percent", false));
  }
}
