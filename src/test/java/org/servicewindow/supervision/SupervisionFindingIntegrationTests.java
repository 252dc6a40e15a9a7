package org.servicewindow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.casework.ApplicationOverdue;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.PageQuery;
import org.servicewindow.feedback.EvaluationChannel;
import org.servicewindow.feedback.EvaluationSubmitted;
import org.servicewindow.feedback.SubjectKind;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.TicketClosedUnserved;
import org.servicewindow.queue.TicketStatus;
import org.servicewindow.supervision.internal.Finding;
import org.servicewindow.supervision.internal.FindingKind;
import org.servicewindow.supervision.internal.Findings;
import org.servicewindow.supervision.internal.RectificationOrder;
import org.servicewindow.supervision.internal.Supervision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Findings from the events of casework, feedback and queue: each lists the records behind it and is raised once;
 * an order issued from one to a staff member escalates to the unit's leader when overdue, once.
 */
@IntegrationTest
class SupervisionFindingIntegrationTests {

  private static final String UNIT = "BJXZSPJ";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired TestClock clock;
  @Autowired Findings findings;
  @Autowired Supervision supervision;
  @Autowired OrganizationApi organization;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.context.ApplicationContext context;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private WindowSummary window() {
    return organization.halls().stream().flatMap(h -> organization.windowsOf(h.code()).stream())
        .filter(w -> UNIT.equals(w.unitCode())).findFirst().orElseThrow();
  }

  private void publish(Object... all) {
    transactions.executeWithoutResult(s -> {
      for (Object e : all) {
        events.publishEvent(e);
      }
    });
  }

  private void awaitSignals(String column, String value, int count) {
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
            "SELECT COUNT(*) FROM supervision_signal WHERE " + column + " = :v").param("v", value)
        .query(Long.class).single() >= count);
  }

  private List<Finding> findingsFor(Actor actor, FindingKind kind, String subjectPart) {
    return findings.findings(actor, kind, PageQuery.of(0, 200)).items().stream()
        .filter(f -> f.subject() != null && f.subject().contains(subjectPart)).toList();
  }

  private EvaluationSubmitted negative(WindowSummary w, String staff) {
    return new EvaluationSubmitted(UUID.randomUUID(), SubjectKind.values()[0], UUID.randomUUID(), 1, true,
        EvaluationChannel.EVALUATOR, UNIT, w.hallCode(), w.code(), staff, "S1", clock.instant());
  }

  /** A cluster reads with the staff member's name, as people know them, not their login. */
  @Test
  void aClusterOfAKnownStaffMemberIsNamedByTheirName() {
    var hall = new org.servicewindow.queue.QueueFixture(context).hall(1, "综合受理");
    WindowSummary w = organization.window(hall.window(1)).orElseThrow();
    String login = hall.staff(1);
    String name = organization.staffOfUser(login).map(StaffSummary::name).orElseThrow();
    publish(negative(w, login), negative(w, login), negative(w, login));
    awaitSignals("staff_username", login, 3);
    findings.detect("test");
    assertThat(findings.findings(accounts.actor("inspector"), FindingKind.NEGATIVE_CLUSTER, PageQuery.of(0, 500))
        .items()).anySatisfy(f -> {
          assertThat(f.subject()).isEqualTo(name);
          assertThat(f.staffUsername()).isEqualTo(login);
        });
  }

  @Test
  void threeNegativeRatingsForOneStaffMemberAreOneFindingRaisedOnce() throws Exception {
    WindowSummary w = window();
    String staff = "staff-" + UUID.randomUUID().toString().substring(0, 8);
    publish(negative(w, staff), negative(w, staff));
    awaitSignals("staff_username", staff, 2);
    Actor inspector = accounts.actor("inspector");
    mvc.perform(post("/supervision/findings/detect").with(as(inspector)).with(csrf())).andExpect(status().is3xxRedirection());
    assertThat(findingsFor(inspector, FindingKind.NEGATIVE_CLUSTER, staff)).as("two are not a cluster").isEmpty();

    publish(negative(w, staff));
    awaitSignals("staff_username", staff, 3);
    mvc.perform(post("/supervision/findings/detect").with(as(inspector)).with(csrf())).andExpect(status().is3xxRedirection());
    mvc.perform(post("/supervision/findings/detect").with(as(inspector)).with(csrf())).andExpect(status().is3xxRedirection());
    List<Finding> raised = findingsFor(inspector, FindingKind.NEGATIVE_CLUSTER, staff);
    assertThat(raised).singleElement().satisfies(f -> {
      assertThat(f.recordCount()).isEqualTo(3);
      assertThat(f.unitCode()).isEqualTo(UNIT);
    });
    UUID id = raised.get(0).id();
    assertThat(findings.records(inspector, id)).hasSize(3).allMatch(r -> staff.equals(r.staffUsername()));
    mvc.perform(get("/supervision/findings/" + id).with(as(accounts.actor("unitadmin")))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("评价等级 1")))
        .andExpect(content().string(Matchers.containsString(staff)));
    mvc.perform(get("/supervision/findings/" + id).with(as(accounts.actor("enfadmin")))).andExpect(status().isNotFound());
    mvc.perform(post("/supervision/findings/detect").with(as(accounts.actor("unitadmin"))).with(csrf()))
        .andExpect(status().isForbidden());
    // A fourth 差评 later starts a new count rather than re-raising the first cluster.
    publish(negative(w, staff));
    awaitSignals("staff_username", staff, 4);
    findings.detect("test");
    assertThat(findingsFor(inspector, FindingKind.NEGATIVE_CLUSTER, staff)).hasSize(1);
  }

  @Test
  void anOverdueCaseBecomesAnOrderToAStaffMemberThatEscalatesOnceWhenOverdue() throws Exception {
    WindowSummary w = window();
    StaffSummary staff = organization.activeStaffOf(UNIT).get(0);
    String number = "2026-BJ-" + UUID.randomUUID().toString().substring(0, 6);
    publish(new ApplicationOverdue(UUID.randomUUID(), number, "S1", UNIT, w.hallCode(), w.code(), staff.username(),
        ChinaTime.today(clock).minusDays(1)));
    awaitSignals("reference", number + " · " + ChinaTime.today(clock).minusDays(1), 1);
    Actor inspector = accounts.actor("inspector");
    findings.detect("test");
    findings.detect("test");
    List<Finding> raised = findingsFor(inspector, FindingKind.OVERDUE_CASE, number);
    assertThat(raised).hasSize(1);
    UUID findingId = raised.get(0).id();

    String problem = "办件超期未办结 " + number;
    mvc.perform(post("/supervision/findings/" + findingId + "/orders").with(as(accounts.actor("unitadmin"))).with(csrf())
        .param("unitCode", UNIT).param("hallCode", w.hallCode()).param("problem", problem))
        .andExpect(status().isForbidden());
    String location = mvc.perform(post("/supervision/findings/" + findingId + "/orders").with(as(inspector)).with(csrf())
            .param("unitCode", UNIT).param("hallCode", w.hallCode()).param("windowCode", w.code())
            .param("staffNumber", staff.staffNumber()).param("problem", problem))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    UUID orderId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    RectificationOrder order = supervision.order(inspector, orderId);
    assertThat(order.staffName()).isEqualTo(staff.name());
    assertThat(order.findingId()).isEqualTo(findingId);
    mvc.perform(get(location).with(as(accounts.actor("unitadmin")))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(staff.name())));

    LocalDate after = order.deadline().plusDays(1);
    clock.advance(Duration.between(clock.instant(), after.atTime(9, 0).atZone(ChinaTime.ZONE).toInstant()));
    supervision.escalateOverdue();
    supervision.escalateOverdue();
    assertThat(supervision.order(inspector, orderId).escalatedAt()).isNotNull();
    assertThat(supervision.timeline(inspector, orderId)).extracting(RectificationOrder.Event::kind)
        .containsExactly("ISSUED", "ESCALATED");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE reference = :r")
        .param("r", "rectification-order:" + orderId).query(Long.class).single())
        .isEqualTo(organization.unit(UNIT).orElseThrow().contactPhone() == null ? 0 : 1);
    assertThat(supervision.orders(accounts.actor("leader"), null, false, true, PageQuery.of(0, 200)).items())
        .extracting(RectificationOrder::id).contains(orderId);
    assertThat(supervision.orders(accounts.actor("enfadmin"), null, false, true, PageQuery.of(0, 200)).items())
        .extracting(RectificationOrder::id).doesNotContain(orderId);
    mvc.perform(get("/supervision/orders").param("escalated", "true").with(as(accounts.actor("leader"))))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(problem)));
  }

  @Test
  void aDayWithManyNoShowsInAHallIsOneSpike() {
    String hall = "SPIKE-" + UUID.randomUUID().toString().substring(0, 8);
    Object[] noShows = new Object[10];
    for (int i = 0; i < noShows.length; i++) {
      noShows[i] = new TicketClosedUnserved(UUID.randomUUID(), hall, "S1", TicketStatus.NO_SHOW, clock.instant());
    }
    publish(noShows);
    publish(new TicketClosedUnserved(UUID.randomUUID(), hall, "S1", TicketStatus.CANCELLED, clock.instant()));
    awaitSignals("hall_code", hall, 10);
    findings.detect("test");
    findings.detect("test");
    Actor inspector = accounts.actor("inspector");
    List<Finding> spikes = findings.findings(inspector, FindingKind.NO_SHOW_SPIKE, PageQuery.of(0, 200)).items().stream()
        .filter(f -> hall.equals(f.hallCode())).toList();
    assertThat(spikes).singleElement().satisfies(f -> assertThat(f.recordCount()).isEqualTo(10));
    assertThat(findings.records(inspector, spikes.get(0).id())).hasSize(10).allMatch(r -> r.kind().equals("NO_SHOW"));
  }
}
