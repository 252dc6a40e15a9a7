package org.servicewindow.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.training.Topic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Question banks, quizzes and contest rounds, and the attempts at them. Everything that decides a score
 * happens here on the server: the start time and deadline, the order questions and options are shown in,
 * one attempt per person, and the scoring.
 */
@Service
public class Quizzes {

  /** Allowance for the network between the last second on the phone and the server. */
  public static final Duration GRACE = Duration.ofSeconds(5);

  public record QuestionDetails(Topic topic, QuestionKind kind, String body, String explanation, List<String> options,
      Set<Integer> correct) {}

  public record QuizDetails(QuizKind kind, String title, UUID sessionId, Topic topic, int questionCount,
      int timeLimitMinutes, Instant opensAt, Instant closesAt, boolean openToAll) {}

  public record QuizListing(Quiz quiz, String unitName, int questions, long submitted) {}

  /** A quiz as a participant sees it in their list, with their own attempt if any. */
  public record MyQuiz(Quiz quiz, Attempt attempt) {}

  /** A question of an attempt, in the attempt's order, with its options in the attempt's order. */
  public record AttemptQuestion(int number, Question question, List<Question.Option> options, Set<Integer> answer,
      Boolean correct) {}

  /** A line of a contest ranking. */
  public record Ranked(int rank, Attempt attempt, String unitName) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final Participants participants;
  private final PlanAdministration plans;
  private final Random random = new java.security.SecureRandom();

  Quizzes(JdbcClient jdbc, AuditTrail audit, Clock clock, Participants participants, PlanAdministration plans) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.participants = participants;
    this.plans = plans;
  }

  // ---- question bank

  @Transactional
  public Question addQuestion(Actor actor, QuestionDetails d) {
    String unit = TrainingAccess.organizerUnit(actor);
    List<Question.Option> options = options(d);
    Question.check(d.kind(), d.body(), options);
    Question q = new Question(Ids.newId(clock), unit, d.topic(), d.kind(), d.body().strip(),
        PlanAdministration.blankToNull(d.explanation()), true, options, clock.instant(), actor.username());
    insertQuestion(q);
    audit.record("training.questionAdded", "trainingQuestion", q.id(), null, q);
    return q;
  }

  /** A question of the organizer's bank, for editing. */
  public Question question(Actor actor, UUID id) {
    Question q = withOptions(jdbc.sql("SELECT * FROM training_question WHERE id = :id").param("id", id)
        .query(Quizzes::questionRow).list()).stream().findFirst()
        .orElseThrow(() -> new NotFoundException("training.question.notFound"));
    TrainingAccess.requireOrganizerOf(actor, q.unitCode(), "training.question.notFound");
    return q;
  }

  /**
   * Corrects a question. One no quiz has drawn yet is changed in place; one already drawn stays as it was —
   * past quizzes, attempts and scores keep the text they were answered against — and is retired in favour
   * of a corrected copy, which is returned.
   */
  @Transactional
  public Question reviseQuestion(Actor actor, UUID id, QuestionDetails d) {
    Question before = question(actor, id);
    List<Question.Option> options = options(d);
    Question.check(d.kind(), d.body(), options);
    boolean drawn = jdbc.sql("SELECT COUNT(*) FROM training_quiz_question WHERE question_id = :id").param("id", id)
        .query(Long.class).single() > 0;
    Question after;
    if (drawn) {
      jdbc.sql("UPDATE training_question SET active = FALSE WHERE id = :id").param("id", id).update();
      after = new Question(Ids.newId(clock), before.unitCode(), d.topic(), d.kind(), d.body().strip(),
          PlanAdministration.blankToNull(d.explanation()), true, options, clock.instant(), actor.username());
      insertQuestion(after);
    } else {
      after = new Question(id, before.unitCode(), d.topic(), d.kind(), d.body().strip(),
          PlanAdministration.blankToNull(d.explanation()), before.active(), options, before.createdAt(),
          before.createdBy());
      jdbc.sql("UPDATE training_question SET topic = :topic, kind = :kind, body = :body, explanation = :explanation"
              + " WHERE id = :id")
          .param("topic", after.topic().name()).param("kind", after.kind().name()).param("body", after.body())
          .param("explanation", after.explanation()).param("id", id).update();
      jdbc.sql("DELETE FROM training_option WHERE question_id = :id").param("id", id).update();
      insertOptions(after);
    }
    audit.record("training.questionRevised", "trainingQuestion", id, before, after);
    return after;
  }

  /** Takes a question out of (or back into) the pool new quizzes draw from; quizzes already set keep it. */
  @Transactional
  public Question setQuestionActive(Actor actor, UUID id, boolean active) {
    Question before = question(actor, id);
    jdbc.sql("UPDATE training_question SET active = :active WHERE id = :id").param("active", active).param("id", id)
        .update();
    audit.record(active ? "training.questionActivated" : "training.questionDeactivated", "trainingQuestion", id,
        Map.of("active", before.active()), Map.of("active", active));
    return question(actor, id);
  }

  private static List<Question.Option> options(QuestionDetails d) {
    List<Question.Option> options = new ArrayList<>();
    if (d.kind() == QuestionKind.TRUE_FALSE) {
      options.add(new Question.Option(0, "正确", d.correct() != null && d.correct().contains(0)));
      options.add(new Question.Option(1, "错误", d.correct() != null && d.correct().contains(1)));
    } else {
      List<String> raw = d.options() == null ? List.of() : d.options();
      for (int i = 0; i < raw.size(); i++) {
        if (raw.get(i) != null && !raw.get(i).isBlank()) {
          options.add(new Question.Option(options.size(), raw.get(i).strip(),
              d.correct() != null && d.correct().contains(i)));
        }
      }
    }
    return options;
  }

  public void insertQuestion(Question q) {
    jdbc.sql("""
            INSERT INTO training_question (id, unit_code, topic, kind, body, explanation, active, created_at, created_by)
            VALUES (:id, :unit, :topic, :kind, :body, :explanation, :active, :at, :by)
            """)
        .param("id", q.id()).param("unit", q.unitCode()).param("topic", q.topic().name())
        .param("kind", q.kind().name()).param("body", q.body()).param("explanation", q.explanation())
        .param("active", q.active()).param("at", SqlTime.param(q.createdAt())).param("by", q.createdBy())
        .update();
    insertOptions(q);
  }

  private void insertOptions(Question q) {
    for (Question.Option o : q.options()) {
      jdbc.sql("INSERT INTO training_option (question_id, ordinal, label, correct) VALUES (:q, :n, :label, :correct)")
          .param("q", q.id()).param("n", o.ordinal()).param("label", o.label()).param("correct", o.correct())
          .update();
    }
  }

  public Paged<Question> questions(Actor actor, Topic topic, PageQuery page) {
    DataScope scope = DataScope.of(actor);
    String where = " WHERE " + scope.sql("unit_code", null, null) + (topic == null ? "" : " AND topic = :topic");
    var params = new LinkedHashMap<String, Object>(scope.params());
    if (topic != null) {
      params.put("topic", topic.name());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM training_question" + where).params(params).query(Long.class).single();
    List<Question> items = withOptions(jdbc.sql("SELECT * FROM training_question" + where
            + " ORDER BY created_at DESC LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query(Quizzes::questionRow).list());
    return page.result(items, total);
  }

  private static Question questionRow(ResultSet rs, int n) throws SQLException {
    return new Question(rs.getObject("id", UUID.class), rs.getString("unit_code"), Topic.valueOf(rs.getString("topic")),
        QuestionKind.valueOf(rs.getString("kind")), rs.getString("body"), rs.getString("explanation"),
        rs.getBoolean("active"), List.of(), SqlTime.instant(rs, "created_at"), rs.getString("created_by"));
  }

  private List<Question> withOptions(List<Question> questions) {
    if (questions.isEmpty()) {
      return questions;
    }
    Map<UUID, List<Question.Option>> options = new LinkedHashMap<>();
    jdbc.sql("SELECT * FROM training_option WHERE question_id IN (:ids) ORDER BY question_id, ordinal")
        .param("ids", questions.stream().map(Question::id).toList())
        .query(rs -> {
          options.computeIfAbsent(rs.getObject("question_id", UUID.class), k -> new ArrayList<>())
              .add(new Question.Option(rs.getInt("ordinal"), rs.getString("label"), rs.getBoolean("correct")));
        });
    return questions.stream().map(q -> new Question(q.id(), q.unitCode(), q.topic(), q.kind(), q.body(),
        q.explanation(), q.active(), options.getOrDefault(q.id(), List.of()), q.createdAt(), q.createdBy())).toList();
  }

  // ---- quizzes

  /** Sets up a quiz or contest round with questions drawn at random from the organizer's bank. */
  @Transactional
  public Quiz createQuiz(Actor actor, QuizDetails d) {
    String unit = TrainingAccess.organizerUnit(actor);
    if (!d.closesAt().isAfter(d.opensAt())) {
      throw new BusinessRuleException("training.quiz.closesBeforeOpen");
    }
    if (d.timeLimitMinutes() < 1 || d.timeLimitMinutes() > 180) {
      throw new BusinessRuleException("training.quiz.timeLimit.invalid");
    }
    if (d.questionCount() < 1 || d.questionCount() > 50) {
      throw new BusinessRuleException("training.quiz.questionCount.invalid");
    }
    if (d.sessionId() != null) {
      TrainingSession session = plans.session(actor, d.sessionId());
      TrainingAccess.requireOrganizerOf(actor, session.unitCode(), "training.session.notFound");
    }
    List<UUID> pool = jdbc.sql("SELECT id FROM training_question WHERE unit_code = :unit AND active"
            + (d.topic() == null ? "" : " AND topic = :topic") + " ORDER BY id")
        .param("unit", unit).params(d.topic() == null ? Map.of() : Map.of("topic", d.topic().name()))
        .query(UUID.class).list();
    if (pool.size() < d.questionCount()) {
      throw new BusinessRuleException("training.quiz.notEnoughQuestions", pool.size(), d.questionCount());
    }
    List<UUID> chosen = new ArrayList<>(pool);
    Collections.shuffle(chosen, random);
    Quiz quiz = new Quiz(Ids.newId(clock), unit, d.kind(), d.title().strip(), d.sessionId(), d.topic(),
        d.kind() == QuizKind.CONTEST && d.openToAll(), d.timeLimitMinutes() * 60, d.opensAt(), d.closesAt(),
        clock.instant(), actor.username());
    insertQuiz(quiz, chosen.subList(0, d.questionCount()));
    audit.record("training.quizCreated", "trainingQuiz", quiz.id(), null, quiz);
    return quiz;
  }

  public void insertQuiz(Quiz q, List<UUID> questionIds) {
    jdbc.sql("""
            INSERT INTO training_quiz (id, unit_code, kind, title, session_id, topic, open_to_all, time_limit_seconds,
                                       opens_at, closes_at, created_at, created_by)
            VALUES (:id, :unit, :kind, :title, :session, :topic, :all, :limit, :opens, :closes, :at, :by)
            """)
        .param("id", q.id()).param("unit", q.unitCode()).param("kind", q.kind().name()).param("title", q.title())
        .param("session", q.sessionId()).param("topic", q.topic() == null ? null : q.topic().name())
        .param("all", q.openToAll()).param("limit", q.timeLimitSeconds()).param("opens", SqlTime.param(q.opensAt()))
        .param("closes", SqlTime.param(q.closesAt())).param("at", SqlTime.param(q.createdAt()))
        .param("by", q.createdBy())
        .update();
    for (int i = 0; i < questionIds.size(); i++) {
      jdbc.sql("INSERT INTO training_quiz_question (quiz_id, question_id, ordinal, points) VALUES (:quiz, :q, :n, 1)")
          .param("quiz", q.id()).param("q", questionIds.get(i)).param("n", i).update();
    }
  }

  private static Quiz quizRow(ResultSet rs, int n) throws SQLException {
    String topic = rs.getString("topic");
    return new Quiz(rs.getObject("id", UUID.class), rs.getString("unit_code"), QuizKind.valueOf(rs.getString("kind")),
        rs.getString("title"), rs.getObject("session_id", UUID.class), topic == null ? null : Topic.valueOf(topic),
        rs.getBoolean("open_to_all"), rs.getInt("time_limit_seconds"), SqlTime.instant(rs, "opens_at"),
        SqlTime.instant(rs, "closes_at"), SqlTime.instant(rs, "created_at"), rs.getString("created_by"));
  }

  Optional<Quiz> findQuiz(UUID id) {
    return jdbc.sql("SELECT * FROM training_quiz WHERE id = :id").param("id", id).query(Quizzes::quizRow).optional();
  }

  /** A quiz for a reader: their unit's, or any contest open to the whole city. */
  public Quiz quiz(Actor actor, UUID id) {
    Quiz quiz = findQuiz(id).orElseThrow(() -> new NotFoundException("training.quiz.notFound"));
    if (!quiz.openToAll()) {
      TrainingAccess.requireInScope(actor, quiz.unitCode(), "training.quiz.notFound");
    }
    return quiz;
  }

  public Paged<QuizListing> quizzes(Actor actor, QuizKind kind, PageQuery page) {
    DataScope scope = DataScope.of(actor);
    String where = " WHERE (" + scope.sql("z.unit_code", null, null) + " OR z.open_to_all)"
        + (kind == null ? "" : " AND z.kind = :kind");
    var params = new LinkedHashMap<String, Object>(scope.params());
    if (kind != null) {
      params.put("kind", kind.name());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM training_quiz z" + where).params(params).query(Long.class).single();
    List<QuizListing> items = jdbc.sql("""
            SELECT z.*, (SELECT COUNT(*) FROM training_quiz_question qq WHERE qq.quiz_id = z.id) AS questions,
                   (SELECT COUNT(*) FROM training_attempt a WHERE a.quiz_id = z.id AND a.submitted_at IS NOT NULL) AS submitted
            FROM training_quiz z""" + where + " ORDER BY z.opens_at DESC LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> new QuizListing(quizRow(rs, n), participants.unitName(rs.getString("unit_code")),
            rs.getInt("questions"), rs.getLong("submitted")))
        .list();
    return page.result(items, total);
  }

  public int questionCount(UUID quizId) {
    return jdbc.sql("SELECT COUNT(*) FROM training_quiz_question WHERE quiz_id = :quiz").param("quiz", quizId)
        .query(Integer.class).single();
  }

  /** Submitted attempts, best first: higher score, then faster, then earlier. */
  public Paged<Ranked> ranking(Quiz quiz, PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM training_attempt WHERE quiz_id = :quiz AND submitted_at IS NOT NULL")
        .param("quiz", quiz.id()).query(Long.class).single();
    List<Attempt> attempts = jdbc.sql("""
            SELECT * FROM training_attempt WHERE quiz_id = :quiz AND submitted_at IS NOT NULL
            ORDER BY score DESC, duration_ms, submitted_at, staff_number LIMIT :limit OFFSET :offset
            """)
        .param("quiz", quiz.id()).param("limit", page.size()).param("offset", page.offset())
        .query(Quizzes::attemptRow).list();
    List<Ranked> items = new ArrayList<>();
    for (int i = 0; i < attempts.size(); i++) {
      Attempt a = attempts.get(i);
      items.add(new Ranked((int) page.offset() + i + 1, a, participants.unitName(a.unitCode())));
    }
    return page.result(items, total);
  }

  /** The rank of a submitted attempt among its quiz's submitted attempts. */
  public int rankOf(Attempt a) {
    return 1 + jdbc.sql("""
            SELECT COUNT(*) FROM training_attempt o WHERE o.quiz_id = :quiz AND o.submitted_at IS NOT NULL AND o.id <> :id
              AND (o.score > :score OR (o.score = :score AND (o.duration_ms < :duration
                   OR (o.duration_ms = :duration AND o.submitted_at < :submitted))))
            """)
        .param("quiz", a.quizId()).param("id", a.id()).param("score", a.score()).param("duration", a.durationMs())
        .param("submitted", SqlTime.param(a.submittedAt()))
        .query(Integer.class).single();
  }

  /** The quizzes a staff member may take (their unit's and city-wide contests), latest first. */
  public Paged<MyQuiz> quizzesFor(StaffSummary staff, PageQuery page) {
    String where = " WHERE (z.unit_code = :unit OR z.open_to_all)";
    long total = jdbc.sql("SELECT COUNT(*) FROM training_quiz z" + where).param("unit", staff.unitCode())
        .query(Long.class).single();
    List<Quiz> quizzes = jdbc.sql("SELECT z.* FROM training_quiz z" + where
            + " ORDER BY z.opens_at DESC LIMIT :limit OFFSET :offset")
        .param("unit", staff.unitCode()).param("limit", page.size()).param("offset", page.offset())
        .query(Quizzes::quizRow).list();
    return page.result(quizzes.stream().map(q -> new MyQuiz(q, attemptOf(q.id(), staff.id()).orElse(null))).toList(),
        total);
  }

  public Quiz quizFor(StaffSummary staff, UUID id) {
    Quiz quiz = findQuiz(id).orElseThrow(() -> new NotFoundException("training.quiz.notFound"));
    if (!quiz.openToAll() && !quiz.unitCode().equals(staff.unitCode())) {
      throw new NotFoundException("training.quiz.notFound");
    }
    return quiz;
  }

  // ---- attempts

  static Attempt attemptRow(ResultSet rs, int n) throws SQLException {
    Object score = rs.getObject("score");
    Object duration = rs.getObject("duration_ms");
    return new Attempt(rs.getObject("id", UUID.class), rs.getObject("quiz_id", UUID.class),
        rs.getObject("staff_id", UUID.class), rs.getString("staff_number"), rs.getString("staff_name"),
        rs.getString("unit_code"), SqlTime.instant(rs, "started_at"), SqlTime.instant(rs, "deadline_at"),
        SqlTime.instant(rs, "submitted_at"), score == null ? null : ((Number) score).intValue(), rs.getInt("max_score"),
        duration == null ? null : ((Number) duration).longValue());
  }

  public Optional<Attempt> attemptOf(UUID quizId, UUID staffId) {
    return jdbc.sql("SELECT * FROM training_attempt WHERE quiz_id = :quiz AND staff_id = :staff")
        .param("quiz", quizId).param("staff", staffId).query(Quizzes::attemptRow).optional();
  }

  /**
   * Starts the staff member's only attempt: the server's clock sets the start and the deadline (the time
   * limit, cut at the quiz's closing time), and the
   * questions and their options are shuffled for this attempt. Starting again returns the same attempt
   * with the same deadline (a reload does not buy time); two simultaneous starts create one.
   */
  @Transactional
  public Attempt start(Actor actor, UUID quizId) {
    StaffSummary staff = participants.of(actor);
    Quiz quiz = quizFor(staff, quizId);
    Optional<Attempt> existing = attemptOf(quizId, staff.id());
    if (existing.isPresent()) {
      return existing.get();
    }
    Instant now = clock.instant();
    if (!quiz.openAt(now)) {
      throw new BusinessRuleException(now.isBefore(quiz.opensAt()) ? "training.quiz.notOpenYet" : "training.quiz.closed");
    }
    List<UUID> questionIds = jdbc.sql("SELECT question_id FROM training_quiz_question WHERE quiz_id = :quiz ORDER BY ordinal")
        .param("quiz", quizId).query(UUID.class).list();
    UUID id = Ids.newId(clock);
    int inserted = jdbc.sql("""
            INSERT INTO training_attempt (id, quiz_id, staff_id, staff_number, staff_name, unit_code, started_at,
                                          deadline_at, max_score)
            VALUES (:id, :quiz, :staff, :number, :name, :unit, :started, :deadline, :max)
            ON CONFLICT DO NOTHING
            """)
        .param("id", id).param("quiz", quizId).param("staff", staff.id()).param("number", staff.staffNumber())
        .param("name", staff.name()).param("unit", staff.unitCode()).param("started", SqlTime.param(now))
        .param("deadline", SqlTime.param(deadline(quiz, now)))
        .param("max", questionIds.size())
        .update();
    if (inserted == 1) {
      List<UUID> order = new ArrayList<>(questionIds);
      Collections.shuffle(order, random);
      Map<UUID, Question> questions = questions(order);
      for (int i = 0; i < order.size(); i++) {
        List<Integer> options = questions.get(order.get(i)).options().stream().map(Question.Option::ordinal)
            .collect(Collectors.toCollection(ArrayList::new));
        if (questions.get(order.get(i)).kind() != QuestionKind.TRUE_FALSE) {
          Collections.shuffle(options, random);
        }
        jdbc.sql("""
                INSERT INTO training_attempt_answer (attempt_id, question_id, ordinal, option_order)
                VALUES (:attempt, :question, :n, :options)
                """)
            .param("attempt", id).param("question", order.get(i)).param("n", i)
            .param("options", options.stream().map(String::valueOf).collect(Collectors.joining(",")))
            .update();
      }
      audit.record("training.attemptStarted", "trainingQuiz", quizId, null, Map.of("attempt", id, "staff", staff.staffNumber()));
    }
    return attemptOf(quizId, staff.id()).orElseThrow();
  }

  /** The time limit from the start, but never past the quiz's closing time (a contest round ends for everyone). */
  static Instant deadline(Quiz quiz, Instant startedAt) {
    Instant byLimit = startedAt.plusSeconds(quiz.timeLimitSeconds());
    return byLimit.isAfter(quiz.closesAt()) ? quiz.closesAt() : byLimit;
  }

  private Map<UUID, Question> questions(List<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return withOptions(jdbc.sql("SELECT * FROM training_question WHERE id IN (:ids)").param("ids", ids)
        .query(Quizzes::questionRow).list()).stream().collect(Collectors.toMap(Question::id, q -> q));
  }

  /** The attempt of the signed-in staff member; another person's attempt looks as if it did not exist. */
  public Attempt attemptFor(Actor actor, UUID attemptId) {
    StaffSummary staff = participants.of(actor);
    Attempt a = jdbc.sql("SELECT * FROM training_attempt WHERE id = :id").param("id", attemptId)
        .query(Quizzes::attemptRow).optional()
        .filter(x -> x.staffId().equals(staff.id()))
        .orElseThrow(() -> new NotFoundException("training.attempt.notFound"));
    return a;
  }

  /** The questions of an attempt in its own order, with the answers given (once submitted). */
  public List<AttemptQuestion> questionsOf(Attempt attempt) {
    record Row(UUID questionId, int ordinal, String optionOrder, String answer, Boolean correct) {}
    List<Row> rows = jdbc.sql("SELECT * FROM training_attempt_answer WHERE attempt_id = :id ORDER BY ordinal")
        .param("id", attempt.id())
        .query((rs, n) -> new Row(rs.getObject("question_id", UUID.class), rs.getInt("ordinal"),
            rs.getString("option_order"), rs.getString("answer"), (Boolean) rs.getObject("correct")))
        .list();
    Map<UUID, Question> questions = questions(rows.stream().map(Row::questionId).toList());
    List<AttemptQuestion> result = new ArrayList<>();
    for (Row r : rows) {
      Question q = questions.get(r.questionId());
      List<Question.Option> options = Arrays.stream(r.optionOrder().split(",")).map(Integer::parseInt)
          .map(q::option).toList();
      result.add(new AttemptQuestion(r.ordinal() + 1, q, options, parse(r.answer()), r.correct()));
    }
    return result;
  }

  /**
   * Submits the answers and scores them. Refused after the deadline (plus {@link #GRACE}); a second
   * submission of the same attempt — a double tap, a second device — loses to the first.
   *
   * @param answers chosen option ordinals per question id
   */
  @Transactional
  public Attempt submit(Actor actor, UUID attemptId, Map<UUID, Set<Integer>> answers) {
    Attempt attempt = attemptFor(actor, attemptId);
    if (attempt.submitted()) {
      throw new ConflictException("training.attempt.alreadySubmitted");
    }
    Instant now = clock.instant();
    if (now.isAfter(attempt.deadlineAt().plus(GRACE))) {
      throw new BusinessRuleException("training.attempt.late");
    }
    List<AttemptQuestion> questions = questionsOf(attempt);
    int score = 0;
    for (AttemptQuestion aq : questions) {
      if (aq.question().answeredBy(answers.get(aq.question().id()))) {
        score++;
      }
    }
    long duration = Duration.between(attempt.startsAt(), now).toMillis();
    int claimed = jdbc.sql("""
            UPDATE training_attempt SET submitted_at = :now, score = :score, duration_ms = :duration
            WHERE id = :id AND submitted_at IS NULL
            """)
        .param("now", SqlTime.param(now)).param("score", score).param("duration", duration).param("id", attemptId)
        .update();
    if (claimed == 0) {
      throw new ConflictException("training.attempt.alreadySubmitted");
    }
    for (AttemptQuestion aq : questions) {
      Set<Integer> chosen = answers.getOrDefault(aq.question().id(), Set.of());
      jdbc.sql("UPDATE training_attempt_answer SET answer = :answer, correct = :correct WHERE attempt_id = :a AND question_id = :q")
          .param("answer", chosen.isEmpty() ? null : new TreeSet<>(chosen).stream().map(String::valueOf)
              .collect(Collectors.joining(",")))
          .param("correct", aq.question().answeredBy(chosen)).param("a", attemptId).param("q", aq.question().id())
          .update();
    }
    Attempt after = attemptFor(actor, attemptId);
    audit.record("training.attemptSubmitted", "trainingQuiz", attempt.quizId(), null,
        Map.of("attempt", attemptId, "score", score, "maxScore", attempt.maxScore()));
    return after;
  }

  private static Set<Integer> parse(String answer) {
    if (answer == null || answer.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(answer.split(",")).map(Integer::parseInt).collect(Collectors.toSet());
  }

  /** Attempts of a staff member, latest first (for the learning record). */
  public Paged<Attempt> attemptsOf(UUID staffId, PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM training_attempt WHERE staff_id = :staff").param("staff", staffId)
        .query(Long.class).single();
    List<Attempt> items = jdbc.sql("SELECT * FROM training_attempt WHERE staff_id = :staff ORDER BY started_at DESC"
            + " LIMIT :limit OFFSET :offset")
        .param("staff", staffId).param("limit", page.size()).param("offset", page.offset())
        .query(Quizzes::attemptRow).list();
    return page.result(items, total);
  }

  public Map<UUID, Quiz> quizzesById(java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql("SELECT * FROM training_quiz WHERE id IN (:ids)").param("ids", ids).query(Quizzes::quizRow).list()
        .stream().collect(Collectors.toMap(Quiz::id, q -> q));
  }
}
