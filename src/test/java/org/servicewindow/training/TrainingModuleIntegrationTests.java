package org.servicewindow.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The training module started with only the modules it depends on: its demo year loads on top of the demo
 * city, and its API gives assessment a staff member's and a unit's indicators. A context of its own with a
 * small pool, closed after use; on H2 and PostgreSQL like every integration test.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "common")
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=4", "sw.notification.poll-enabled=false"})
@DirtiesContext
class TrainingModuleIntegrationTests {

  @Autowired TrainingApi training;
  @Autowired OrganizationApi organization;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void theDemoYearLoadsAndTheIndicatorsAnswerForAPersonAndAUnit() {
    int year = ChinaTime.today(clock).minusDays(75).getYear(); // the year of staff01's demo title, with sessions before today
    UUID staff01 = organization.staffOfUser("staff01").orElseThrow().id();
    TrainingIndicators mine = training.indicatorsOfStaff(staff01, year);
    assertThat(mine.requiredHours()).isEqualTo(30);
    assertThat(mine.sessionsAttended()).isPositive();
    assertThat(mine.hoursByTopic()).isNotEmpty();
    assertThat(mine.titles()).isEqualTo(1);

    TrainingIndicators unit = training.indicatorsOfUnit("BJXZSPJ", year);
    assertThat(unit.staffCount()).isGreaterThan(1);
    assertThat(unit.hours()).isPositive();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM training_quiz WHERE kind = 'CONTEST' AND open_to_all").query(Long.class)
        .single()).isEqualTo(2);
  }
}
