package org.servicewindow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The organization module started on its own with only what it depends on (common, identity,
 * calendar): its demo city loads and its API answers; assigning services is announced as an event. A
 * context of its own, so it keeps a small connection pool and is closed after use; on H2 and PostgreSQL
 * like every integration test.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "common")
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=4")
@DirtiesContext
class OrganizationModuleIntegrationTests {

  @Autowired OrganizationApi organization;
  @Autowired Clock clock;

  @Test
  void theModuleRunsWithItsDependenciesAloneAndKnowsWhoServesWindowOne() {
    assertThat(organization.halls()).extracting(HallSummary::code).contains("BJZWFW", "BJSWDT", "BJHCZSP");
    assertThat(organization.responsibleStaffFor("BJZWFW-01", clock.instant()))
        .hasValueSatisfying(s -> assertThat(s.username()).isEqualTo("staff01"));
  }

  @Test
  void assigningServicesToAWindowPublishesWindowServicesChanged(Scenario scenario) {
    scenario.stimulate(() -> organization.assignServices("BJZWFW-09", List.of("610300-QY-001", "610300-QY-002")))
        .andWaitForEventOfType(WindowServicesChanged.class)
        .matching(e -> e.windowCode().equals("BJZWFW-09"))
        .toArriveAndVerify(e -> {
          assertThat(e.hallCode()).isEqualTo("BJZWFW");
          assertThat(e.serviceCodes()).containsExactly("610300-QY-001", "610300-QY-002");
        });
  }
}
