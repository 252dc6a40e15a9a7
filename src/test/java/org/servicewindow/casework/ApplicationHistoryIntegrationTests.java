package org.servicewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.common.ChinaTime;
import org.springframework.beans.factory.annotation.Autowired;

/** Completions and overdue applications of past days, as casework's events told them. */
@IntegrationTest
class ApplicationHistoryIntegrationTests {

  @Autowired ApplicationHistory history;
  @Autowired java.time.Clock clock;

  @Test
  void streamsCompletionsAndOverdueApplicationsOfTheRange() {
    LocalDate today = ChinaTime.today(clock);
    LocalDate from = today.minusDays(120);
    List<ApplicationCompleted> completed = new ArrayList<>();
    history.completed(from, today, completed::add);
    assertThat(completed).allSatisfy(c -> {
      assertThat(c.completedAt()).isNotNull();
      assertThat(c.onTime()).isEqualTo(c.promisedDueDate() == null
          || !c.completedAt().atZone(ChinaTime.ZONE).toLocalDate().isAfter(c.promisedDueDate()));
    });
    List<ApplicationOverdue> overdue = new ArrayList<>();
    history.overdue(from, today, today, overdue::add);
    assertThat(overdue).allSatisfy(o -> assertThat(o.promisedDueDate()).isBefore(today));
    assertThat(history.count(from, today)).isGreaterThanOrEqualTo(0);
  }
}
