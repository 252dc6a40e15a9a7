package org.servicewindow.training;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A staff member's (or a unit's average) training figures for one year, as assessment scores them.
 *
 * @param requiredHours the study hours the unit's plan asks of each staff member (0 without a plan)
 * @param hours credited study hours (attended or made up)
 * @param hoursByTopic credited hours per topic
 * @param sessionsAttended sessions attended or made up
 * @param sessionsMissed sessions marked absent and not made up
 * @param averageQuizPercent mean score of submitted quizzes in percent, null when none was taken
 * @param bestContestRank best rank reached in a skill contest, null when none was taken
 * @param titles titles published in that year
 * @param staffCount how many staff the figures cover (1 for a person)
 */
public record TrainingIndicators(
    int year,
    int requiredHours,
    BigDecimal hours,
    Map<Topic, BigDecimal> hoursByTopic,
    int sessionsAttended,
    int sessionsMissed,
    BigDecimal averageQuizPercent,
    Integer bestContestRank,
    int titles,
    int staffCount) {

  public TrainingIndicators {
    hoursByTopic = Map.copyOf(hoursByTopic);
  }

  /** Whether the credited hours reach the required hours. */
  public boolean hoursMet() {
    return hours.compareTo(BigDecimal.valueOf(requiredHours)) >= 0;
  }
}
