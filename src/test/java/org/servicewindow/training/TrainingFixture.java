package org.servicewindow.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.servicewindow.TestAccounts;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.UnitSummary;
import org.servicewindow.organization.UnitType;
import org.servicewindow.organization.internal.StaffAdministration;
import org.servicewindow.organization.internal.UnitAdministration;
import org.servicewindow.training.internal.Plan;
import org.servicewindow.training.internal.PlanAdministration;
import org.servicewindow.training.internal.Question;
import org.servicewindow.training.internal.QuestionKind;
import org.servicewindow.training.internal.Quiz;
import org.servicewindow.training.internal.QuizKind;
import org.servicewindow.training.internal.Quizzes;
import org.servicewindow.training.internal.TrainingSession;
import org.springframework.context.ApplicationContext;

/**
 * A fresh unit per test with its own unit admin and staff logins (through the organization's and
 * identity's own rules), so tests sharing one database never meet each other's or the demo's training.
 */
class TrainingFixture {

  static final String PASSWORD = "Train@2026x";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** A unit with its admin and staff (actor and staff record side by side). */
  record UnitSetup(String unit, Actor admin, List<Actor> staff, List<StaffSummary> members) {}

  private final UnitAdministration units;
  private final StaffAdministration staff;
  private final TestAccounts accounts;
  private final OrganizationApi organization;
  final PlanAdministration plans;
  final Quizzes quizzes;
  private final Actor sysadmin;

  TrainingFixture(ApplicationContext context) {
    this.units = context.getBean(UnitAdministration.class);
    this.staff = context.getBean(StaffAdministration.class);
    this.accounts = context.getBean(TestAccounts.class);
    this.organization = context.getBean(OrganizationApi.class);
    this.plans = context.getBean(PlanAdministration.class);
    this.quizzes = context.getBean(Quizzes.class);
    this.sysadmin = accounts.actor("sysadmin");
  }

  UnitSetup unit(int staffCount) {
    String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet();
    String unit = units.create(sysadmin, new UnitSummary("TU" + run, "培训测试单位" + run, UnitType.GOVERNMENT, null,
        "联系人", "0917-3260000", "0917-3261111")).code();
    Actor admin = accounts.createUser(("ta" + run).toLowerCase(), PASSWORD, unit, null, null, Role.UNIT_ADMIN);
    List<Actor> actors = new ArrayList<>();
    for (int i = 1; i <= staffCount; i++) {
      String username = ("ts" + run + "n" + i).toLowerCase();
      accounts.createUser(username, PASSWORD, unit, null, null, Role.STAFF);
      staff.create(sysadmin, new StaffAdministration.StaffDetails("TS" + run + "-" + i, "学员" + i, "综合受理岗", unit,
          null, null, username, List.of()));
      actors.add(accounts.actor(username));
    }
    return new UnitSetup(unit, admin, actors, organization.activeStaffOf(unit));
  }

  Plan plan(UnitSetup u, int year, int hours) {
    return plans.createPlan(u.admin(), new PlanAdministration.PlanDetails(year, year + "年度测试计划", hours, null));
  }

  TrainingSession session(UnitSetup u, Plan plan, Topic topic, Instant start, Instant end) {
    return plans.createSession(u.admin(), plan.id(), new PlanAdministration.SessionDetails(topic, "测试培训", start, end,
        false, "培训室", "讲师"));
  }

  /** Single-choice questions whose right answer is always the second option as written. */
  List<Question> questions(UnitSetup u, Topic topic, int count) {
    List<Question> added = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      added.add(quizzes.addQuestion(u.admin(), new Quizzes.QuestionDetails(topic, QuestionKind.SINGLE, "测试题 " + i,
          null, List.of("错项甲", "对项", "错项乙", "错项丙"), Set.of(1))));
    }
    return added;
  }

  Quiz quiz(UnitSetup u, QuizKind kind, int questions, int minutes, Instant opens, Instant closes, boolean openToAll) {
    return quizzes.createQuiz(u.admin(), new Quizzes.QuizDetails(kind, "测试测验", null, null, questions, minutes, opens,
        closes, openToAll));
  }
}
