package org.servicewindow.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * A published extension point: a source of service figures (waiting time, 好差评 satisfaction, 差评 count,
 * on-time cases, assessment scores, inspection results…) for one unit over a range of days, shown on the
 * joint evaluation sheet and the dashboard's before/during comparison. Any module may declare a bean
 * implementing it; the campaign asks every bean and shows what they answer. A source that has no data
 * answers an empty list — the campaign never invents a figure.
 */
public interface CampaignIndicators {

  /**
   * The figures of a unit between two days inclusive.
   *
   * @param unitCode the unit, or null for every unit of the city together
   */
  List<IndicatorFigure> figures(String unitCode, LocalDate from, LocalDate to);
}
