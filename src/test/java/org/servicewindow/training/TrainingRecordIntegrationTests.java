package org.servicewindow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.training.TrainingSessionsIntegrationTests.flashKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.training.TrainingFixture.UnitSetup;
import org.servicewindow.training.internal.AttendanceStatus;
import org.servicewindow.training.internal.Plan;
import org.servicewindow.training.internal.TrainingReminders;
import org.servicewindow.training.internal.TrainingSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The learning record and its indicators, nominations from nomination to the public roll, and reminders. */
@IntegrationTest
class TrainingRecordIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;
  @Autowired TestAccounts accounts;
  @Autowired TrainingReminders reminders;
  @Autowired TrainingApi api;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private int year() {
    return ChinaTime.today(clock).getYear();
  }

  @Test
  void aStaffMemberSeesTheirOwnRecordAndTheOrganizerSeesTheirStaffs() throws Exception {
    TrainingFixture f = new TrainingFixture(context);
    UnitSetup u = f.unit(2);
    Plan plan = f.plan(u, year(), 12);
    Instant start = clock.instant().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.MINUTES);
    TrainingSession session = f.session(u, plan, Topic.POLICY, start, start.plus(Duration.ofMinutes(90)));
    f.plans.mark(u.admin(), session.id(), u.members().get(0).id(), AttendanceStatus.PRESENT, null);

    mvc.perform(get("/training/record").with(as(u.staff().get(0))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("学员1")))
        .andExpect(content().string(Matchers.containsString("测试培训")))
        .andExpect(content().string(Matchers.containsString("1.5")));
    mvc.perform(get("/admin/training/staff/" + u.members().get(0).id()).with(as(u.admin())))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("测试培训")));
    // the organization's staff profile links the record for those who may read it, not for others
    mvc.perform(get("/admin/staff/" + u.members().get(0).id()).with(as(u.admin())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("/admin/training/staff/" + u.members().get(0).id())))
        .andExpect(content().string(Matchers.containsString("学习档案（学时、测验、比武、荣誉）")));
    // a hall manager reads the profiles of the hall's staff, but training records are kept per unit
    java.util.UUID staff01 = context.getBean(org.servicewindow.organization.OrganizationApi.class)
        .staffOfUser("staff01").orElseThrow().id();
    mvc.perform(get("/admin/staff/" + staff01).with(as(accounts.actor("hallmanager"))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("/admin/training/staff/"))));
    mvc.perform(get("/admin/training/staff").with(as(u.admin())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(u.members().get(1).staffNumber())))
        .andExpect(content().string(Matchers.containsString("1.5 / 12")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("BJ10001"))));
    mvc.perform(get("/training/mine").with(as(u.staff().get(1))))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("测试培训")));

    TrainingIndicators one = api.indicatorsOfStaff(u.members().get(0).id(), year());
    assertThat(one.hours()).isEqualByComparingTo("1.5");
    assertThat(one.sessionsAttended()).isEqualTo(1);
    TrainingIndicators unit = api.indicatorsOfUnit(u.unit(), year());
    assertThat(unit.staffCount()).isEqualTo(2);
    assertThat(unit.hours()).as("1.5 hours over two people").isEqualByComparingTo("0.8");
  }

  @Test
  void aNominationIsApprovedByALeaderThenPublishedOnThePublicRoll() throws Exception {
    UnitSetup u = new TrainingFixture(context).unit(1);
    UUID staff = u.members().get(0).id();
    mvc.perform(post("/admin/training/nominations").with(as(u.admin())).with(csrf())
            .param("staffId", staff.toString()).param("kind", "PARTY_PIONEER").param("reasons", "太短"))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("推荐理由不少于 10 个字")));
    mvc.perform(post("/admin/training/nominations").with(as(u.admin())).with(csrf())
            .param("staffId", staff.toString()).param("kind", "PARTY_PIONEER")
            .param("reasons", "党员带头落实首问负责，全年零差评，主动延时服务。"))
        .andExpect(flashKey("training.nomination.created"));
    UUID id = jdbc.sql("SELECT id FROM training_nomination WHERE staff_id = :s").param("s", staff).query(UUID.class).single();

    mvc.perform(post("/admin/training/nominations/" + id + "/publish").with(as(u.admin())).with(csrf()))
        .andExpect(flashKey("training.nomination.notApproved"));
    mvc.perform(post("/admin/training/nominations/" + id + "/approve").with(as(u.admin())).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/training/nominations/" + id + "/approve").with(as(accounts.actor("leader"))).with(csrf()))
        .andExpect(flashKey("training.nomination.approved"));
    mvc.perform(post("/admin/training/nominations/" + id + "/publish").with(as(u.admin())).with(csrf()))
        .andExpect(flashKey("training.nomination.published"));

    mvc.perform(get("/public/honours").param("kind", "PARTY_PIONEER"))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("党员带头落实首问负责")));
    assertThat(api.indicatorsOfStaff(staff, year()).titles()).isEqualTo(1);
    mvc.perform(get("/training/record").with(as(u.staff().get(0))))
        .andExpect(content().string(Matchers.containsString("党员先锋岗")));
  }

  @Test
  void aRejectionNeedsAReasonAndAnotherUnitCannotNominateOrSeeIt() throws Exception {
    TrainingFixture f = new TrainingFixture(context);
    UnitSetup u = f.unit(1);
    UnitSetup other = f.unit(1);
    mvc.perform(post("/admin/training/nominations").with(as(other.admin())).with(csrf())
            .param("staffId", u.members().get(0).id().toString()).param("kind", "POST_STAR")
            .param("reasons", "业务熟练，服务规范，群众满意度高。"))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("人员不存在")));
    mvc.perform(post("/admin/training/nominations").with(as(u.admin())).with(csrf())
            .param("staffId", u.members().get(0).id().toString()).param("kind", "POST_STAR")
            .param("reasons", "业务熟练，服务规范，群众满意度高。"))
        .andExpect(status().isFound());
    UUID id = jdbc.sql("SELECT id FROM training_nomination WHERE unit_code = :u").param("u", u.unit())
        .query(UUID.class).single();
    mvc.perform(get("/admin/training/nominations").with(as(other.admin())))
        .andExpect(content().string(Matchers.not(Matchers.containsString("业务熟练，服务规范"))));
    mvc.perform(post("/admin/training/nominations/" + id + "/reject").with(as(accounts.actor("leader"))).with(csrf()))
        .andExpect(flashKey("training.nomination.rejectNoteRequired"));
    mvc.perform(post("/admin/training/nominations/" + id + "/reject").with(as(accounts.actor("leader"))).with(csrf())
            .param("note", "事迹不够具体"))
        .andExpect(flashKey("training.nomination.rejected"));
  }

  @Test
  void remindersGoOutOnceEvenWhenTheJobRunsTwiceOrOnTwoNodesAtOnce() throws Exception {
    TrainingFixture f = new TrainingFixture(context);
    UnitSetup u = f.unit(2);
    Plan plan = f.plan(u, year(), 40);
    Instant start = clock.instant().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
    TrainingSession session = f.session(u, plan, Topic.SKILLS, start, start.plus(Duration.ofHours(1)));

    reminders.remindUpcomingSessions();
    reminders.remindUpcomingSessions();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE reference = :r")
        .param("r", "trainingSession:" + session.id()).query(Long.class).single()).isEqualTo(2);
    assertThat(jdbc.sql("SELECT recipient FROM notification_outbox WHERE reference = :r ORDER BY recipient")
        .param("r", "trainingSession:" + session.id()).query(String.class).list())
        .containsExactlyInAnyOrder(u.staff().get(0).username(), u.staff().get(1).username());

    // two nodes running the job at the same moment still send each reminder once
    java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      java.util.List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
      for (int node = 0; node < 2; node++) {
        runs.add(nodes.submit(() -> {
          go.await();
          return reminders.remindStaffBehindHours();
        }));
      }
      go.countDown();
      for (var run : runs) {
        run.get();
      }
    } finally {
      nodes.shutdownNow();
    }
    reminders.remindStaffBehindHours();
    assertThat(jdbc.sql("SELECT recipient FROM notification_outbox WHERE reference = :r")
        .param("r", "trainingPlan:" + plan.id()).query(String.class).list())
        .as("both staff have 0 of 40 hours, behind the pace on any day; each is reminded once")
        .containsExactlyInAnyOrder(u.staff().get(0).username(), u.staff().get(1).username());
  }
}
