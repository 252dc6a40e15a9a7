package org.servicewindow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo shows everything the module does: cases of two units in every step, major decisions reviewed
 * and waiting, decisions published, published late, overdue and withdrawn — and every demo record intact.
 */
@IntegrationTest
class EnforcementDemoDataIntegrationTests {

  @Autowired Enforcement enforcement;
  @Autowired EnforcementPublication publication;
  @Autowired JdbcClient jdbc;

  private long count(String where) {
    return jdbc.sql("SELECT COUNT(*) FROM enf_case c WHERE " + where).query(Long.class).single();
  }

  @Test
  void everyStepAndEveryPublicationStateIsThere() {
    Actor inspector = new Actor(Actor.Kind.USER, "inspector", "inspector", java.util.Set.of(Role.INSPECTOR), null, null, null);
    assertThat(enforcement.cases(inspector, null, null, null, PageQuery.of(0, 1)).total()).isGreaterThanOrEqualTo(100);
    for (CaseStep step : CaseStep.values()) {
      assertThat(count("c.step = '" + step + "' AND c.unit_code IN ('BJCGZFJ', 'BJSCJGJ')")).as(step.name()).isPositive();
    }
    assertThat(enforcement.cases(inspector, null, null, "BJSCJGJ", PageQuery.of(0, 200)).items())
        .isNotEmpty().allMatch(c -> c.unitCode().equals("BJSCJGJ"));
    assertThat(count("c.review_status = 'PASSED'")).isGreaterThanOrEqualTo(2);
    assertThat(count("c.step = 'LEGAL_REVIEW' AND c.review_status = 'PENDING'")).isPositive();
    assertThat(count("c.revoked = TRUE")).isPositive();
    java.time.LocalDate today = publication.today();
    List<Publication> all = jdbc.sql("SELECT * FROM enf_publication").query(EnforcementPublication::publication).list();
    assertThat(all).extracting(p -> p.status(today)).contains(Publication.Status.PUBLISHED,
        Publication.Status.PUBLISHED_LATE, Publication.Status.OVERDUE, Publication.Status.WITHDRAWN);
    assertThat(publication.discretionTable("BJCGZFJ")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(publication.disclosures("BJSCJGJ")).extracting(Disclosure::category).contains(DisclosureCategory.REMEDY);

    // The demo's cases were filed weeks ago (other tests file theirs now, and tamper with some on purpose).
    List<UUID> ids = jdbc.sql("SELECT id FROM enf_case WHERE created_at < :cutoff")
        .param("cutoff", org.servicewindow.common.SqlTime.param(java.time.Instant.now().minus(java.time.Duration.ofDays(10))))
        .query(UUID.class).list();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(100);
    for (UUID id : ids) {
      assertThat(enforcement.verify(inspector, id).intact()).as(id.toString()).isTrue();
    }
  }
}
