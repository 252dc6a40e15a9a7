package org.servicewindow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestClock;
import org.servicewindow.common.Flash;
import org.servicewindow.training.TrainingFixture.UnitSetup;
import org.servicewindow.training.internal.AttendanceStatus;
import org.servicewindow.training.internal.Plan;
import org.servicewindow.training.internal.PlanAdministration;
import org.servicewindow.training.internal.SignInPolicy;
import org.servicewindow.training.internal.TrainingSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Plans, sessions, QR sign-in, attendance and materials through HTTP, with the data scope denied and granted. */
@IntegrationTest
class TrainingSessionsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;
  @Autowired PlanAdministration plans;
  @Autowired TrainingApi api;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** The key of the flash message a redirect carries. */
  static org.springframework.test.web.servlet.ResultMatcher flashKey(String key) {
    return result -> assertThat(((Flash) result.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo(key);
  }

  private TrainingFixture fixture() {
    return new TrainingFixture(context);
  }

  private int year() {
    return org.servicewindow.common.ChinaTime.today(clock).getYear();
  }

  /** A session of this year starting in {@code hours} from now (in the past when negative), two hours long. */
  private TrainingSession sessionIn(TrainingFixture f, UnitSetup u, Plan plan, long hours) {
    Instant start = clock.instant().plus(Duration.ofHours(hours)).truncatedTo(ChronoUnit.MINUTES);
    return f.session(u, plan, Topic.ETIQUETTE, start, start.plus(Duration.ofHours(2)));
  }

  @Test
  void anOrganizerPlansTheYearAndSchedulesASessionThroughTheScreens() throws Exception {
    UnitSetup u = fixture().unit(2);
    mvc.perform(post("/admin/training/plans").with(as(u.admin())).with(csrf())
            .param("year", String.valueOf(year())).param("title", "年度学习计划").param("requiredHours", "36"))
        .andExpect(status().isFound());
    Plan plan = plans.findPlan(u.unit(), year()).orElseThrow();
    assertThat(plan.requiredHours()).isEqualTo(36);

    String start = java.time.LocalDate.of(year(), 12, 30) + "T14:30";
    mvc.perform(post("/admin/training/plans/" + plan.id() + "/sessions").with(as(u.admin())).with(csrf())
            .param("topic", "CIVIL_LANGUAGE").param("title", "文明用语规范").param("startsAt", start)
            .param("endsAt", java.time.LocalDate.of(year(), 12, 30) + "T16:30").param("place", "三楼培训室")
            .param("trainer", "王老师"))
        .andExpect(status().isFound());
    mvc.perform(get("/admin/training/plans/" + plan.id()).with(as(u.admin())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("文明用语规范")))
        .andExpect(content().string(Matchers.containsString("学员1")));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'training.sessionCreated' AND target_id IN "
        + "(SELECT CAST(id AS VARCHAR(36)) FROM training_session WHERE plan_id = :plan)").param("plan", plan.id())
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aSessionFormWithMistakesComesBackWithWhatWasTypedAndTheReason() throws Exception {
    UnitSetup u = fixture().unit(1);
    Plan plan = fixture().plan(u, year(), 30);
    String day = java.time.LocalDate.of(year(), 6, 1).toString();
    mvc.perform(post("/admin/training/plans/" + plan.id() + "/sessions").with(as(u.admin())).with(csrf())
            .param("topic", "POLICY").param("title", "行政许可法学习").param("startsAt", day + "T16:00")
            .param("endsAt", day + "T14:00").param("place", "会议室").param("trainer", "李老师"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("value=\"行政许可法学习\"")))
        .andExpect(content().string(Matchers.containsString("结束时间须晚于开始时间")));
    mvc.perform(post("/admin/training/plans/" + plan.id() + "/sessions").with(as(u.admin())).with(csrf())
            .param("topic", "POLICY").param("title", "行政许可法学习").param("startsAt", day + "T14:00")
            .param("endsAt", day + "T16:00").param("trainer", "李老师"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("线下培训须填写地点")));
  }

  @Test
  void qrSignInIsAcceptedOnlyWithinTheSessionWindow() throws Exception {
    TrainingFixture f = fixture();
    UnitSetup u = f.unit(1);
    TrainingSession session = sessionIn(f, u, f.plan(u, year(), 20), 3);
    String token = SignInPolicy.token(session);

    mvc.perform(post("/training/sign-in/" + session.id()).param("t", token).with(as(u.staff().get(0))).with(csrf()))
        .andExpect(status().isFound())
        .andExpect(flashKey("training.signIn.tooEarly"));
    assertThat(plans.attendanceOf(session.id())).isEmpty();

    clock.advance(Duration.ofHours(3).minusMinutes(10));
    mvc.perform(get("/training/sign-in/" + session.id()).param("t", token).with(as(u.staff().get(0))))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("确认签到")));
    mvc.perform(post("/training/sign-in/" + session.id()).param("t", token).with(as(u.staff().get(0))).with(csrf()))
        .andExpect(flashKey("training.signIn.done"));
    assertThat(plans.attendanceOf(session.id())).singleElement().satisfies(a -> {
      assertThat(a.status()).isEqualTo(AttendanceStatus.PRESENT);
      assertThat(a.method()).isEqualTo("QR");
      assertThat(a.creditMinutes()).isEqualTo(120);
    });
  }

  @Test
  void aTokenIsRefusedAfterTheSessionAndAForgedTokenNeverWorks() throws Exception {
    TrainingFixture f = fixture();
    UnitSetup u = f.unit(2);
    TrainingSession session = sessionIn(f, u, f.plan(u, year(), 20), -3);
    mvc.perform(post("/training/sign-in/" + session.id()).param("t", SignInPolicy.token(session))
            .with(as(u.staff().get(0))).with(csrf()))
        .andExpect(flashKey("training.signIn.closed"));

    TrainingSession now = sessionIn(f, u, plans.findPlan(u.unit(), year()).orElseThrow(), 0);
    mvc.perform(post("/training/sign-in/" + now.id()).param("t", SignInPolicy.token(session))
            .with(as(u.staff().get(1))).with(csrf()))
        .andExpect(flashKey("training.session.notFound"));
    assertThat(plans.attendanceOf(session.id())).isEmpty();
    assertThat(plans.attendanceOf(now.id())).isEmpty();
  }

  @Test
  void staffOfAnotherUnitCannotSignInOrEvenSeeTheSession() throws Exception {
    TrainingFixture f = fixture();
    UnitSetup u = f.unit(1);
    UnitSetup other = f.unit(1);
    TrainingSession session = sessionIn(f, u, f.plan(u, year(), 20), 0);
    mvc.perform(get("/training/sign-in/" + session.id()).with(as(other.staff().get(0))))
        .andExpect(status().isNotFound());
    mvc.perform(post("/training/sign-in/" + session.id()).param("t", SignInPolicy.token(session))
            .with(as(other.staff().get(0))).with(csrf()))
        .andExpect(flashKey("training.signIn.otherUnit"));
    assertThat(plans.attendanceOf(session.id())).isEmpty();
  }

  @Test
  void anAbsenceMadeUpAfterTheSessionCreditsTheHours() throws Exception {
    TrainingFixture f = fixture();
    UnitSetup u = f.unit(2);
    Plan plan = f.plan(u, year(), 10);
    TrainingSession session = sessionIn(f, u, plan, -5);
    UUID absent = u.members().get(0).id();
    UUID present = u.members().get(1).id();
    String url = "/admin/training/sessions/" + session.id() + "/attendance";

    mvc.perform(post(url).with(as(u.admin())).with(csrf()).param("staffId", present.toString()).param("status", "PRESENT"))
        .andExpect(status().isFound());
    mvc.perform(post(url).with(as(u.admin())).with(csrf()).param("staffId", absent.toString()).param("status", "ABSENT"))
        .andExpect(status().isFound());
    assertThat(api.indicatorsOfStaff(absent, year()).sessionsMissed()).isEqualTo(1);

    mvc.perform(post(url).with(as(u.admin())).with(csrf()).param("staffId", absent.toString()).param("status", "MADE_UP"))
        .andExpect(flashKey("training.attendance.makeUpNoteRequired"));
    mvc.perform(post(url).with(as(u.admin())).with(csrf()).param("staffId", absent.toString()).param("status", "MADE_UP")
            .param("note", "观看录像并补考合格"))
        .andExpect(flashKey("training.attendance.saved"));

    TrainingIndicators indicators = api.indicatorsOfStaff(absent, year());
    assertThat(indicators.hours()).isEqualByComparingTo(new BigDecimal("2.0"));
    assertThat(indicators.hoursByTopic()).containsEntry(Topic.ETIQUETTE, new BigDecimal("2.0"));
    assertThat(indicators.sessionsMissed()).isZero();
    assertThat(indicators.requiredHours()).isEqualTo(10);
    assertThat(indicators.hoursMet()).isFalse();
    assertThat(api.indicatorsOfUnit(u.unit(), year()).hours()).isEqualByComparingTo(new BigDecimal("2.0"));

    mvc.perform(get("/admin/training/sessions/" + session.id()).with(as(u.admin())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("观看录像并补考合格")))
        .andExpect(content().string(Matchers.containsString("已补学")));
  }

  @Test
  void anotherUnitsAdminFindsNothingAndChangesNothing() throws Exception {
    TrainingFixture f = fixture();
    UnitSetup u = f.unit(1);
    UnitSetup other = f.unit(1);
    Plan plan = f.plan(u, year(), 20);
    TrainingSession session = sessionIn(f, u, plan, -4);

    mvc.perform(get("/admin/training/plans/" + plan.id()).with(as(other.admin()))).andExpect(status().isNotFound());
    mvc.perform(get("/admin/training/sessions/" + session.id()).with(as(other.admin()))).andExpect(status().isNotFound());
    mvc.perform(get("/admin/training/staff/" + u.members().get(0).id()).with(as(other.admin())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/admin/training/plans").with(as(other.admin())))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString(u.unit()))));
    mvc.perform(post("/admin/training/sessions/" + session.id() + "/attendance").with(as(other.admin())).with(csrf())
            .param("staffId", u.members().get(0).id().toString()).param("status", "PRESENT"))
        .andExpect(flashKey("training.session.notFound"));
    assertThat(plans.attendanceOf(session.id())).isEmpty();

    // granted: the unit's own admin, and a city-wide reader
    mvc.perform(get("/admin/training/sessions/" + session.id()).with(as(u.admin()))).andExpect(status().isOk());
    mvc.perform(get("/admin/training/plans/" + plan.id()).with(as(f.plans == null ? null
        : context.getBean(org.servicewindow.TestAccounts.class).actor("inspector")))).andExpect(status().isOk());
    // staff never reach the organizer's screens; readers never write
    mvc.perform(get("/admin/training/plans").with(as(u.staff().get(0)))).andExpect(status().isForbidden());
    mvc.perform(post("/admin/training/plans").with(as(context.getBean(org.servicewindow.TestAccounts.class).actor("leader")))
        .with(csrf()).param("year", "2030").param("title", "x").param("requiredHours", "1"))
        .andExpect(status().isForbidden());
  }

  @Test
  void materialsAreTypeCheckedAndServedOnlyToTheUnit() throws Exception {
    TrainingFixture f = fixture();
    UnitSetup u = f.unit(1);
    UnitSetup other = f.unit(1);
    TrainingSession session = sessionIn(f, u, f.plan(u, year(), 20), 24);
    String url = "/admin/training/sessions/" + session.id() + "/materials";

    mvc.perform(multipart(url).file(new MockMultipartFile("file", "课件.pdf", "application/pdf", "<html>x</html>".getBytes()))
            .with(as(u.admin())).with(csrf()))
        .andExpect(flashKey("training.material.type"));
    mvc.perform(multipart(url).file(new MockMultipartFile("file", "礼仪课件.pdf", "application/pdf",
            "%PDF-1.4 test".getBytes())).with(as(u.admin())).with(csrf()))
        .andExpect(flashKey("training.material.added"));
    UUID material = plans.materials(session.id()).get(0).id();
    String download = "/training/sessions/" + session.id() + "/materials/" + material;

    mvc.perform(get("/training/mine").with(as(u.staff().get(0))))
        .andExpect(content().string(Matchers.containsString(download)));
    mvc.perform(get(download).with(as(u.staff().get(0))))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andExpect(content().string(Matchers.startsWith("%PDF")));
    mvc.perform(get(download).with(as(u.admin()))).andExpect(status().isOk());
    mvc.perform(get(download).with(as(other.staff().get(0)))).andExpect(status().isNotFound());
    mvc.perform(get(download).with(as(other.admin()))).andExpect(status().isNotFound());
  }
}
