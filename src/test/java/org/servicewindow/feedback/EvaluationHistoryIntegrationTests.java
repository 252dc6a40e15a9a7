package org.servicewindow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.identity.DataScope;
import org.springframework.beans.factory.annotation.Autowired;

/** The ratings of past days, streamed as the events told them, and the complaint counts. */
@IntegrationTest
class EvaluationHistoryIntegrationTests {

  @Autowired EvaluationHistory history;
  @Autowired java.time.Clock clock;

  @Test
  void streamsEveryRatingOfTheRangeInOrderAndCountsThem() {
    LocalDate today = ChinaTime.today(clock);
    LocalDate from = today.minusDays(120);
    List<EvaluationSubmitted> all = new ArrayList<>();
    history.evaluations(from, today, all::add);
    assertThat(all).hasSize((int) history.count(from, today));
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).ratedAt()).isAfterOrEqualTo(all.get(i - 1).ratedAt());
    }
    assertThat(all).allSatisfy(e -> {
      assertThat(e.level()).isBetween(1, 5);
      assertThat(e.negative()).isEqualTo(e.level() <= 2);
    });
    assertThat(history.openComplaints(DataScope.ALL)).isGreaterThanOrEqualTo(0);
    assertThat(history.openComplaints(DataScope.NONE)).isZero();
    assertThat(history.complaintsReceived(DataScope.NONE, from, today)).isZero();
  }
}
