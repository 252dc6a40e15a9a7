package org.servicewindow.training.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DemoData;
import org.servicewindow.common.Ids;
import org.servicewindow.common.SqlTime;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.training.TitleKind;
import org.servicewindow.training.Topic;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of training for the demo city: every unit with staff gets annual plans, a question bank, one or
 * two sessions a month with attendance (absences, make-ups), quizzes after some sessions, and the city
 * takes part in a skill contest whose preliminary round is over (ranked) and whose final round is open
 * now; titles are published for the best. Written in batches so it takes a second or two.
 */
@Component
@Profile("demo")
@Order(120)
class TrainingDemo implements DemoData {

  static final String CONTEST_UNIT = "BJXZSPJ";
  private static final String BY = "unitadmin";
  private static final String[] TRAINERS = {"市行政审批服务局 王丽", "市司法局 李建华", "市委党校 张宏", "市政务服务中心 陈静",
      "市文明办 刘洋", "本单位业务骨干"};
  private static final Map<Topic, String[]> TITLES = Map.of(
      Topic.POLICY, new String[] {"《行政许可法》学习", "优化营商环境条例解读", "政务服务“一网通办”政策解读"},
      Topic.SKILLS, new String[] {"综合受理业务培训", "一件事一次办业务流程", "好差评与差评整改实务"},
      Topic.INTERNAL_CONTROL, new String[] {"窗口内控制度学习", "首问负责与一次性告知制度", "廉政风险防控"},
      Topic.CIVIL_LANGUAGE, new String[] {"窗口文明用语规范", "群众沟通技巧", "投诉处理与情绪安抚"},
      Topic.ETIQUETTE, new String[] {"服务礼仪培训", "仪容仪表与行为规范", "微笑服务情景演练"});

  private final JdbcTemplate jdbc;
  private final Participants participants;
  private final Clock clock;
  private final Random random = new Random(2020_50L);

  private final List<Object[]> questions = new ArrayList<>();
  private final List<Object[]> options = new ArrayList<>();
  private final List<Object[]> sessions = new ArrayList<>();
  private final List<Object[]> attendance = new ArrayList<>();
  private final List<Object[]> quizzes = new ArrayList<>();
  private final List<Object[]> quizQuestions = new ArrayList<>();
  private final List<Object[]> attempts = new ArrayList<>();
  private final List<Object[]> answers = new ArrayList<>();
  private final List<Object[]> materials = new ArrayList<>();

  TrainingDemo(JdbcTemplate jdbc, Participants participants, Clock clock) {
    this.jdbc = jdbc;
    this.participants = participants;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void seed() {
    Integer plans = jdbc.queryForObject("SELECT COUNT(*) FROM training_plan", Integer.class);
    if (plans != null && plans > 0) {
      return;
    }
    Instant now = clock.instant();
    LocalDate today = ChinaTime.today(clock);
    Map<String, List<StaffSummary>> byUnit = participants.all().stream()
        .collect(Collectors.groupingBy(StaffSummary::unitCode, LinkedHashMap::new, Collectors.toList()));
    Map<String, List<Question>> banks = new LinkedHashMap<>();
    int unitIndex = 0;
    for (Map.Entry<String, List<StaffSummary>> unit : byUnit.entrySet()) {
      String code = unit.getKey();
      Map<Integer, UUID> planIds = new LinkedHashMap<>();
      for (int year : new int[] {today.minusMonths(12).getYear(), today.getYear()}) {
        planIds.computeIfAbsent(year, y -> plan(code, y, now));
      }
      List<Question> bank = bank(code, now);
      banks.put(code, bank);
      sessionsOf(code, unit.getValue(), planIds, bank, today, now, unitIndex++);
    }
    contests(byUnit, banks, today, now);
    flush();
    nominations(byUnit, today, now);
  }

  private UUID plan(String unit, int year, Instant now) {
    UUID id = Ids.newId(clock);
    jdbc.update("""
        INSERT INTO training_plan (id, unit_code, plan_year, title, required_hours, description, created_at, created_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", id, unit, year, year + "年度窗口人员学习培训计划", 30,
        "每月组织集中学习，内容涵盖政策法规、业务技能、内控制度，并开展文明用语和服务礼仪培训；每季度随堂测验，下半年参加全市业务技能比武。",
        SqlTime.param(now), BY);
    return id;
  }

  private List<Question> bank(String unit, Instant now) {
    List<Question> bank = new ArrayList<>();
    for (DemoQuestions.Item item : DemoQuestions.all()) {
      UUID id = Ids.newId(clock);
      List<Question.Option> opts = new ArrayList<>();
      for (int i = 0; i < item.options().size(); i++) {
        opts.add(new Question.Option(i, item.options().get(i), item.correct().contains(i)));
        options.add(new Object[] {id, i, item.options().get(i), item.correct().contains(i)});
      }
      questions.add(new Object[] {id, unit, item.topic().name(), item.kind().name(), item.body(), item.explanation(),
          true, SqlTime.param(now), BY});
      bank.add(new Question(id, unit, item.topic(), item.kind(), item.body(), item.explanation(), true, opts, now, BY));
    }
    return bank;
  }

  private void sessionsOf(String unit, List<StaffSummary> staff, Map<Integer, UUID> planIds, List<Question> bank,
      LocalDate today, Instant now, int unitIndex) {
    Topic[] topics = Topic.values();
    int n = unitIndex;
    for (int m = 11; m >= -1; m--) {
      LocalDate month = today.minusMonths(m).withDayOfMonth(1);
      List<Instant[]> slots = new ArrayList<>();
      slots.add(window(weekday(month.plusDays(8 + unitIndex % 5)), LocalTime.of(14, 30), 120));
      if (m % 2 == 0) {
        slots.add(window(weekday(month.plusDays(20 + unitIndex % 4)), LocalTime.of(9, 0), 90));
      }
      for (Instant[] slot : slots) {
        if (!planIds.containsKey(TrainingRows.yearOf(slot[0]))) {
          continue;
        }
        Topic topic = topics[n % topics.length];
        String[] names = TITLES.get(topic);
        UUID id = Ids.newId(clock);
        boolean online = n % 4 == 3;
        sessions.add(new Object[] {id, planIds.get(TrainingRows.yearOf(slot[0])), unit, topic.name(),
            names[(n / topics.length) % names.length], SqlTime.param(slot[0]), SqlTime.param(slot[1]), online,
            online ? null : "市政务服务中心三楼培训室", TRAINERS[n % TRAINERS.length], PlanAdministration.newKey(),
            SqlTime.param(slot[0].minus(Duration.ofDays(10))), BY});
        n++;
        if (m <= 1) {
          byte[] pdf = pdf("Service Window training material " + slot[0]);
          materials.add(new Object[] {Ids.newId(clock), id, names[((n - 1) / topics.length) % names.length] + "-课件.pdf",
              "application/pdf", pdf.length, pdf, SqlTime.param(slot[0].minus(Duration.ofDays(2))), BY});
        }
        if (!slot[1].isBefore(now)) {
          continue;
        }
        int minutes = (int) Duration.between(slot[0], slot[1]).toMinutes();
        for (StaffSummary s : staff) {
          double r = random.nextDouble();
          String status = r < 0.9 ? "PRESENT" : r < 0.95 && slot[1].isBefore(now.minus(Duration.ofDays(14))) ? "MADE_UP" : "ABSENT";
          boolean qr = !"MADE_UP".equals(status) && random.nextDouble() < 0.85 && "PRESENT".equals(status);
          attendance.add(new Object[] {id, s.id(), s.staffNumber(), s.name(), unit, status, qr ? "QR" : "ORGANIZER",
              "ABSENT".equals(status) ? 0 : minutes, "MADE_UP".equals(status) ? "观看培训录像并通过补考" : null,
              SqlTime.param(qr ? slot[0].plus(Duration.ofMinutes(random.nextInt(25) - 20)) : slot[1]),
              qr ? s.username() == null ? s.staffNumber() : s.username() : BY});
        }
        if (n % 3 == 0) {
          List<Question> pool = bank.stream().filter(q -> q.topic() == topic).collect(Collectors.toList());
          Collections.shuffle(pool, random);
          quiz(unit, "随堂测验：" + names[((n - 1) / topics.length) % names.length], id, topic, pool.subList(0, 5), 10,
              slot[1], slot[1].plus(Duration.ofDays(7)), false, staff, 0.85, 0.8, now);
        }
      }
    }
  }

  private void contests(Map<String, List<StaffSummary>> byUnit, Map<String, List<Question>> banks, LocalDate today,
      Instant now) {
    String unit = banks.containsKey(CONTEST_UNIT) ? CONTEST_UNIT : banks.keySet().stream().findFirst().orElse(null);
    if (unit == null) {
      return;
    }
    List<StaffSummary> everyone = byUnit.values().stream().flatMap(List::stream).toList();
    List<Question> pool = new ArrayList<>(banks.get(unit));
    Collections.shuffle(pool, random);
    Instant opens = weekday(today.minusDays(60)).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
    quiz(unit, today.getYear() + "年全市窗口行业业务技能比武（初赛）", null, null, pool.subList(0, 20), 20, opens,
        opens.plus(Duration.ofHours(3)), true, everyone, 0.9, -1, now);
    Collections.shuffle(pool, random);
    quiz(unit, today.getYear() + "年全市窗口行业业务技能比武（决赛）", null, null, pool.subList(0, 10), 15,
        today.minusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant(),
        today.plusDays(14).atStartOfDay(ChinaTime.ZONE).toInstant(), true, List.of(), 0, 0, now);
  }

  /**
   * A quiz with attempts by a share of the staff; {@code accuracy} < 0 gives each person an accuracy of
   * their own between 55% and 97%, as in a contest.
   */
  private void quiz(String unit, String title, UUID sessionId, Topic topic, List<Question> chosen, int minutes,
      Instant opens, Instant closes, boolean openToAll, List<StaffSummary> takers, double share, double accuracy,
      Instant now) {
    UUID id = Ids.newId(clock);
    quizzes.add(new Object[] {id, unit, openToAll ? "CONTEST" : "QUIZ", title, sessionId,
        topic == null ? null : topic.name(), openToAll, minutes * 60, SqlTime.param(opens), SqlTime.param(closes),
        SqlTime.param(opens.minus(Duration.ofDays(3))), BY});
    for (int i = 0; i < chosen.size(); i++) {
      quizQuestions.add(new Object[] {id, chosen.get(i).id(), i, 1});
    }
    if (!closes.isBefore(now)) {
      return;
    }
    for (StaffSummary s : takers) {
      if (random.nextDouble() >= share) {
        continue;
      }
      double skill = accuracy >= 0 ? accuracy : 0.55 + random.nextDouble() * 0.42;
      Instant started = opens.plus(Duration.ofMinutes(random.nextInt(60)));
      long duration = (long) ((0.35 + random.nextDouble() * 0.6) * minutes * 60_000);
      UUID attempt = Ids.newId(clock);
      List<Question> order = new ArrayList<>(chosen);
      Collections.shuffle(order, random);
      int score = 0;
      List<Object[]> rows = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        Question q = order.get(i);
        List<Integer> optionOrder = q.options().stream().map(Question.Option::ordinal).collect(Collectors.toList());
        if (q.kind() != QuestionKind.TRUE_FALSE) {
          Collections.shuffle(optionOrder, random);
        }
        boolean right = random.nextDouble() < skill;
        Set<Integer> answer = right ? q.correctOrdinals() : wrong(q);
        score += right ? 1 : 0;
        rows.add(new Object[] {attempt, q.id(), i,
            optionOrder.stream().map(String::valueOf).collect(Collectors.joining(",")),
            new TreeSet<>(answer).stream().map(String::valueOf).collect(Collectors.joining(",")), right});
      }
      attempts.add(new Object[] {attempt, id, s.id(), s.staffNumber(), s.name(), s.unitCode(), SqlTime.param(started),
          SqlTime.param(started.plusSeconds(minutes * 60L)), SqlTime.param(started.plusMillis(duration)), score,
          chosen.size(), duration});
      answers.addAll(rows);
    }
  }

  private static Set<Integer> wrong(Question q) {
    Set<Integer> correct = q.correctOrdinals();
    if (q.kind() == QuestionKind.MULTIPLE) {
      return Set.of(correct.iterator().next());
    }
    return Set.of(q.options().stream().map(Question.Option::ordinal).filter(o -> !correct.contains(o)).findFirst()
        .orElse(0));
  }

  private void nominations(Map<String, List<StaffSummary>> byUnit, LocalDate today, Instant now) {
    List<Map<String, Object>> best = jdbc.queryForList("""
        SELECT a.staff_id, a.staff_number, a.staff_name, a.unit_code FROM training_attempt a
        JOIN training_quiz z ON z.id = a.quiz_id
        WHERE z.kind = 'CONTEST' AND a.submitted_at IS NOT NULL
        ORDER BY a.score DESC, a.duration_ms LIMIT 3""");
    int i = 0;
    for (Map<String, Object> row : best) {
      publish(TitleKind.POST_STAR, (UUID) row.get("staff_id"), (String) row.get("staff_number"),
          (String) row.get("staff_name"), (String) row.get("unit_code"),
          "在全市窗口行业业务技能比武初赛中成绩名列前茅，业务熟练、服务规范，群众满意度高。", today.minusDays(40 - i), now);
      i++;
    }
    String[][] awards = {
        {"PARTY_PIONEER", "作为党员带头落实首问负责和一次性告知，全年零差评，主动承担延时服务。"},
        {"CIVILIZED_COUNTER", "所在窗口文明用语规范、台签工作牌齐全，连续三个月群众满意率 100%。"},
        {"SERVICE_STAR", "服务热情周到，主动为老年人提供帮办代办，多次收到群众表扬信。"}};
    int k = 0;
    for (List<StaffSummary> staff : byUnit.values()) {
      if (k >= 9) {
        break;
      }
      StaffSummary s = staff.get(staff.size() / 2);
      String[] award = awards[k % awards.length];
      publish(TitleKind.valueOf(award[0]), s.id(), s.staffNumber(), s.name(), s.unitCode(), award[1],
          today.minusDays(100 + 20L * k), now);
      k++;
    }
    // the first demo login holds a title too, so its learning record shows one
    byUnit.values().stream().flatMap(List::stream).filter(s -> "staff01".equals(s.username())).findFirst()
        .ifPresent(s -> publish(TitleKind.SERVICE_STAR, s.id(), s.staffNumber(), s.name(), s.unitCode(),
            "综合受理窗口服务热情规范，全年零差评，主动为老年人和残疾人提供帮办代办。", today.minusDays(75), now));
    List<StaffSummary> home = byUnit.getOrDefault(CONTEST_UNIT, List.of());
    if (home.size() > 3) {
      nomination(TitleKind.POST_STAR, home.get(1), "熟练掌握企业开办全流程，平均办理时长压缩三分之一，获群众书面表扬 5 次。",
          Nomination.Status.NOMINATED, now);
      nomination(TitleKind.PARTY_PIONEER, home.get(2), "党员示范岗，坚持延时服务，主动靠前帮办代办，全年无差评。",
          Nomination.Status.APPROVED, now);
    }
  }

  private void publish(TitleKind kind, UUID staffId, String number, String name, String unit, String reasons,
      LocalDate on, Instant now) {
    Instant at = on.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant();
    insertNomination(kind, on.getYear(), staffId, number, name, unit, reasons, "PUBLISHED", at.minus(Duration.ofDays(10)),
        at.minus(Duration.ofDays(3)), "同意。", at, on);
  }

  private void nomination(TitleKind kind, StaffSummary s, String reasons, Nomination.Status status, Instant now) {
    boolean decided = status != Nomination.Status.NOMINATED;
    insertNomination(kind, ChinaTime.today(clock).getYear(), s.id(), s.staffNumber(), s.name(), s.unitCode(), reasons,
        status.name(), now.minus(Duration.ofDays(5)), decided ? now.minus(Duration.ofDays(1)) : null,
        decided ? "同意，待公示。" : null, null, null);
  }

  private void insertNomination(TitleKind kind, int year, UUID staffId, String number, String name, String unit,
      String reasons, String status, Instant nominated, Instant decided, String note, Instant published,
      LocalDate awarded) {
    jdbc.update("""
        INSERT INTO training_nomination (id, unit_code, title_kind, award_year, staff_id, staff_number, staff_name, reasons,
            status, nominated_at, nominated_by, decided_at, decided_by, decision_note, published_at, awarded_on)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        Ids.newId(clock), unit, kind.name(), year, staffId, number, name, reasons, status, SqlTime.param(nominated),
        BY, SqlTime.param(decided), decided == null ? null : "leader", note, SqlTime.param(published), awarded);
  }

  private void flush() {
    jdbc.batchUpdate("""
        INSERT INTO training_question (id, unit_code, topic, kind, body, explanation, active, created_at, created_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", questions);
    jdbc.batchUpdate("INSERT INTO training_option (question_id, ordinal, label, correct) VALUES (?, ?, ?, ?)", options);
    jdbc.batchUpdate("""
        INSERT INTO training_session (id, plan_id, unit_code, topic, title, starts_at, ends_at, online, place, trainer,
            sign_in_key, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", sessions);
    jdbc.batchUpdate("""
        INSERT INTO training_attendance (session_id, staff_id, staff_number, staff_name, unit_code, status, method,
            credit_minutes, note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", attendance);
    jdbc.batchUpdate("""
        INSERT INTO training_quiz (id, unit_code, kind, title, session_id, topic, open_to_all, time_limit_seconds,
            opens_at, closes_at, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", quizzes);
    jdbc.batchUpdate("INSERT INTO training_quiz_question (quiz_id, question_id, ordinal, points) VALUES (?, ?, ?, ?)",
        quizQuestions);
    jdbc.batchUpdate("""
        INSERT INTO training_attempt (id, quiz_id, staff_id, staff_number, staff_name, unit_code, started_at, deadline_at,
            submitted_at, score, max_score, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", attempts);
    jdbc.batchUpdate("""
        INSERT INTO training_material (id, session_id, file_name, content_type, size_bytes, content, uploaded_at,
            uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", materials);
    jdbc.batchUpdate("""
        INSERT INTO training_attempt_answer (attempt_id, question_id, ordinal, option_order, answer, correct)
        VALUES (?, ?, ?, ?, ?, ?)""", answers);
  }

  /** A one-page PDF with a line of text, as a stand-in for the slides of a demo session. */
  static byte[] pdf(String text) {
    String content = "BT /F1 18 Tf 72 720 Td (" + text.replaceAll("[()\\\\]", "") + ") Tj ET";
    String[] objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    StringBuilder out = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.length; i++) {
      offsets.add(out.length());
      out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = out.length();
    out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      out.append(String.format("%010d 00000 n \n", offset));
    }
    out.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    return out.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static LocalDate weekday(LocalDate day) {
    LocalDate d = day;
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  private static Instant[] window(LocalDate day, LocalTime start, int minutes) {
    Instant from = day.atTime(start).atZone(ChinaTime.ZONE).toInstant();
    return new Instant[] {from, from.plus(Duration.ofMinutes(minutes))};
  }
}
