package org.servicewindow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ConflictException;
import org.servicewindow.identity.Actor;
import org.servicewindow.training.TrainingFixture.UnitSetup;
import org.servicewindow.training.internal.Attempt;
import org.servicewindow.training.internal.Question;
import org.servicewindow.training.internal.QuestionKind;
import org.servicewindow.training.internal.Quiz;
import org.servicewindow.training.internal.QuizKind;
import org.servicewindow.training.internal.Quizzes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Quizzes and contest rounds decided on the server: its clock starts the attempt and enforces the time
 * limit, one attempt per person (also under simultaneous submissions), shuffled order, automatic scoring,
 * ranking.
 */
@IntegrationTest
class TrainingQuizIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired TestClock clock;
  @Autowired Quizzes quizzes;
  @Autowired TrainingApi api;
  @Autowired TestAccounts accounts;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private record Setup(TrainingFixture fixture, UnitSetup unit, Quiz quiz) {}

  private Setup openQuiz(int staff, int questions, int minutes, QuizKind kind, boolean openToAll) {
    TrainingFixture f = new TrainingFixture(context);
    UnitSetup u = f.unit(staff);
    f.questions(u, Topic.POLICY, questions);
    Instant now = clock.instant();
    Quiz quiz = f.quiz(u, kind, questions, minutes, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)),
        openToAll);
    return new Setup(f, u, quiz);
  }

  /** The right answers (the second option as written) to every question, or wrong ones for the first {@code wrong}. */
  private MockHttpServletRequestBuilder answers(Attempt attempt, int wrong) {
    MockHttpServletRequestBuilder request = post("/training/attempts/" + attempt.id());
    List<Quizzes.AttemptQuestion> questions = quizzes.questionsOf(attempt);
    for (int i = 0; i < questions.size(); i++) {
      request.param("a_" + questions.get(i).question().id(), i < wrong ? "0" : "1");
    }
    return request;
  }

  @Test
  void aStaffMemberTakesAQuizOnThePhonePageAndIsScoredAutomatically() throws Exception {
    Setup s = openQuiz(1, 5, 10, QuizKind.QUIZ, false);
    Actor me = s.unit().staff().get(0);
    mvc.perform(get("/training/quizzes/" + s.quiz().id()).with(as(me)))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("开始答题")));
    mvc.perform(post("/training/quizzes/" + s.quiz().id() + "/start").with(as(me)).with(csrf()))
        .andExpect(status().isFound());
    Attempt attempt = quizzes.attemptOf(s.quiz().id(), s.unit().members().get(0).id()).orElseThrow();
    assertThat(attempt.deadlineAt()).isEqualTo(attempt.startsAt().plus(Duration.ofMinutes(10)));
    mvc.perform(get("/training/attempts/" + attempt.id()).with(as(me)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("name=\"a_")))
        .andExpect(content().string(Matchers.containsString("data-remaining=\"")));

    mvc.perform(answers(attempt, 2).with(as(me)).with(csrf())).andExpect(flashKey("training.attempt.submitted"));
    Attempt done = quizzes.attemptFor(me, attempt.id());
    assertThat(done.score()).isEqualTo(3);
    assertThat(done.maxScore()).isEqualTo(5);
    mvc.perform(get("/training/attempts/" + attempt.id()).with(as(me)))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("3 / 5")));
    assertThat(api.indicatorsOfStaff(s.unit().members().get(0).id(), org.servicewindow.common.ChinaTime.today(clock)
        .getYear()).averageQuizPercent()).isEqualByComparingTo("60.0");
  }

  @Test
  void aLateSubmissionIsRefusedAndScoresNothing() throws Exception {
    Setup s = openQuiz(1, 3, 2, QuizKind.CONTEST, false);
    Actor me = s.unit().staff().get(0);
    Attempt attempt = quizzes.start(me, s.quiz().id());

    clock.advance(Duration.ofMinutes(2).plus(Quizzes.GRACE).plusSeconds(1));
    mvc.perform(answers(attempt, 0).with(as(me)).with(csrf())).andExpect(flashKey("training.attempt.late"));
    assertThat(quizzes.attemptFor(me, attempt.id()).submitted()).isFalse();
    assertThatThrownBy(() -> quizzes.submit(me, attempt.id(), Map.of())).isInstanceOf(BusinessRuleException.class);
    mvc.perform(get("/training/attempts/" + attempt.id()).with(as(me)))
        .andExpect(content().string(Matchers.containsString("已超过答题时限")));
    assertThat(quizzes.ranking(s.quiz(), org.servicewindow.common.PageQuery.of(0, 20)).items()).isEmpty();
  }

  @Test
  void aSubmissionJustInsideTheLimitCounts() {
    Setup s = openQuiz(1, 3, 2, QuizKind.QUIZ, false);
    Actor me = s.unit().staff().get(0);
    Attempt attempt = quizzes.start(me, s.quiz().id());
    clock.advance(Duration.ofMinutes(2).minusSeconds(1));
    assertThat(quizzes.submit(me, attempt.id(), Map.of()).score()).isZero();
  }

  @Test
  void startingAgainReturnsTheSameAttemptAndASecondSubmissionIsRefused() {
    Setup s = openQuiz(1, 3, 5, QuizKind.QUIZ, false);
    Actor me = s.unit().staff().get(0);
    Attempt first = quizzes.start(me, s.quiz().id());
    clock.advance(Duration.ofMinutes(1));
    Attempt again = quizzes.start(me, s.quiz().id());
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.deadlineAt()).as("a reload buys no time").isEqualTo(first.deadlineAt());

    quizzes.submit(me, first.id(), Map.of());
    assertThatThrownBy(() -> quizzes.submit(me, first.id(), Map.of())).isInstanceOf(ConflictException.class);
  }

  @Test
  void twoSimultaneousSubmissionsOfOneAttemptLetExactlyOneWin() throws Exception {
    Setup s = openQuiz(1, 4, 5, QuizKind.CONTEST, false);
    Actor me = s.unit().staff().get(0);
    Attempt attempt = quizzes.start(me, s.quiz().id());
    Map<UUID, Set<Integer>> right = new HashMap<>();
    Map<UUID, Set<Integer>> wrong = new HashMap<>();
    for (Quizzes.AttemptQuestion q : quizzes.questionsOf(attempt)) {
      right.put(q.question().id(), Set.of(1));
      wrong.put(q.question().id(), Set.of(0));
    }
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (Map<UUID, Set<Integer>> answers : List.of(right, wrong)) {
        Callable<Integer> submit = () -> {
          go.await();
          return quizzes.submit(me, attempt.id(), answers).score();
        };
        results.add(pool.submit(submit));
      }
      go.countDown();
      int won = 0;
      int lost = 0;
      Integer score = null;
      for (Future<Integer> r : results) {
        try {
          score = r.get();
          won++;
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(ConflictException.class);
          lost++;
        }
      }
      assertThat(won).isEqualTo(1);
      assertThat(lost).isEqualTo(1);
      Attempt stored = quizzes.attemptFor(me, attempt.id());
      assertThat(stored.score()).as("the stored score is the winner's").isEqualTo(score);
      long rightAnswers = quizzes.questionsOf(stored).stream().filter(q -> Boolean.TRUE.equals(q.correct())).count();
      assertThat(rightAnswers).as("the answers stored are the winner's").isEqualTo(score.longValue());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void everyAttemptShowsItsOwnOrderOfQuestionsAndOptions() {
    Setup s = openQuiz(6, 8, 5, QuizKind.QUIZ, false);
    List<String> orders = new ArrayList<>();
    for (Actor staff : s.unit().staff()) {
      Attempt a = quizzes.start(staff, s.quiz().id());
      StringBuilder order = new StringBuilder();
      for (Quizzes.AttemptQuestion q : quizzes.questionsOf(a)) {
        order.append(q.question().body()).append(q.options().stream().map(Question.Option::label).toList());
      }
      orders.add(order.toString());
    }
    assertThat(orders).as("six attempts of 8 questions with 4 options each").doesNotHaveDuplicates();
  }

  @Test
  void theContestRankingOrdersByScoreThenTimeAndIsPaged() throws Exception {
    Setup s = openQuiz(3, 4, 10, QuizKind.CONTEST, true);
    List<Actor> staff = s.unit().staff();
    int[] wrong = {1, 0, 0};
    for (int i = 0; i < staff.size(); i++) {
      Attempt a = quizzes.start(staff.get(i), s.quiz().id());
      clock.advance(Duration.ofSeconds(30L * (3 - i)));
      mvc.perform(answers(a, wrong[i]).with(as(staff.get(i))).with(csrf())).andExpect(status().isFound());
    }
    List<String> names = quizzes.ranking(s.quiz(), org.servicewindow.common.PageQuery.of(0, 2)).items().stream()
        .map(r -> r.attempt().staffName()).toList();
    assertThat(names).as("full marks first, the faster one ahead").containsExactly("学员3", "学员2");
    assertThat(quizzes.ranking(s.quiz(), org.servicewindow.common.PageQuery.of(1, 2)).items())
        .singleElement().satisfies(r -> {
          assertThat(r.rank()).isEqualTo(3);
          assertThat(r.attempt().staffName()).isEqualTo("学员1");
        });
    mvc.perform(get("/admin/training/quizzes/" + s.quiz().id()).with(as(s.unit().admin())))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("学员3")));
    // a city-wide contest: staff of any unit may take it, any reader sees the ranking
    UnitSetup other = s.fixture().unit(1);
    assertThat(quizzes.start(other.staff().get(0), s.quiz().id()).quizId()).isEqualTo(s.quiz().id());
    mvc.perform(get("/admin/training/quizzes/" + s.quiz().id()).with(as(other.admin()))).andExpect(status().isOk());
  }

  @Test
  void aUnitQuizStaysInsideTheUnit() throws Exception {
    Setup s = openQuiz(1, 3, 5, QuizKind.QUIZ, false);
    UnitSetup other = s.fixture().unit(1);
    mvc.perform(get("/training/quizzes/" + s.quiz().id()).with(as(other.staff().get(0)))).andExpect(status().isNotFound());
    mvc.perform(post("/training/quizzes/" + s.quiz().id() + "/start").with(as(other.staff().get(0))).with(csrf()))
        .andExpect(flashKey("training.quiz.notFound"));
    mvc.perform(get("/admin/training/quizzes/" + s.quiz().id()).with(as(other.admin()))).andExpect(status().isNotFound());
    Attempt mine = quizzes.start(s.unit().staff().get(0), s.quiz().id());
    mvc.perform(get("/training/attempts/" + mine.id()).with(as(other.staff().get(0)))).andExpect(status().isNotFound());
    mvc.perform(post("/training/attempts/" + mine.id()).with(as(other.staff().get(0))).with(csrf()))
        .andExpect(flashKey("training.attempt.notFound"));
    mvc.perform(get("/admin/training/quizzes/" + s.quiz().id()).with(as(accounts.actor("leader")))).andExpect(status().isOk());
  }

  @Test
  void aQuestionNoQuizDrewIsCorrectedInPlaceOneAlreadyDrawnIsRetiredAndCopied() throws Exception {
    Setup s = openQuiz(1, 3, 3, QuizKind.QUIZ, false);
    UUID drawn = jdbc.sql("SELECT question_id FROM training_quiz_question WHERE quiz_id = :q ORDER BY ordinal LIMIT 1")
        .param("q", s.quiz().id()).query(UUID.class).single();
    Question fresh = quizzes.addQuestion(s.unit().admin(), new Quizzes.QuestionDetails(Topic.POLICY, QuestionKind.TRUE_FALSE,
        "窗口工作人员可以替群众评价。", null, List.of(), Set.of(0)));

    // not drawn yet: changed in place, same id
    mvc.perform(get("/admin/training/questions/" + fresh.id() + "/edit").with(as(s.unit().admin())))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("窗口工作人员可以替群众评价。")));
    mvc.perform(post("/admin/training/questions/" + fresh.id()).with(as(s.unit().admin())).with(csrf())
            .param("topic", "POLICY").param("kind", "TRUE_FALSE").param("body", "窗口工作人员可以替群众评价。").param("correct", "1"))
        .andExpect(flashKey("training.question.revised"));
    assertThat(quizzes.question(s.unit().admin(), fresh.id()).correctOrdinals()).containsExactly(1);

    // drawn into a quiz: the original stays as answered, is retired, and a corrected copy joins the bank
    Question before = quizzes.question(s.unit().admin(), drawn);
    mvc.perform(post("/admin/training/questions/" + drawn).with(as(s.unit().admin())).with(csrf())
            .param("topic", before.topic().name()).param("kind", "TRUE_FALSE").param("body", "更正后的题目").param("correct", "0"))
        .andExpect(flashKey("training.question.revisedAsCopy"));
    Question kept = quizzes.question(s.unit().admin(), drawn);
    assertThat(kept.body()).isEqualTo(before.body());
    assertThat(kept.active()).isFalse();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM training_question WHERE unit_code = :u AND body = '更正后的题目' AND active")
        .param("u", kept.unitCode()).query(Long.class).single()).isEqualTo(1);

    // a bad correction keeps what was typed and says why
    mvc.perform(post("/admin/training/questions/" + fresh.id()).with(as(s.unit().admin())).with(csrf())
            .param("topic", "POLICY").param("kind", "SINGLE").param("body", "只有一个选项的题").param("options", "唯一选项")
            .param("correct", "0"))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("单选题须有 2–6 个选项")))
        .andExpect(content().string(Matchers.containsString("只有一个选项的题")));

    // retire and bring back; another unit's admin cannot touch it
    mvc.perform(post("/admin/training/questions/" + fresh.id() + "/active").param("active", "false")
            .with(as(s.unit().admin())).with(csrf()))
        .andExpect(flashKey("training.question.deactivated"));
    assertThat(quizzes.question(s.unit().admin(), fresh.id()).active()).isFalse();
    mvc.perform(get("/admin/training/questions").with(as(s.unit().admin())))
        .andExpect(content().string(Matchers.containsString("已停用")));
    UnitSetup other = s.fixture().unit(1);
    mvc.perform(get("/admin/training/questions/" + fresh.id() + "/edit").with(as(other.admin())))
        .andExpect(status().isNotFound());
    mvc.perform(post("/admin/training/questions/" + fresh.id() + "/active").param("active", "true")
            .with(as(other.admin())).with(csrf()))
        .andExpect(flashKey("training.question.notFound"));
    assertThat(quizzes.question(s.unit().admin(), fresh.id()).active()).isFalse();
  }

  @Test
  void anOrganizerBuildsTheBankAndSetsAQuizThroughTheScreens() throws Exception {
    UnitSetup u = new TrainingFixture(context).unit(1);
    mvc.perform(post("/admin/training/questions").with(as(u.admin())).with(csrf())
            .param("topic", "CIVIL_LANGUAGE").param("kind", "SINGLE").param("body", "规范的接待用语是？")
            .param("options", "您好，请问办理什么业务？", "干什么的？", "", "").param("correct", "0").param("correct", "1"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("单选题须有 2–6 个选项，且只有 1 个正确答案")))
        .andExpect(content().string(Matchers.containsString("规范的接待用语是？")));
    mvc.perform(post("/admin/training/questions").with(as(u.admin())).with(csrf())
            .param("topic", "CIVIL_LANGUAGE").param("kind", "SINGLE").param("body", "规范的接待用语是？")
            .param("options", "干什么的？", "", "您好，请问办理什么业务？", "").param("correct", "2"))
        .andExpect(flashKey("training.question.added"));
    mvc.perform(post("/admin/training/questions").with(as(u.admin())).with(csrf())
            .param("topic", "CIVIL_LANGUAGE").param("kind", "TRUE_FALSE").param("body", "接听电话应先问候。")
            .param("correct", "0"))
        .andExpect(flashKey("training.question.added"));
    mvc.perform(get("/admin/training/questions").param("topic", "CIVIL_LANGUAGE").with(as(u.admin())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("<li class=\"right\">您好，请问办理什么业务？</li>")))
        .andExpect(content().string(Matchers.containsString("<li class=\"right\">正确</li>")));

    String opens = java.time.LocalDateTime.ofInstant(clock.instant(), org.servicewindow.common.ChinaTime.ZONE)
        .minusHours(1).withSecond(0).withNano(0).toString();
    String closes = java.time.LocalDateTime.ofInstant(clock.instant(), org.servicewindow.common.ChinaTime.ZONE)
        .plusDays(1).withSecond(0).withNano(0).toString();
    mvc.perform(post("/admin/training/quizzes").with(as(u.admin())).with(csrf()).param("kind", "QUIZ")
            .param("title", "文明用语小测").param("topic", "CIVIL_LANGUAGE").param("questionCount", "3")
            .param("timeLimitMinutes", "5").param("opensAt", opens).param("closesAt", closes))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("只有 2 道，不足 3 道")));
    mvc.perform(post("/admin/training/quizzes").with(as(u.admin())).with(csrf()).param("kind", "QUIZ")
            .param("title", "文明用语小测").param("topic", "CIVIL_LANGUAGE").param("questionCount", "2")
            .param("timeLimitMinutes", "5").param("opensAt", opens).param("closesAt", closes))
        .andExpect(flashKey("training.quiz.created"));
    mvc.perform(get("/training/mine").with(as(u.staff().get(0))))
        .andExpect(content().string(Matchers.containsString("文明用语小测")));
  }

  @Test
  void aQuizCannotBeStartedOutsideItsOpeningTimes() {
    TrainingFixture f = new TrainingFixture(context);
    UnitSetup u = f.unit(1);
    f.questions(u, Topic.SKILLS, 2);
    Instant now = clock.instant();
    Quiz later = f.quiz(u, QuizKind.QUIZ, 2, 5, now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)), false);
    assertThatThrownBy(() -> quizzes.start(u.staff().get(0), later.id()))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("notOpenYet");
    Quiz closing = f.quiz(u, QuizKind.CONTEST, 2, 10, now.minus(Duration.ofHours(1)), now.plus(Duration.ofMinutes(3)),
        false);
    assertThat(quizzes.start(u.staff().get(0), closing.id()).deadlineAt())
        .as("a round ends for everyone at its closing time").isEqualTo(closing.closesAt().truncatedTo(ChronoUnit.MICROS));
    assertThatThrownBy(() -> f.quiz(u, QuizKind.QUIZ, 5, 5, now, now.plus(Duration.ofHours(1)), false))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("notEnoughQuestions");
  }
}
