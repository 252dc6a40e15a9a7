package org.servicewindow.feedback.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DemoData;
import org.servicewindow.common.SqlTime;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.QueueHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 90 days of demo ratings that belong to the queue's served tickets ({@link QueueHistory}): a share of
 * the tickets is rated with the ticket's own evaluation token, at the window and by the staff member that
 * served it; mostly satisfied, a realistic few 差评 (likelier after a long wait) whose ledger entries stand
 * in every state (old ones closed, some escalated, recent ones open at each step) and a few appeals. The
 * unrated tickets of the last rating window stay rateable, so their QR codes work in the demo.
 */
@Component
@Profile("demo")
@Order(70)
class FeedbackDemo implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(FeedbackDemo.class);
  /** The share of served tickets that the demo citizens rate (a demo figure, not a statistic). */
  private static final int RATED_PERCENT = 40;
  private static final String[] COMMENTS_GOOD = {"办事效率高，态度很好", "一次就办好了，点赞", "工作人员很耐心", "", "", ""};
  private static final String[] COMMENTS_BAD = {"等候时间太长", "工作人员态度生硬", "材料要求没有一次说清楚", "窗口中途离岗",
      "指引不清楚，跑了两个窗口"};

  private final JdbcTemplate jdbc;
  private final OrganizationApi organization;
  private final WorkingDays workingDays;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final QueueHistory history;
  private final Duration ratingWindow;
  private final int days;

  FeedbackDemo(JdbcTemplate jdbc, OrganizationApi organization, WorkingDays workingDays, TransactionTemplate transactions,
      Clock clock, QueueHistory history, FeedbackProperties properties,
      @org.springframework.beans.factory.annotation.Value("${sw.feedback.demo.history-days:90}") int days) {
    this.days = days;
    this.history = history;
    this.ratingWindow = properties.ratingWindow();
    this.jdbc = jdbc;
    this.organization = organization;
    this.workingDays = workingDays;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public void seed() {
    Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM evaluation", Long.class);
    if (existing != null && existing > 0) {
      return;
    }
    long started = System.nanoTime();
    Random random = new Random(20261126L);
    LocalDate today = ChinaTime.today(clock);
    List<Object[]> rateable = new ArrayList<>();
    List<Object[]> ratings = new ArrayList<>();
    List<Object[]> entries = new ArrayList<>();
    List<Object[]> steps = new ArrayList<>();
    List<Object[]> appeals = new ArrayList<>();
    List<Object[]> complaintSeats = new ArrayList<>();
    Map<String, WindowSummary> windows = new HashMap<>();
    Map<String, HallSummary> halls = new HashMap<>();
    for (HallSummary hall : organization.halls()) {
      halls.put(hall.code(), hall);
      for (WindowSummary window : organization.windowsOf(hall.code())) {
        windows.put(window.code(), window);
        StaffSummary staff = organization.responsibleStaffFor(window.code(), clock.instant()).orElse(null);
        if (staff != null && staff.username() != null && !organization.servicesOf(window.code()).isEmpty()) {
          complaintSeats.add(new Object[] {hall, window, staff.username()});
        }
      }
    }
    Instant now = clock.instant();
    // the queue's served tickets of the last 90 days: a share of them rated, each by its own evaluation token,
    // at the window and by the staff member that served it; a long wait makes a 差评 likelier
    history.served(null, today.minusDays(days), today.minusDays(1), t -> {
      WindowSummary window = t.windowCode() == null ? null : windows.get(t.windowCode());
      HallSummary hall = halls.get(t.hallCode());
      if (window == null || hall == null || t.staffUsername() == null || t.evaluationToken() == null
          || t.finishedAt() == null) {
        return;
      }
      Instant served = t.finishedAt();
      Instant rateUntil = served.plus(ratingWindow);
      boolean rates = random.nextInt(100) < RATED_PERCENT;
      if (rates || rateUntil.isAfter(now)) {
        // also the unrated services still inside their rating window: their QR codes work in the demo
        rateable.add(new Object[] {t.evaluationToken(), "TICKET", t.ticketId(), t.displayNumber(), t.hallCode(),
            window.unitCode(), window.code(), t.staffUsername(), t.serviceCode(), SqlTime.param(served),
            SqlTime.param(rateUntil)});
      }
      if (!rates) {
        return;
      }
      long waitedMinutes = t.calledAt() == null ? 0 : Duration.between(t.issuedAt(), t.calledAt()).toMinutes();
      int level = level(random, waitedMinutes > 45);
      String channel = channel(random);
      Instant rated = "EVALUATOR".equals(channel) ? served.plusSeconds(10 + random.nextInt(50))
          : served.plusSeconds(600 + random.nextInt(86_400));
      if (rated.isAfter(now)) {
        rated = served.plusSeconds(30);
        channel = "EVALUATOR";
      }
      UUID id = new UUID(random.nextLong(), random.nextLong());
      boolean realName = level <= 2 && random.nextInt(3) == 0;
      String comment = level <= 2 ? (waitedMinutes > 45 ? COMMENTS_BAD[0] : COMMENTS_BAD[random.nextInt(COMMENTS_BAD.length)])
          : COMMENTS_GOOD[random.nextInt(COMMENTS_GOOD.length)];
      String reasons = level <= 2 ? (waitedMinutes > 45 || random.nextBoolean() ? "SERVICE_EFFICIENCY" : "SERVICE_ATTITUDE")
          : (random.nextInt(3) == 0 ? "SERVICE_ATTITUDE,SERVICE_EFFICIENCY" : null);
      ratings.add(new Object[] {id, t.evaluationToken(), "TICKET", t.ticketId(), level, level <= 2, channel, reasons,
          comment.isEmpty() ? null : comment, realName ? "王" + "先生" : null,
          realName ? "139" + String.format("%08d", random.nextInt(100_000_000)) : null, t.hallCode(),
          window.unitCode(), window.code(), t.staffUsername(), t.serviceCode(), SqlTime.param(served),
          SqlTime.param(rated)});
      if (level <= 2) {
        ledger(random, entries, steps, id, hall, window, t.staffUsername(), t.serviceCode(), level, comment, realName,
            rated, today);
        if (appeals.size() < 6 && random.nextInt(6) == 0) {
          appeals.add(appeal(random, appeals.size(), id, t.staffUsername(), hall, window, rated));
        }
      }
    });
    complaints(random, complaintSeats, entries, steps, today);
    transactions.executeWithoutResult(s -> {
      jdbc.batchUpdate("""
          INSERT INTO feedback_rateable (token, kind, subject_id, subject_number, hall_code, unit_code, window_code,
                                         staff_username, service_code, completed_at, rate_until)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """, rateable);
      jdbc.batchUpdate("""
          INSERT INTO evaluation (id, token, kind, subject_id, level, negative, channel, reasons, comment, contact_name,
                                  contact_phone, hall_code, unit_code, window_code, staff_username, service_code,
                                  served_at, rated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """, ratings);
      jdbc.batchUpdate("""
          INSERT INTO ledger_entry (id, number, source, evaluation_id, status, unit_code, hall_code, window_code,
                                    handler_username, service_code, level, summary, contact_name, contact_phone, real_name,
                                    opened_at, due_on, due_provisional, verdict, resolution, rectify_due, satisfaction,
                                    escalated_at, closed_at, version, channel, complaint_type)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, 1, ?, ?)
          """, entries);
      jdbc.batchUpdate("INSERT INTO ledger_step (id, entry_id, step, actor, at, outcome, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
          steps);
      jdbc.batchUpdate("""
          INSERT INTO evaluation_appeal (id, evaluation_id, appellant, reason, filed_at, status, reviewer, decision_note,
                                         decided_at, unit_code, hall_code, window_code, version)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
          """, appeals);
    });
    log.info("Feedback demo: {} ratings, {} ledger entries, {} appeals in {} ms", ratings.size(), entries.size(),
        appeals.size(), (System.nanoTime() - started) / 1_000_000);
  }

  /** Mostly satisfied; after a long wait (over 45 minutes) a 差评 is about five times likelier. */
  private static int level(Random r, boolean longWait) {
    int p = r.nextInt(100);
    if (longWait) {
      return p < 55 ? 5 : p < 75 ? 4 : p < 85 ? 3 : p < 95 ? 2 : 1;
    }
    return p < 70 ? 5 : p < 88 ? 4 : p < 95 ? 3 : p < 98 ? 2 : 1;
  }

  private static String channel(Random r) {
    int p = r.nextInt(100);
    return p < 60 ? "EVALUATOR" : p < 85 ? "QR" : p < 95 ? "SMS" : "WEB";
  }

  /** A ledger entry whose progress fits its age: old ones closed (a few escalated first), young ones mid-way. */
  private void ledger(Random r, List<Object[]> entries, List<Object[]> steps, UUID evaluation, HallSummary hall,
      WindowSummary window, String handler, String service, int level, String comment, boolean realName, Instant opened,
      LocalDate today) {
    UUID id = new UUID(r.nextLong(), r.nextLong());
    LocalDate openedOn = opened.atZone(ChinaTime.ZONE).toLocalDate();
    LocalDate due = workingDays.addWorkingDays(openedOn, 15).date();
    String number = "HC" + openedOn.toString().replace("-", "") + "-" + id.toString().substring(28).toUpperCase();
    long age = java.time.temporal.ChronoUnit.DAYS.between(openedOn, today);
    int stage = age > 25 ? (r.nextInt(8) == 0 ? 2 : 4) : (int) Math.min(4, age / 4 + r.nextInt(2));
    boolean valid = r.nextInt(4) != 0;
    // only an entry still open after its deadline was escalated (closed ones closed in time)
    boolean escalated = due.isBefore(today) && stage < 4;
    String status = switch (stage) {
      case 0 -> "OPEN";
      case 1 -> "VERIFIED";
      case 2 -> valid ? "RECTIFYING" : "CALLBACK";
      case 3 -> "CALLBACK";
      default -> "CLOSED";
    };
    Instant t = opened;
    steps.add(new Object[] {UUID.randomUUID(), id, "OPENED", null, SqlTime.param(t), String.valueOf(level), null});
    String verdict = null;
    String resolution = null;
    LocalDate rectifyDue = null;
    String satisfaction = null;
    Instant closed = null;
    if (stage >= 1) {
      t = t.plusSeconds(3_600 * (2 + r.nextInt(6)));
      verdict = valid ? "VALID" : "INVALID";
      steps.add(new Object[] {UUID.randomUUID(), id, "VERIFIED", handler, SqlTime.param(t), verdict,
          valid ? "调阅监控并与当事人核实，情况属实" : "经核实系系统故障导致等候，非窗口人员原因"});
    }
    if (stage >= 2) {
      t = t.plusSeconds(3_600 * (4 + r.nextInt(30)));
      if (valid) {
        resolution = "RECTIFY";
        rectifyDue = workingDays.addWorkingDays(t.atZone(ChinaTime.ZONE).toLocalDate(), 15).date();
        steps.add(new Object[] {UUID.randomUUID(), id, "RECTIFY_SCHEDULED", handler, SqlTime.param(t), rectifyDue.toString(),
            "组织窗口人员开展文明用语和业务培训"});
        if (stage >= 3) {
          t = t.plusSeconds(86_400L * (2 + r.nextInt(8)));
          steps.add(new Object[] {UUID.randomUUID(), id, "RECTIFIED", handler, SqlTime.param(t), null, "培训已完成，已纳入月度考核"});
        }
      } else {
        resolution = "EXPLAIN";
        steps.add(new Object[] {UUID.randomUUID(), id, "EXPLAINED", handler, SqlTime.param(t), null, "已向群众说明原因并致歉"});
      }
    }
    if (escalated) {
      Instant at = due.plusDays(1).atTime(8, 0).atZone(ChinaTime.ZONE).toInstant();
      steps.add(new Object[] {UUID.randomUUID(), id, "ESCALATED", null, SqlTime.param(at), due.toString(), null});
    }
    if (stage >= 4) {
      t = t.plusSeconds(86_400L * (1 + r.nextInt(3)));
      closed = t;
      if (realName || r.nextBoolean()) {
        satisfaction = r.nextInt(5) == 0 ? "BASICALLY" : "SATISFIED";
        steps.add(new Object[] {UUID.randomUUID(), id, "CALLED_BACK", handler, SqlTime.param(t), satisfaction,
            "电话回访，群众对处理结果表示认可"});
        steps.add(new Object[] {UUID.randomUUID(), id, "CLOSED", handler, SqlTime.param(t), null, null});
      } else {
        steps.add(new Object[] {UUID.randomUUID(), id, "CLOSED", handler, SqlTime.param(t), null, "匿名评价，无法回访"});
      }
    }
    entries.add(new Object[] {id, number, "EVALUATION", evaluation, status, window.unitCode(), hall.code(), window.code(), handler,
        service, level, comment, realName ? "王先生" : null,
        realName ? "139" + String.format("%08d", r.nextInt(100_000_000)) : null, realName, SqlTime.param(opened), due, verdict,
        resolution, rectifyDue, satisfaction,
        escalated ? SqlTime.param(due.plusDays(1).atTime(8, 0).atZone(ChinaTime.ZONE).toInstant()) : null,
        SqlTime.param(closed), "EVALUATION", null});
  }

  /**
   * Fifteen complaints from every channel over the last month, some handled, some open; of the e-mails
   * (which name no window) the newest wait in the inbox, the older ones were assigned to a window first.
   */
  private void complaints(Random r, List<Object[]> seats, List<Object[]> entries, List<Object[]> steps, LocalDate today) {
    if (seats.isEmpty()) {
      return;
    }
    String[] channels = {"SUGGESTION_BOX", "HOTLINE", "WEB", "STAFF_QR", "EMAIL"};
    String[][] texts = {{"COMPLAINT", "窗口工作人员办理业务时接听私人电话"}, {"CONSULTATION", "新生儿落户需要带哪些材料？"},
        {"URGENT", "明天出差，营业执照急需变更"}, {"COMPLAINT", "大厅等候区空调温度太低"},
        {"CONSULTATION", "公积金提取能否网上办理？"}, {"COMPLAINT", "取号后等候超过一小时"}};
    String[] senders = {"zhang.wei@example.org", "li.na@example.org", "wang.qiang@example.org"};
    int mails = 0;
    for (int i = 0; i < 15; i++) {
      Object[] seat = seats.get(r.nextInt(seats.size()));
      HallSummary hall = (HallSummary) seat[0];
      WindowSummary window = (WindowSummary) seat[1];
      String[] text = texts[i % texts.length];
      String channel = channels[i % channels.length];
      boolean mail = "EMAIL".equals(channel);
      // the first e-mails are the newest: they still wait in the inbox
      boolean inbox = mail && mails++ < 2;
      LocalDate openedOn = inbox ? today.minusDays(mails - 1) : today.minusDays(1 + r.nextInt(30));
      Instant opened = openedOn.atTime(9 + r.nextInt(8), r.nextInt(60)).atZone(ChinaTime.ZONE).toInstant();
      if (opened.isAfter(clock.instant())) {
        opened = clock.instant().minusSeconds(600);
      }
      int wd = "URGENT".equals(text[0]) ? 0 : "CONSULTATION".equals(text[0]) ? 3 : 13;
      LocalDate due = workingDays.addWorkingDays(openedOn, wd).date();
      boolean closed = !inbox && due.isBefore(today) && r.nextInt(4) != 0;
      UUID id = new UUID(r.nextLong(), r.nextLong());
      String number = "TS" + openedOn.toString().replace("-", "") + "-" + id.toString().substring(28).toUpperCase();
      boolean realName = !mail && (!"WEB".equals(channel) || r.nextBoolean());
      steps.add(new Object[] {UUID.randomUUID(), id, "OPENED", null, SqlTime.param(opened), channel, null});
      Instant done = opened.plusSeconds(3_600L * (3 + r.nextInt(20)));
      if (mail && !inbox) {
        steps.add(new Object[] {UUID.randomUUID(), id, "ASSIGNED", "hallmanager", SqlTime.param(opened.plusSeconds(1_800)),
            text[0], window.name()});
      }
      if (closed) {
        steps.add(new Object[] {UUID.randomUUID(), id, "VERIFIED", seat[2], SqlTime.param(done), "VALID", "已核实"});
        steps.add(new Object[] {UUID.randomUUID(), id, "RECTIFIED", seat[2], SqlTime.param(done.plusSeconds(600)), null,
            "已当面答复并整改"});
        steps.add(new Object[] {UUID.randomUUID(), id, "CALLED_BACK", seat[2], SqlTime.param(done.plusSeconds(7_200)),
            "SATISFIED", mail ? "邮件回复，表示满意" : "电话回访，表示满意"});
        steps.add(new Object[] {UUID.randomUUID(), id, "CLOSED", seat[2], SqlTime.param(done.plusSeconds(7_200)), null, null});
      }
      String content = mail ? "投诉：" + text[1] + "\n您好！" + text[1] + "，希望尽快处理，谢谢。" : text[1];
      entries.add(new Object[] {id, number, "COMPLAINT", null, closed ? "CLOSED" : "OPEN", inbox ? null : window.unitCode(),
          inbox ? null : hall.code(), inbox ? null : window.code(), inbox ? null : seat[2], null, null, content,
          mail ? senders[i % senders.length] : realName ? "刘女士" : null,
          realName ? "137" + String.format("%08d", r.nextInt(100_000_000)) : null, realName, SqlTime.param(opened), due,
          closed ? "VALID" : null, closed ? "RECTIFY" : null, null, closed ? "SATISFIED" : null,
          !closed && !inbox && due.isBefore(today)
              ? SqlTime.param(due.plusDays(1).atTime(8, 0).atZone(ChinaTime.ZONE).toInstant()) : null,
          closed ? SqlTime.param(done.plusSeconds(7_200)) : null, channel, inbox ? "COMPLAINT" : text[0]});
    }
  }

  private static Object[] appeal(Random r, int n, UUID evaluation, String staff, HallSummary hall, WindowSummary window,
      Instant rated) {
    String status = n % 3 == 0 ? "UPHELD" : n % 3 == 1 ? "REJECTED" : "PENDING";
    boolean decided = !"PENDING".equals(status);
    return new Object[] {new UUID(r.nextLong(), r.nextLong()), evaluation, staff,
        n % 2 == 0 ? "该群众未在本窗口办理业务，评价器被误触" : "群众因政策规定不满而给出差评，非服务问题", SqlTime.param(rated.plusSeconds(7_200)),
        status, decided ? "inspector" : null, decided ? ("UPHELD".equals(status) ? "经调阅监控，确属误评，不计入统计" : "评价反映的服务问题属实，维持评价") : null,
        decided ? SqlTime.param(rated.plusSeconds(86_400)) : null, window.unitCode(), hall.code(), window.code()};
  }
}
