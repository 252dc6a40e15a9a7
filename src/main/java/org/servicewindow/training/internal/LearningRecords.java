package org.servicewindow.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.training.TitleKind;
import org.servicewindow.training.Topic;
import org.servicewindow.training.TrainingIndicators;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A staff member's learning record — hours per topic, sessions, quiz and contest results, titles — and
 * the same figures condensed into indicators for assessment.
 */
@Service
public class LearningRecords {

  /** A session attended, missed or made up, for the record. */
  public record SessionLine(TrainingSession session, Attendance attendance) {}

  /** A quiz or contest taken, for the record. */
  public record QuizLine(Attempt attempt, Quiz quiz, Integer rank) {}

  public record Record(
      StaffSummary staff, String unitName, int year, TrainingIndicators indicators, Paged<SessionLine> sessions,
      Paged<QuizLine> quizzes, List<Nomination> titles) {

    public int percent() {
      return indicators.requiredHours() == 0 ? 100 : Math.min(100, indicators.hours().multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(indicators.requiredHours()), 0, RoundingMode.DOWN).intValue());
    }
  }

  private final JdbcClient jdbc;
  private final Participants participants;
  private final PlanAdministration plans;
  private final Quizzes quizzes;
  private final Nominations nominations;

  LearningRecords(JdbcClient jdbc, Participants participants, PlanAdministration plans, Quizzes quizzes,
      Nominations nominations) {
    this.jdbc = jdbc;
    this.participants = participants;
    this.plans = plans;
    this.quizzes = quizzes;
    this.nominations = nominations;
  }

  /** A line of the staff overview: a person with their figures for the year. */
  public record StaffLine(StaffSummary staff, String unitName, TrainingIndicators indicators) {}

  /**
   * The staff in the reader's scope (a unit admin: their unit; leaders and inspectors: the city, or one
   * unit when given), by unit and staff number, each with the year's figures.
   */
  public Paged<StaffLine> overview(Actor actor, String unitCode, int year, PageQuery page) {
    DataScope scope = DataScope.of(actor);
    List<StaffSummary> all = participants.all().stream()
        .filter(s -> scope.permits(s.unitCode(), null, null))
        .filter(s -> unitCode == null || unitCode.isBlank() || unitCode.equals(s.unitCode()))
        .sorted(java.util.Comparator.comparing(StaffSummary::unitCode).thenComparing(StaffSummary::staffNumber))
        .toList();
    List<StaffLine> items = all.stream().skip(page.offset()).limit(page.size())
        .map(s -> new StaffLine(s, participants.unitName(s.unitCode()), indicators(s, year)))
        .toList();
    return page.result(items, all.size());
  }

  /** The record of a staff member in the reader's scope (the organizer sees only their unit's staff). */
  public Record recordFor(Actor actor, UUID staffId, int year, PageQuery sessionPage, PageQuery quizPage) {
    StaffSummary staff = participants.all().stream().filter(s -> s.id().equals(staffId)).findFirst()
        .filter(s -> DataScope.of(actor).permits(s.unitCode(), null, null))
        .orElseThrow(() -> new NotFoundException("training.staff.notFound"));
    return record(staff, year, sessionPage, quizPage);
  }

  public Record record(StaffSummary staff, int year, PageQuery sessionPage, PageQuery quizPage) {
    long sessionTotal = jdbc.sql("""
            SELECT COUNT(*) FROM training_attendance a JOIN training_session s ON s.id = a.session_id
            WHERE a.staff_id = :staff AND s.starts_at >= :from AND s.starts_at < :to
            """)
        .params(period(staff.id(), year)).query(Long.class).single();
    List<SessionLine> sessions = jdbc.sql("SELECT " + TrainingRows.SESSION_COLUMNS + """
             FROM training_attendance a JOIN training_session s ON s.id = a.session_id
            WHERE a.staff_id = :staff AND s.starts_at >= :from AND s.starts_at < :to
            ORDER BY s.starts_at DESC LIMIT :limit OFFSET :offset
            """)
        .params(period(staff.id(), year)).param("limit", sessionPage.size()).param("offset", sessionPage.offset())
        .query(TrainingRows::session).list().stream()
        .map(s -> new SessionLine(s, plans.attendanceOf(s.id(), staff.id()).orElse(null)))
        .toList();
    Paged<Attempt> attempts = quizzes.attemptsOf(staff.id(), quizPage);
    Map<UUID, Quiz> byId = quizzes.quizzesById(attempts.items().stream().map(Attempt::quizId).toList());
    List<QuizLine> quizLines = new ArrayList<>();
    for (Attempt a : attempts.items()) {
      Quiz q = byId.get(a.quizId());
      quizLines.add(new QuizLine(a, q, a.submitted() && q.kind() == QuizKind.CONTEST ? quizzes.rankOf(a) : null));
    }
    return new Record(staff, participants.unitName(staff.unitCode()), year, indicators(staff, year),
        sessionPage.result(sessions, sessionTotal), quizPage.result(quizLines, attempts.total()),
        nominations.titlesOf(staff.id()));
  }

  private static Map<String, Object> period(UUID staffId, int year) {
    return Map.of("staff", staffId, "from", SqlTime.param(TrainingRows.yearStart(year)),
        "to", SqlTime.param(TrainingRows.yearEnd(year)));
  }

  public TrainingIndicators indicators(StaffSummary staff, int year) {
    int required = plans.findPlan(staff.unitCode(), year).map(Plan::requiredHours).orElse(0);
    Map<Topic, BigDecimal> byTopic = new EnumMap<>(Topic.class);
    int[] minutes = {0};
    jdbc.sql("""
            SELECT s.topic, SUM(a.credit_minutes) AS minutes FROM training_attendance a
            JOIN training_session s ON s.id = a.session_id
            WHERE a.staff_id = :staff AND s.starts_at >= :from AND s.starts_at < :to AND a.status <> 'ABSENT'
            GROUP BY s.topic
            """)
        .params(period(staff.id(), year))
        .query(rs -> {
          byTopic.put(Topic.valueOf(rs.getString("topic")), PlanAdministration.hours(rs.getInt("minutes")));
          minutes[0] += rs.getInt("minutes");
        });
    int attended = count("""
        SELECT COUNT(*) FROM training_attendance a JOIN training_session s ON s.id = a.session_id
        WHERE a.staff_id = :staff AND s.starts_at >= :from AND s.starts_at < :to AND a.status <> 'ABSENT'
        """, staff.id(), year);
    int missed = count("""
        SELECT COUNT(*) FROM training_attendance a JOIN training_session s ON s.id = a.session_id
        WHERE a.staff_id = :staff AND s.starts_at >= :from AND s.starts_at < :to AND a.status = 'ABSENT'
        """, staff.id(), year);
    BigDecimal quizPercent = jdbc.sql("""
            SELECT AVG(CAST(a.score AS DECIMAL(10, 4)) * 100 / a.max_score) FROM training_attempt a
            WHERE a.staff_id = :staff AND a.submitted_at IS NOT NULL AND a.max_score > 0
              AND a.started_at >= :from AND a.started_at < :to
            """)
        .params(period(staff.id(), year)).query(BigDecimal.class).optional().orElse(null);
    Integer bestRank = null;
    for (Attempt a : jdbc.sql("""
            SELECT a.* FROM training_attempt a JOIN training_quiz z ON z.id = a.quiz_id
            WHERE a.staff_id = :staff AND z.kind = 'CONTEST' AND a.submitted_at IS NOT NULL
              AND a.started_at >= :from AND a.started_at < :to
            """)
        .params(period(staff.id(), year)).query(Quizzes::attemptRow).list()) {
      int rank = quizzes.rankOf(a);
      bestRank = bestRank == null ? rank : Math.min(bestRank, rank);
    }
    int titles = (int) nominations.titlesOf(staff.id()).stream().filter(n -> n.awardedOn().getYear() == year).count();
    return new TrainingIndicators(year, required, PlanAdministration.hours(minutes[0]), byTopic, attended, missed,
        quizPercent == null ? null : quizPercent.setScale(1, RoundingMode.HALF_UP), bestRank, titles, 1);
  }

  /** A unit's averages per staff member (titles and sessions summed, best contest rank of anyone). */
  public TrainingIndicators unitIndicators(String unitCode, int year) {
    List<StaffSummary> staff = participants.ofUnit(unitCode);
    int required = plans.findPlan(unitCode, year).map(Plan::requiredHours).orElse(0);
    if (staff.isEmpty()) {
      return new TrainingIndicators(year, required, BigDecimal.ZERO, Map.of(), 0, 0, null, null, 0, 0);
    }
    BigDecimal hours = BigDecimal.ZERO;
    Map<Topic, BigDecimal> byTopic = new EnumMap<>(Topic.class);
    int attended = 0;
    int missed = 0;
    int titles = 0;
    BigDecimal quizSum = BigDecimal.ZERO;
    int quizCount = 0;
    Integer bestRank = null;
    for (StaffSummary s : staff) {
      TrainingIndicators i = indicators(s, year);
      hours = hours.add(i.hours());
      i.hoursByTopic().forEach((t, h) -> byTopic.merge(t, h, BigDecimal::add));
      attended += i.sessionsAttended();
      missed += i.sessionsMissed();
      titles += i.titles();
      if (i.averageQuizPercent() != null) {
        quizSum = quizSum.add(i.averageQuizPercent());
        quizCount++;
      }
      if (i.bestContestRank() != null) {
        bestRank = bestRank == null ? i.bestContestRank() : Math.min(bestRank, i.bestContestRank());
      }
    }
    BigDecimal n = BigDecimal.valueOf(staff.size());
    byTopic.replaceAll((t, h) -> h.divide(n, 1, RoundingMode.HALF_UP));
    return new TrainingIndicators(year, required, hours.divide(n, 1, RoundingMode.HALF_UP), byTopic, attended, missed,
        quizCount == 0 ? null : quizSum.divide(BigDecimal.valueOf(quizCount), 1, RoundingMode.HALF_UP), bestRank,
        titles, staff.size());
  }

  public StaffSummary staff(UUID staffId) {
    return participants.all().stream().filter(s -> s.id().equals(staffId)).findFirst()
        .orElseThrow(() -> new NotFoundException("training.staff.notFound"));
  }

  private int count(String sql, UUID staffId, int year) {
    return jdbc.sql(sql).params(period(staffId, year)).query(Integer.class).single();
  }

  static TitleKind[] titleKinds() {
    return TitleKind.values();
  }
}
