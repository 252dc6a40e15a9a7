package org.servicewindow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicewindow.TestSupport.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.campaign.Campaigns.Deliverable;
import org.servicewindow.campaign.Campaigns.DeliverableHistory;
import org.servicewindow.campaign.Campaigns.NewCampaign;
import org.servicewindow.campaign.Campaigns.PhaseDates;
import org.servicewindow.campaign.internal.CampaignReminders;
import org.servicewindow.campaign.internal.PlanTemplate;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.feedback.EvaluationStatistics;
import org.servicewindow.identity.DataScope;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.ForbiddenException;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The campaign through its facade and pages on a real database: due dates from the calendar, copying a
 * campaign as next year's, the review flow with versions and content-checked attachments, reminders with a
 * moved clock (once per node-safe key), traffic lights, the joint evaluation, exports, and the data scope
 * (a unit sees only its own submissions).
 */
@IntegrationTest
class CampaignIntegrationTests {

  static final AtomicInteger RUN = new AtomicInteger();
  static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired TestClock clock;
  @Autowired Campaigns campaigns;
  @Autowired CampaignBoard board;
  @Autowired JointEvaluation evaluation;
  @Autowired CampaignReminders reminders;
  @Autowired JdbcClient jdbc;
  @Autowired EvaluationStatistics feedback;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  Actor lead() {
    return accounts.actor("inspector");
  }

  /** A unit admin of its own (demo accounts are shared by every test). */
  Actor unitAdmin(String unit) {
    return accounts.createUser("camp" + System.nanoTime() % 100000 + RUN.incrementAndGet(), "Campaign-Test-2026", unit,
        null, null, Role.UNIT_ADMIN);
  }

  static NewCampaign campaign(int year, LocalDate actionFrom, LocalDate actionTo, LocalDate workPlanDue,
      List<String> units) {
    return new NewCampaign(year, "测试行动" + RUN.incrementAndGet(), null, "BJSZFB",
        List.of(new PhaseDates(Phase.MOBILIZATION, actionFrom.minusDays(10), actionFrom.minusDays(1)),
            new PhaseDates(Phase.ACTION, actionFrom, actionTo),
            new PhaseDates(Phase.CONSOLIDATION, actionTo.plusDays(1), actionTo.plusDays(20)),
            new PhaseDates(Phase.EVALUATION, actionTo.plusDays(21), actionTo.plusDays(40))),
        workPlanDue, actionTo.plusDays(30), units, PlanTemplate.tasks());
  }

  static NewCampaign seedLike(int year, List<String> units) {
    return campaign(year, LocalDate.of(year, 7, 1), LocalDate.of(year, 9, 15), LocalDate.of(year, 6, 30), units);
  }

  Deliverable of(UUID campaign, String unit, DeliverableKind kind, String period) {
    return campaigns.history(lead(), campaign, unit).stream().map(DeliverableHistory::deliverable)
        .filter(d -> d.kind() == kind && d.period().equals(period)).findFirst().orElseThrow();
  }

  @Test
  void startingACampaignGivesEveryUnitItsDeliverablesWithDueDatesFromTheHolidayCalendar() {
    UUID id = campaigns.create(lead(), campaign(2020, LocalDate.of(2020, 6, 1), LocalDate.of(2020, 9, 15),
        LocalDate.of(2020, 5, 29), List.of("BJSWJ", "BJGJJ")));

    List<Deliverable> all = campaigns.deliverables(lead(), id);
    assertThat(all).hasSize(2 * (1 + 4 + 1));
    assertThat(all.stream().filter(d -> d.unitCode().equals("BJSWJ") && d.kind() == DeliverableKind.PROGRESS_REPORT)
        .map(Deliverable::dueOn)).containsExactly(
            LocalDate.of(2020, 6, 24), // 25 June 2020 is 端午节
            LocalDate.of(2020, 7, 24), // 25 July is a Saturday
            LocalDate.of(2020, 8, 25),
            LocalDate.of(2020, 9, 25));
    assertThat(of(id, "BJSWJ", DeliverableKind.SELF_CHECK, "-").dueOn()).isEqualTo(LocalDate.of(2020, 10, 15));
    assertThat(all).allMatch(d -> d.status().equals("OPEN") && d.versions() == 0 && !d.provisional());
    assertThat(campaigns.get(id).tasks()).hasSize(15)
        .anyMatch(t -> t.area() == TaskArea.SUPERVISION && t.title().equals("接受群众监督"));
  }

  @Test
  void provisionalDueDatesAreComputedAgainWhenTheYearsHolidayArrangementIsPublished() throws Exception {
    UUID id = campaigns.create(lead(), seedLike(2071, List.of("BJSWJ")));
    Deliverable august = of(id, "BJSWJ", DeliverableKind.PROGRESS_REPORT, "2071-08");
    assertThat(august.dueOn()).isEqualTo(LocalDate.of(2071, 8, 25));
    assertThat(august.provisional()).isTrue();

    // a sample arrangement (not official data) that makes 25 August a day off
    mvc.perform(post("/admin/calendar/arrangements").with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("year", "2071").param("source", "示例输入（非官方数据）").param("text", "示例 2071-08-25 off\n"))
        .andExpect(status().is3xxRedirection());

    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
        .until(() -> !of(id, "BJSWJ", DeliverableKind.PROGRESS_REPORT, "2071-08").provisional());
    assertThat(of(id, "BJSWJ", DeliverableKind.PROGRESS_REPORT, "2071-08").dueOn()).isEqualTo(LocalDate.of(2071, 8, 24));
    assertThat(of(id, "BJSWJ", DeliverableKind.PROGRESS_REPORT, "2071-07").dueOn()).isEqualTo(LocalDate.of(2071, 7, 24));
    assertThat(of(id, "BJSWJ", DeliverableKind.WORK_PLAN, "-").provisional()).isFalse();
  }

  @Test
  void aCampaignWithPhasesOutOfOrderOrAWorkPlanDueAfterTheActionStartsIsRefused() {
    NewCampaign late = campaign(2021, LocalDate.of(2021, 7, 1), LocalDate.of(2021, 9, 15), LocalDate.of(2021, 7, 2),
        List.of("BJSWJ"));
    assertThatThrownBy(() -> campaigns.create(lead(), late)).isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("campaign.workPlan.beforeAction");
    assertThatThrownBy(() -> campaigns.create(unitAdmin("BJSWJ"), seedLike(2021, List.of("BJSWJ"))))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aPastCampaignCopiedAsNextYearsKeepsUnitsAndTasksWithEveryDateMovedByAYear() throws Exception {
    UUID source = campaigns.create(lead(), seedLike(2020, List.of("BJSWJ", "BJGJJ", "BJHCZ")));

    mvc.perform(post("/campaigns/{id}/copy", source).param("year", "2021").with(as(lead())).with(csrf()))
        .andExpect(status().is3xxRedirection());
    UUID copy = jdbc.sql("SELECT id FROM campaign WHERE copied_from = :s").param("s", source).query(UUID.class).single();

    var c = campaigns.get(copy);
    assertThat(c.summary().year()).isEqualTo(2021);
    assertThat(c.phase(Phase.ACTION).startsOn()).isEqualTo(LocalDate.of(2021, 7, 1));
    assertThat(c.phase(Phase.EVALUATION).endsOn()).isEqualTo(campaigns.get(source).phase(Phase.EVALUATION).endsOn().plusYears(1));
    assertThat(c.units()).extracting(u -> u.code()).containsExactly("BJSWJ", "BJGJJ", "BJHCZ");
    assertThat(c.tasks()).hasSize(15);
    assertThat(c.copiedFrom()).isEqualTo(source);
    assertThat(of(copy, "BJSWJ", DeliverableKind.PROGRESS_REPORT, "2021-07").dueOn()).isEqualTo(LocalDate.of(2021, 7, 23));
    assertThatThrownBy(() -> campaigns.copy(lead(), copy, 2020)).isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void aUnitHandsInVersionsTheLeadOfficeReturnsThenAcceptsAndEveryVersionIsKept() throws Exception {
    UUID id = campaigns.create(lead(), seedLike(2020, List.of("BJGJJ")));
    Actor unit = unitAdmin("BJGJJ");
    Deliverable plan = of(id, "BJGJJ", DeliverableKind.WORK_PLAN, "-");

    mvc.perform(multipart("/campaigns/{id}/deliverables/{d}/submissions", id, plan.id())
            .file(new MockMultipartFile("files", "工作方案.pdf", "application/pdf", PDF))
            .param("body", "公积金中心工作方案：成立领导小组……").with(as(unit)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(campaigns.deliverable(unit, plan.id()).status()).isEqualTo("SUBMITTED");

    // returning without a comment says why and keeps nothing half-done
    mvc.perform(post("/campaigns/{id}/deliverables/{d}/review", id, plan.id()).param("decision", "RETURN")
            .with(as(lead())).with(csrf()))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("退回修改时请填写审核意见")));
    assertThat(campaigns.deliverable(lead(), plan.id()).status()).isEqualTo("SUBMITTED");

    mvc.perform(post("/campaigns/{id}/deliverables/{d}/review", id, plan.id()).param("decision", "RETURN")
            .param("comment", "请补充责任岗位").with(as(lead())).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(campaigns.deliverable(unit, plan.id()).status()).isEqualTo("RETURNED");

    campaigns.submit(unit, plan.id(), "第二版：已补充责任岗位。", List.of());
    campaigns.review(lead(), plan.id(), true, null);

    List<Campaigns.Submission> versions = campaigns.submissions(unit, plan.id());
    assertThat(versions).extracting(Campaigns.Submission::version).containsExactly(2, 1);
    assertThat(versions.get(1).decision()).isEqualTo("RETURNED");
    assertThat(versions.get(1).reviewComment()).isEqualTo("请补充责任岗位");
    assertThat(versions.get(1).attachments()).singleElement().satisfies(a -> {
      assertThat(a.fileName()).isEqualTo("工作方案.pdf");
      assertThat(a.contentType()).isEqualTo("application/pdf");
    });
    assertThat(versions.get(0).decision()).isEqualTo("ACCEPTED");
    assertThatThrownBy(() -> campaigns.submit(unit, plan.id(), "第三版", List.of())).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> campaigns.review(lead(), plan.id(), true, null)).isInstanceOf(ConflictException.class);

    UUID file = versions.get(1).attachments().get(0).id();
    mvc.perform(get("/campaigns/attachments/{a}", file).with(as(unit)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
        .andExpect(content().bytes(PDF));
    mvc.perform(get("/campaigns/{id}/units/BJGJJ", id).with(as(unit)))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("第二版：已补充责任岗位。")));
  }

  @Test
  void aFileIsJudgedByItsContentAndABadOneKeepsTheTypedText() throws Exception {
    UUID id = campaigns.create(lead(), seedLike(2020, List.of("BJHCZ")));
    Actor unit = unitAdmin("BJHCZ");
    Deliverable plan = of(id, "BJHCZ", DeliverableKind.WORK_PLAN, "-");

    mvc.perform(multipart("/campaigns/{id}/deliverables/{d}/submissions", id, plan.id())
            .file(new MockMultipartFile("files", "plan.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
            .param("body", "火车站工作方案正文").with(as(unit)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("类型不支持")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("火车站工作方案正文")));
    assertThat(campaigns.deliverable(unit, plan.id()).versions()).isZero();

    mvc.perform(multipart("/campaigns/{id}/deliverables/{d}/submissions", id, plan.id()).param("body", " ")
            .with(as(unit)).with(csrf()))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("请填写正文")));
  }

  @Test
  void aUnitSeesOnlyItsOwnSubmissionsAndOnlyTheLeadOfficeReviews() throws Exception {
    UUID id = campaigns.create(lead(), seedLike(2020, List.of("BJSWJ", "BJGJJ")));
    Actor tax = unitAdmin("BJSWJ");
    Actor fund = unitAdmin("BJGJJ");
    Deliverable taxPlan = of(id, "BJSWJ", DeliverableKind.WORK_PLAN, "-");
    campaigns.submit(tax, taxPlan.id(), "税务局工作方案", List.of(new Campaigns.Upload("plan.pdf", PDF)));
    UUID file = campaigns.submissions(tax, taxPlan.id()).get(0).attachments().get(0).id();

    // denials: another unit's history, deliverable and file look like they do not exist
    mvc.perform(get("/campaigns/{id}/units/BJSWJ", id).with(as(fund))).andExpect(status().isNotFound());
    mvc.perform(get("/campaigns/attachments/{a}", file).with(as(fund))).andExpect(status().isNotFound());
    mvc.perform(multipart("/campaigns/{id}/deliverables/{d}/submissions", id, taxPlan.id()).param("body", "冒名报送")
        .with(as(fund)).with(csrf())).andExpect(status().isNotFound());
    mvc.perform(post("/campaigns/{id}/deliverables/{d}/review", id, taxPlan.id()).param("decision", "ACCEPT")
        .with(as(tax)).with(csrf())).andExpect(status().isForbidden());
    mvc.perform(get("/campaigns/{id}/overdue", id).with(as(fund))).andExpect(status().isForbidden());
    mvc.perform(get("/campaigns/{id}/evaluation/BJSWJ", id).with(as(fund))).andExpect(status().isForbidden());
    assertThat(campaigns.deliverables(fund, id)).allMatch(d -> d.unitCode().equals("BJGJJ")).hasSize(5);
    assertThat(board.dashboard(fund, id).units()).extracting(u -> u.unit().code()).containsExactly("BJGJJ");
    assertThatThrownBy(() -> campaigns.submit(lead(), taxPlan.id(), "督查室代报", List.of()))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> campaigns.attachment(fund, file)).isInstanceOf(NotFoundException.class);

    // grants: the unit itself, the lead office and a leader
    mvc.perform(get("/campaigns/{id}/units/BJSWJ", id).with(as(tax)))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("税务局工作方案")));
    mvc.perform(get("/campaigns/{id}/units/BJSWJ", id).with(as(accounts.actor("leader")))).andExpect(status().isOk());
    mvc.perform(get("/campaigns/attachments/{a}", file).with(as(lead()))).andExpect(status().isOk());
    mvc.perform(post("/campaigns/{id}/deliverables/{d}/review", id, taxPlan.id()).param("decision", "ACCEPT")
        .with(as(lead())).with(csrf())).andExpect(status().is3xxRedirection());
    assertThat(board.dashboard(lead(), id).units()).hasSize(2);
  }

  @Test
  void remindersGoOutBeforeTheDueDateAndOnceWhenOverdueWhateverHowOftenTheJobRuns() {
    LocalDate today = ChinaTime.today(clock);
    UUID id = campaigns.create(lead(), campaign(today.getYear() + 1, today.plusDays(40), today.plusDays(100),
        today.plusDays(2), List.of("BJGJJ", "BJSWJ")));
    Deliverable plan = of(id, "BJGJJ", DeliverableKind.WORK_PLAN, "-");
    Deliverable handedIn = of(id, "BJSWJ", DeliverableKind.WORK_PLAN, "-");
    campaigns.submit(unitAdmin("BJSWJ"), handedIn.id(), "已报送", List.of());
    long daysToDue = ChronoUnit.DAYS.between(today, plan.dueOn());
    if (daysToDue > 3) {
      clock.advance(Duration.ofDays(daysToDue - 3));
    }

    reminders.run();
    reminders.run();

    assertThat(reminders.sentFor(plan.id())).containsOnlyKeys("BEFORE_DUE");
    assertThat(reminders.sentFor(handedIn.id())).isEmpty();
    assertThat(outbox(plan.id())).singleElement().satisfies(body -> assertThat(body).contains("工作方案", plan.dueOn().toString()));

    clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(ChinaTime.today(clock), plan.dueOn()) + 2));
    reminders.run();
    reminders.run();

    assertThat(reminders.sentFor(plan.id())).containsOnlyKeys("BEFORE_DUE", "OVERDUE");
    assertThat(outbox(plan.id())).hasSize(2).anySatisfy(body -> assertThat(body).contains("尚未报送"));
    List<CampaignBoard.Overdue> overdue = board.overdue(lead(), id);
    assertThat(overdue).singleElement().satisfies(o -> {
      assertThat(o.deliverable().id()).isEqualTo(plan.id());
      assertThat(o.daysOverdue()).isEqualTo(2);
      assertThat(o.remindedOverdue()).isTrue();
    });
    assertThat(board.defaulters(lead(), id)).extracting(d -> d.unit().code()).containsExactly("BJGJJ");
  }

  private List<String> outbox(UUID deliverable) {
    return jdbc.sql("SELECT body FROM notification_outbox WHERE reference = :r ORDER BY created_at")
        .param("r", "campaign-deliverable:" + deliverable).query(String.class).list();
  }

  @Test
  void trafficLightsJudgeTheFirstVersionAgainstTheDueDate() {
    LocalDate today = ChinaTime.today(clock);
    UUID id = campaigns.create(lead(), campaign(today.getYear() + 1, today.plusDays(40), today.plusDays(100),
        today.plusDays(5), List.of("BJGJJ", "BJSWJ", "BJHCZ")));
    Deliverable onTime = of(id, "BJGJJ", DeliverableKind.WORK_PLAN, "-");
    campaigns.submit(unitAdmin("BJGJJ"), onTime.id(), "按时报送", List.of());
    campaigns.review(lead(), onTime.id(), false, "请修改");
    clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, onTime.dueOn()) + 1));
    campaigns.submit(unitAdmin("BJGJJ"), onTime.id(), "修改后", List.of());
    campaigns.submit(unitAdmin("BJSWJ"), of(id, "BJSWJ", DeliverableKind.WORK_PLAN, "-").id(), "逾期报送", List.of());

    CampaignBoard.Dashboard d = board.dashboard(lead(), id);

    assertThat(d.units()).extracting(u -> u.unit().code() + ":" + u.light())
        .containsExactly("BJGJJ:GREEN", "BJSWJ:AMBER", "BJHCZ:RED");
    assertThat(d.columns().get(0)).satisfies(c -> {
      assertThat(c.kind()).isEqualTo(DeliverableKind.WORK_PLAN);
      assertThat(List.of(c.onTime(), c.late(), c.missing())).containsExactly(1, 1, 1);
    });
  }

  @Test
  void theSheetAndTheComparisonCarryTheUnitsFeedbackFigures() {
    // the unit the demo's ratings favour most, over the last 30 days
    String unit = jdbc.sql("SELECT unit_code FROM evaluation WHERE unit_code IS NOT NULL GROUP BY unit_code"
        + " ORDER BY COUNT(*) DESC, unit_code LIMIT 1").query(String.class).single();
    LocalDate to = ChinaTime.today(clock);
    LocalDate from = to.minusDays(29);
    EvaluationStatistics.Figures expected = feedback.summary(DataScope.unit(unit), from, to, to).all();
    assertThat(expected.total()).isPositive();

    List<CampaignBoard.ComparedFigure> figures = board.compare(unit, from.minusDays(30), from.minusDays(1), from, to);
    assertThat(figures).filteredOn(f -> f.key().equals("campaign.indicator.satisfaction")).singleElement()
        .satisfies(f -> assertThat(f.during()).isEqualTo(expected.satisfactionRate()));
    assertThat(figures).filteredOn(f -> f.key().equals("campaign.indicator.negative")).singleElement()
        .satisfies(f -> assertThat(f.during()).isEqualTo((double) expected.negative()));
    // a unit nobody rated shows no figure rather than a made-up 0 % or 100 %
    assertThat(board.compare("NO-SUCH-UNIT", from.minusDays(30), from.minusDays(1), from, to))
        .filteredOn(f -> f.key().equals("campaign.indicator.satisfaction")).singleElement()
        .satisfies(f -> assertThat(f.during()).isNull());
  }

  @Test
  void theJointEvaluationCombinesTheUnitsRecordAndPublishesOnceEveryUnitIsEvaluated() throws Exception {
    UUID id = campaigns.create(lead(), seedLike(2020, List.of("BJSWJ", "BJGJJ")));
    Deliverable self = of(id, "BJSWJ", DeliverableKind.SELF_CHECK, "-");
    campaigns.submit(unitAdmin("BJSWJ"), self.id(), "税务局自查总结：15项任务已完成14项。", List.of());

    mvc.perform(post("/campaigns/{id}/evaluation/BJSWJ", id).param("score", "93").param("grade", "EXCELLENT")
        .param("findings", "窗口规范，好差评覆盖全部窗口。").with(as(lead())).with(csrf())).andExpect(status().is3xxRedirection());
    mvc.perform(post("/campaigns/{id}/evaluation/BJGJJ", id).param("score", "130").param("grade", "GOOD")
            .param("findings", "意见").with(as(lead())).with(csrf()))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("0 到 100")));
    mvc.perform(post("/campaigns/{id}/evaluation/publish", id).with(as(lead())).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(campaigns.get(id).summary().resultsPublishedAt()).isNull(); // one unit still open

    JointEvaluation.Sheet sheet = evaluation.sheet(lead(), id, "BJSWJ");
    assertThat(sheet.selfCheck().submissions().get(0).body()).contains("15项任务");
    assertThat(sheet.evaluation().inspectionScore()).isEqualTo(93);
    assertThat(sheet.figures()).extracting(CampaignBoard.ComparedFigure::key).contains("campaign.indicator.queueWaitMean");
    mvc.perform(get("/campaigns/{id}/evaluation/BJSWJ", id).with(as(accounts.actor("leader"))))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("税务局自查总结")));

    evaluation.evaluate(lead(), id, "BJGJJ", 85, "基本规范。", JointEvaluation.Grade.GOOD);
    evaluation.addHonour(lead(), id, JointEvaluation.HonourKind.MODEL_WINDOW, "BJSWJ", "办税服务厅", "全年零差评");
    evaluation.addMedia(lead(), id, false, null, "宝鸡日报", "暗访曝光", LocalDate.of(2020, 9, 1), null);
    evaluation.publish(lead(), id);

    assertThat(evaluation.results(lead(), id)).extracting(r -> r.unit().code()).containsExactly("BJSWJ", "BJGJJ");
    assertThatThrownBy(() -> evaluation.evaluate(lead(), id, "BJGJJ", 90, "改", JointEvaluation.Grade.GOOD))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> evaluation.addHonour(lead(), id, JointEvaluation.HonourKind.SERVICE_STAR, "BJGJJ", "x", "y"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void theWholeCampaignExportsToExcelAndPrintsAsASummaryReport() throws Exception {
    UUID id = campaigns.create(lead(), seedLike(2020, List.of("BJSWJ")));
    campaigns.submit(unitAdmin("BJSWJ"), of(id, "BJSWJ", DeliverableKind.WORK_PLAN, "-").id(), "方案", List.of());

    byte[] xlsx = mvc.perform(get("/campaigns/{id}/export", id).with(as(lead())))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("spreadsheetml")))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    try (var reader = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      assertThat(reader.getSheets().map(s -> s.getName()).toList()).contains("行动", "报送记录", "测评结果");
      var rows = reader.getSheets().filter(s -> s.getName().equals("报送记录")).findFirst().orElseThrow().read();
      assertThat(rows).anyMatch(r -> r.getCellCount() > 10 && "方案".equals(r.getCellText(10)));
    }
    mvc.perform(get("/campaigns/{id}/report", id).with(as(accounts.actor("leader"))))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("汇总报告")));
  }

  @Test
  void theDemoHoldsTheSeeds2020CampaignWithRealisticSubmissionsAndACurrentOne() {
    UUID past = jdbc.sql("SELECT id FROM campaign WHERE document_number = '宝政办函〔2020〕50号'").query(UUID.class).single();
    var c = campaigns.get(past);
    assertThat(c.summary().theme()).isEqualTo("窗口树形象，服务促发展");
    assertThat(c.phase(Phase.ACTION).startsOn()).isEqualTo(LocalDate.of(2020, 7, 1));
    assertThat(c.units()).hasSizeGreaterThanOrEqualTo(29).extracting(u -> u.name()).contains("宝鸡南站", "市税务局");
    CampaignBoard.Dashboard d = board.dashboard(lead(), past);
    assertThat(d.onTime()).isGreaterThan(d.late()).isGreaterThan(0);
    assertThat(d.late()).isGreaterThan(0);
    assertThat(d.missing()).isGreaterThan(0);
    assertThat(c.summary().resultsPublishedAt()).isNotNull();
    assertThat(evaluation.honours(past)).extracting(JointEvaluation.Honour::kind)
        .contains(JointEvaluation.HonourKind.MODEL_WINDOW, JointEvaluation.HonourKind.SERVICE_STAR,
            JointEvaluation.HonourKind.BRAND_SERVICE);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign WHERE campaign_year = :y")
        .param("y", ChinaTime.today(clock).getYear()).query(Long.class).single()).isGreaterThanOrEqualTo(1);
  }
}
