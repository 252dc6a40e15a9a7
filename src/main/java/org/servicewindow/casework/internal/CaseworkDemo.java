package org.servicewindow.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.casework.Applicant;
import org.servicewindow.casework.ApplicationStatus;
import org.servicewindow.casework.MaterialState;
import org.servicewindow.casework.NoticeKind;
import org.servicewindow.casework.PauseKind;
import org.servicewindow.catalog.Catalog;
import org.servicewindow.catalog.ServiceGuide;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DemoData;
import org.servicewindow.common.Ids;
import org.servicewindow.common.SqlTime;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.UnitSummary;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.QueueHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ninety days of applications at the windows of the municipal service centre, each started while a ticket
 * of the queue's history was served (same window, staff member and time): completed ones (a few late), refusals, supplement notices, paused and extended ones, open ones
 * near or past their promised date with their supervision prompts. Written straight through the
 * repositories with the dates they would have had, in one transaction; seeded, so every start looks alike.
 */
@Component
@Profile("demo")
@Order(60)
class CaseworkDemo implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(CaseworkDemo.class);
  static final String HALL = "BJZWFW";
  private static final int DAYS = 90;
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"};
  private static final String[] GIVEN = {"建军", "秀英", "志强", "丽娟", "海涛", "晓燕", "国庆", "桂兰", "浩然", "欣怡", "子轩", "雨桐", "文博", "佳琪"};
  private static final String[] REGIONS = {"610302", "610303", "610304", "610322", "610323"};
  private static final String[] COMPANIES = {"宝鸡秦川餐饮管理有限公司", "宝鸡渭滨商贸有限公司", "宝鸡金台建材有限公司",
      "宝鸡陈仓农产品专业合作社", "宝鸡市高新技术开发有限公司", "宝鸡岐山臊子面餐饮店"};
  private static final java.security.SecureRandom SECURE = new java.security.SecureRandom();
  private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private final Applications applications;
  private final CaseHistory history;
  private final Deadlines deadlines;
  private final WorkingDays workingDays;
  private final Catalog catalog;
  private final OrganizationApi organization;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final DeskRecords desk;
  private final QueueHistory queueHistory;

  CaseworkDemo(Applications applications, CaseHistory history, Deadlines deadlines, WorkingDays workingDays,
      Catalog catalog, OrganizationApi organization, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
      DeskRecords desk, QueueHistory queueHistory) {
    this.queueHistory = queueHistory;
    this.desk = desk;
    this.applications = applications;
    this.history = history;
    this.deadlines = deadlines;
    this.workingDays = workingDays;
    this.catalog = catalog;
    this.organization = organization;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
  }

  private record Desk(WindowSummary window, StaffSummary staff, List<ServiceGuide> guides) {}

  @Override
  public void seed() {
    if (jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single() > 0) {
      return;
    }
    long started = System.nanoTime();
    List<Desk> desks = new ArrayList<>();
    for (WindowSummary w : organization.windowsOf(HALL)) {
      var staff = organization.staffOfUser("staff" + w.code().substring(w.code().length() - 2));
      List<ServiceGuide> guides = organization.servicesOf(w.code()).stream().map(catalog::guide)
          .flatMap(java.util.Optional::stream).filter(g -> !g.content().materials().isEmpty()).toList();
      if (staff.isPresent() && !guides.isEmpty()) {
        desks.add(new Desk(w, staff.get(), guides));
      }
    }
    if (desks.isEmpty()) {
      log.info("Casework demo: no staffed window with published items in {}; nothing seeded", HALL);
      return;
    }
    Integer count = transactions.execute(tx -> seed(desks));
    log.info("Casework demo: {} applications over {} days in {} ms", count, DAYS, (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Applications started at a window while a ticket was served there: a seeded sample of the served tickets
   * of the demo history (queue's {@link QueueHistory}) whose item has a checklist, a few a day, each with the
   * ticket's hall, window, staff member and time.
   */
  private int seed(List<Desk> desks) {
    Random random = new Random(60);
    LocalDate today = ChinaTime.today(clock);
    deskDuties(desks, today, random);
    Map<String, Optional<ServiceGuide>> guides = new HashMap<>();
    Map<LocalDate, List<QueueHistory.ServedTicket>> candidates = new TreeMap<>();
    queueHistory.served(HALL, today.minusDays(DAYS), today, t -> {
      if (t.windowCode() != null && t.staffUsername() != null && t.calledAt() != null && t.finishedAt() != null
          && guides.computeIfAbsent(t.serviceCode(), c -> catalog.guide(c)
              .filter(g -> !g.content().materials().isEmpty())).isPresent()) {
        candidates.computeIfAbsent(t.serviceDay(), d -> new ArrayList<>()).add(t);
      }
    });
    Map<String, Optional<StaffSummary>> staff = new HashMap<>();
    Map<String, WindowSummary> windows = new HashMap<>();
    organization.windowsOf(HALL).forEach(w -> windows.put(w.code(), w));
    int count = 0;
    for (var day : candidates.entrySet()) {
      List<QueueHistory.ServedTicket> served = day.getValue();
      java.util.Collections.shuffle(served, random);
      int perDay = Math.min(served.size(), 3 + random.nextInt(4));
      List<QueueHistory.ServedTicket> picked = new ArrayList<>(served.subList(0, perDay));
      picked.sort(java.util.Comparator.comparing(QueueHistory.ServedTicket::calledAt));
      for (QueueHistory.ServedTicket t : picked) {
        var member = staff.computeIfAbsent(t.staffUsername(), organization::staffOfUser);
        WindowSummary window = windows.get(t.windowCode());
        if (member.isEmpty() || window == null) {
          continue;
        }
        // received while the citizen stood at the window: halfway between the call and the end of the service
        Instant receivedAt = t.calledAt().plus(java.time.Duration.between(t.calledAt(), t.finishedAt()).dividedBy(2));
        int ago = (int) java.time.temporal.ChronoUnit.DAYS.between(t.serviceDay(), today);
        one(new Desk(window, member.get(), List.of()), guides.get(t.serviceCode()).orElseThrow(), t.serviceDay(),
            receivedAt, t.ticketId(), today, ago, random);
        count++;
      }
    }
    return count;
  }

  private void one(Desk desk, ServiceGuide guide, LocalDate receivedOn, Instant receivedAt, UUID ticketId,
      LocalDate today, int ago, Random random) {
    String unit = guide.unitCode();
    String unitName = organization.unit(unit).map(UnitSummary::name).orElse(unit);
    UUID id = Ids.newId(Clock.fixed(receivedAt, ChinaTime.ZONE));
    String number = "%d-%s-%06d".formatted(receivedOn.getYear(), unit,
        applications.nextNumber(receivedOn.getYear(), unit, "APPLICATION"));
    Applicant applicant = applicant(random, guide);
    int roll = random.nextInt(100);
    // the story of this application, by how long ago it came in
    boolean supplement = roll % 5 == 0;
    boolean reject = roll >= 92;
    boolean stillWaiting = supplement && ago <= 12 && roll % 2 == 0;
    boolean fresh = ago <= 2 && roll < 25 && !supplement;
    List<Material> checklist = new ArrayList<>();
    int order = 0;
    List<Integer> missing = new ArrayList<>();
    var materials = guide.content().materials();
    for (int i = 0; i < materials.size(); i++) {
      if (materials.get(i).required()) {
        missing.add(i);
      }
    }
    java.util.Collections.shuffle(missing, random);
    int missingCount = supplement && !missing.isEmpty() ? 1 + random.nextInt(Math.min(2, missing.size())) : 0;
    List<Integer> missingNow = missing.subList(0, missingCount);
    for (int i = 0; i < materials.size(); i++) {
      var m = materials.get(i);
      boolean handedIn = m.required() ? !missingNow.contains(i) : random.nextBoolean();
      MaterialState state = handedIn ? MaterialState.RECEIVED : MaterialState.MISSING;
      String reason = null;
      if (!handedIn && m.required() && random.nextInt(3) == 0) {
        state = MaterialState.DEFECTIVE;
        reason = random.nextBoolean() ? "复印件未加盖公章" : "证件已超过有效期";
      }
      checklist.add(new Material(m.code(), m.name(), m.required(), order++, state, reason,
          state == MaterialState.MISSING ? null : receivedAt));
    }
    String staffName = desk.staff().name();
    Application app = new Application(id, number, id, guide.code(), guide.name(), guide.version(), unit, HALL,
        desk.window().code(), desk.staff().username(), staffName, ticketId, applicant, ApplicationStatus.RECEIVED,
        receivedAt, receivedOn, null, false, nz(guide.content().promisedLimitDays()),
        nz(guide.content().legalLimitDays()), 0, null, null, false, null, null, null, null, null, null, null, null,
        null, null, null, null, false, checklist);
    applications.insert(app, receivedAt);
    history.event(id, "RECEIVED", receivedAt, staffName, guide.name() + " v" + guide.version());
    if (fresh) {
      return;
    }
    LocalDate acceptedOn = receivedOn;
    Instant at = receivedAt.plusSeconds(600);
    if (missingCount > 0) {
      app.requireSupplement();
      List<CaseHistory.NoticeItem> items = new ArrayList<>();
      int seq = 1;
      for (Material m : app.outstanding()) {
        items.add(new CaseHistory.NoticeItem(seq++, m.code(), m.name(), m.state(), m.reason()));
      }
      notice(app, NoticeKind.SUPPLEMENT, "", items, at, receivedOn, unitName, staffName);
      history.event(id, "SUPPLEMENT_NOTICE", at, staffName, null);
      if (stillWaiting) {
        applications.update(app, at);
        return;
      }
      acceptedOn = workingDays.addWorkingDays(receivedOn, 1 + random.nextInt(3)).date();
      if (acceptedOn.isAfter(today)) {
        applications.update(app, at);
        return;
      }
      at = acceptedOn.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant();
      List<String> codes = app.outstanding().stream().map(Material::code).toList();
      app.receive(codes, at);
      history.event(id, "MATERIALS_RECEIVED", at, staffName, String.join("、", codes));
    }
    if (reject) {
      app.reject("申请事项不属于本机关职权范围，依据《中华人民共和国行政许可法》第三十二条第一款第（二）项，请向有关行政机关申请。");
      notice(app, NoticeKind.REJECTION, app.rejectedBasis(), List.of(), at, acceptedOn, unitName, staffName);
      history.event(id, "REJECTED", at, staffName, app.rejectedBasis());
      applications.update(app, at);
      return;
    }
    app.accept(acceptedOn);
    List<Deadlines.Pause> pauses = new ArrayList<>();
    var due = deadlines.due(acceptedOn, app.promisedLimitDays(), app.legalLimitDays(), 0, pauses, today);
    app.setDue(due.promised(), due.legal(), due.provisional());
    history.dueChanged(id, at, "ACCEPTED", null, due.promised(), null, due.legal(), due.provisional());
    notice(app, NoticeKind.ACCEPTANCE, acceptedOn + "|" + due.promised() + "|" + due.legal() + "|" + due.provisional(),
        List.of(), at, acceptedOn, unitName, staffName);
    history.event(id, "ACCEPTED", at, staffName, acceptedOn.toString());
    // a few wait for an inspection or get an extension
    if (app.legalLimitDays() >= 5 && roll % 11 == 3) {
      LocalDate start = workingDays.addWorkingDays(acceptedOn, 1).date();
      if (!start.isAfter(today)) {
        LocalDate end = workingDays.addWorkingDays(start, 3).date();
        boolean open = end.isAfter(today);
        Instant pausedAt = start.atTime(11, 0).atZone(ChinaTime.ZONE).toInstant();
        history.insertPause(new CaseHistory.Pause(Ids.newId(clock), id, PauseKind.INSPECTION, "现场核查经营场所", start,
            open ? null : end));
        pauses.add(new Deadlines.Pause(start, open ? null : end));
        notice(app, NoticeKind.PAUSE, "INSPECTION|现场核查经营场所", List.of(), pausedAt, start, unitName, staffName);
        history.event(id, "PAUSED", pausedAt, staffName, "INSPECTION: 现场核查经营场所");
        if (open) {
          app.pause(PauseKind.INSPECTION, "现场核查经营场所", start);
        } else {
          history.event(id, "RESUMED", end.atTime(9, 30).atZone(ChinaTime.ZONE).toInstant(), staffName, null);
        }
        recompute(app, pauses, today, pausedAt, "PAUSED");
      }
    }
    if (app.legalLimitDays() >= 10 && roll % 13 == 5 && app.pausedSince() == null) {
      LocalDate on = workingDays.addWorkingDays(acceptedOn, 3).date();
      if (!on.isAfter(today)) {
        Instant asked = on.atTime(14, 0).atZone(ChinaTime.ZONE).toInstant();
        var ext = new CaseHistory.Extension(Ids.newId(clock), id, 10, "需组织专家论证", "REQUESTED", app.handlerUsername(),
            asked, null, null, null);
        history.insertExtension(ext);
        history.decideExtension(ext.id(), true, "leader", asked.plusSeconds(7200), "同意延期");
        history.event(id, "EXTENSION_REQUESTED", asked, staffName, "+10: 需组织专家论证");
        history.event(id, "EXTENSION_APPROVED", asked.plusSeconds(7200), "王建国（市领导）", "+10");
        app.extend(10);
        recompute(app, pauses, today, asked.plusSeconds(7200), "EXTENDED");
        notice(app, NoticeKind.EXTENSION, "10|需组织专家论证|" + app.acceptedOn() + "|" + app.promisedDue() + "|"
            + app.legalDue() + "|" + app.dueProvisional(), List.of(), asked.plusSeconds(7200), on, unitName, staffName);
      }
    }
    if (app.pausedSince() != null) {
      applications.update(app, at);
      return;
    }
    // decided: mostly on time, some late; recent ones still open, a few left overdue
    int span = Math.max(0, app.promisedLimitDays() + app.extensionDays() - 1);
    int took = roll % 9 == 0 ? span + 2 + random.nextInt(3) : random.nextInt(span + 1);
    LocalDate decided = workingDays.addWorkingDays(acceptedOn, took).date();
    boolean leftOpen = decided.isAfter(today) || roll % 37 == 1;
    if (leftOpen) {
      applications.update(app, at);
      promptIfDue(app, today);
      return;
    }
    Instant completedAt = decided.atTime(15, 0).plusMinutes(random.nextInt(90)).atZone(ChinaTime.ZONE).toInstant();
    boolean approved = roll % 10 != 7;
    app.complete(approved, approved ? null : "经现场核查，经营场所不符合《食品经营许可管理办法》规定的条件。", token(random),
        completedAt, decided);
    notice(app, NoticeKind.RESULT, app.result() + "|" + (app.resultBasis() == null ? "" : app.resultBasis()), List.of(),
        completedAt, decided, unitName, staffName);
    history.event(id, "COMPLETED", completedAt, staffName, app.result());
    if (decided.isBefore(today.minusDays(2))) {
      boolean mail = random.nextInt(4) == 0;
      app.deliver(mail ? "MAIL" : "PICKUP", mail ? "宝鸡市渭滨区经二路 " + (1 + random.nextInt(200)) + " 号" : null,
          completedAt.plusSeconds(86_400L * (1 + random.nextInt(2))));
      history.event(id, mail ? "DELIVERED_MAIL" : "DELIVERED_PICKUP", app.deliveredAt(), staffName, app.mailAddress());
    }
    applications.update(app, completedAt);
  }

  /** A month of consultations, some inquiries (one handed over, one left open too long) and escalations. */
  private void deskDuties(List<Desk> desks, LocalDate today, Random random) {
    String[][] questions = {
        {"个体工商户营业执照需要带什么材料？", "本人身份证原件、经营场所使用证明；名称可网上自主申报，一次可办结。"},
        {"公积金提取需要多久到账？", "材料齐全当场受理，审核通过后 3 个工作日内到账。"},
        {"社保卡丢失怎么补办？", "携带身份证到社保窗口挂失补办，工本费按规定收取，即时制卡点当场领取。"},
        {"不动产登记可以委托他人办理吗？", "可以，受托人带委托书（公证）、双方身份证原件办理。"}};
    for (int i = 0; i < 30; i++) {
      Desk d = desks.get(random.nextInt(desks.size()));
      ServiceGuide g = d.guides().get(random.nextInt(d.guides().size()));
      String[] qa = questions[i % questions.length];
      Instant at = today.minusDays(1 + random.nextInt(30)).atTime(9 + random.nextInt(7), random.nextInt(60))
          .atZone(ChinaTime.ZONE).toInstant();
      boolean sms = random.nextInt(3) == 0;
      desk.insert(new DeskRecords.Consultation(Ids.newId(clock), d.window().unitCode(), HALL, d.window().code(),
          d.staff().username(), d.staff().name(), g.code(), g.name(), qa[0], qa[1],
          sms ? "139" + String.format("%08d", random.nextInt(100_000_000)) : null, sms, 3 + random.nextInt(12), at));
    }
    String[][] inquiries = {{"营业执照地址变更", "公司搬到高新区后营业执照怎么变更？"}, {"异地医保备案", "退休后随子女在外地居住，医保怎么备案？"},
        {"办件进度查询", "上周提交的食品经营许可什么时候能办好？"}, {"窗口服务投诉转办", "反映某窗口午休期间无人值守。"}};
    for (int i = 0; i < inquiries.length; i++) {
      Desk d = desks.get(i % desks.size());
      Instant at = today.minusDays(i == 3 ? 3 : i).atTime(10, 15).atZone(ChinaTime.ZONE).toInstant();
      UUID id = Ids.newId(clock);
      var inquiry = new DeskRecords.Inquiry(id, d.window().unitCode(), HALL, d.window().code(), inquiries[i][0],
          inquiries[i][1], null, null, d.staff().username(), d.staff().name(), "OPEN", null, null, null, at, null);
      desk.insert(inquiry);
      desk.inquiryEvent(id, "LOGGED", at, d.staff().name(), null);
      if (i == 0) {
        Instant resolved = at.plusSeconds(1800);
        desk.update(new DeskRecords.Inquiry(id, inquiry.unitCode(), HALL, inquiry.windowCode(), inquiry.subject(),
            inquiry.question(), null, null, inquiry.ownerUsername(), inquiry.ownerName(), "RESOLVED", null, null,
            "已告知通过“秦务员”网上变更，当日办结。", at, resolved));
        desk.inquiryEvent(id, "RESOLVED", resolved, d.staff().name(), "已告知通过“秦务员”网上变更，当日办结。");
      }
    }
    String[][] escalations = {
        {"“互联网+明厨亮灶”新业态申请食品经营许可，现行指南无对应情形。", "参照餐饮服务类别受理，现场核查后报分管领导审定。"},
        {"群众反映老年人不会使用自助取号机，上午高峰排队较长。", "在取号区增设一名志愿者，高峰时段开通老年人绿色通道。"},
        {"跨省通办的企业迁移登记，迁出地系统未推送档案。", "先行受理并出具受理通知书，由窗口负责人协调迁出地补推档案。"}};
    for (int i = 0; i < escalations.length; i++) {
      Desk d = desks.get((i * 7) % desks.size());
      LocalDate raisedOn = today.minusDays(i == 0 ? 1 : 6 + i);
      Instant at = raisedOn.atTime(14, 20).atZone(ChinaTime.ZONE).toInstant();
      UUID id = Ids.newId(clock);
      desk.insert(new DeskRecords.Escalation(id, d.window().unitCode(), HALL, d.window().code(), null,
          d.staff().username(), d.staff().name(), escalations[i][0], escalations[i][1], "OPEN",
          workingDays.addWorkingDays(raisedOn, 3).date(), at, null, null, null, null));
      if (i == 1) {
        desk.decide(id, "APPROVED", "leader", "王建国（市领导）", at.plusSeconds(86_400), null);
      } else if (i == 2) {
        desk.decide(id, "AMENDED", "leader", "王建国（市领导）", at.plusSeconds(86_400),
            "同意先行受理；协调情况每周报告一次。");
      }
    }
  }

  private void promptIfDue(Application app, LocalDate today) {
    if (app.promisedDue() == null || app.pausedSince() != null) {
      return;
    }
    int left = deadlines.daysLeft(today, app.promisedDue());
    List<String> levels = new ArrayList<>();
    if (left <= 2) {
      levels.add("YELLOW");
    }
    if (left < 0) {
      levels.add("RED");
    }
    for (String level : levels) {
      LocalDate raised = "RED".equals(level) ? workingDays.addWorkingDays(app.promisedDue(), 1).date()
          : workingDays.addWorkingDays(app.promisedDue(), 0).date().minusDays(2);
      raised = raised.isAfter(today) ? today : raised;
      jdbc.sql("""
              INSERT INTO supervision_prompt (id, application_id, level, raised_on, raised_at, unit_code, hall_code,
                                              window_code, due_date, recipients)
              VALUES (:id, :app, :level, :day, :at, :unit, :hall, :window, :due, :recipients)
              """)
          .param("id", Ids.newId(clock)).param("app", app.id()).param("level", level).param("day", raised)
          .param("at", SqlTime.param(raised.atTime(0, 10).atZone(ChinaTime.ZONE).toInstant()))
          .param("unit", app.unitCode()).param("hall", app.hallCode()).param("window", app.windowCode())
          .param("due", app.promisedDue()).param("recipients", app.handlerUsername()).update();
    }
  }

  private void recompute(Application app, List<Deadlines.Pause> pauses, LocalDate today, Instant at, String cause) {
    var due = deadlines.due(app.acceptedOn(), app.promisedLimitDays(), app.legalLimitDays(), app.extensionDays(), pauses,
        today);
    history.dueChanged(app.id(), at, cause, app.promisedDue(), due.promised(), app.legalDue(), due.legal(),
        due.provisional());
    app.setDue(due.promised(), due.legal(), due.provisional());
  }

  private void notice(Application app, NoticeKind kind, String body, List<CaseHistory.NoticeItem> items, Instant at,
      LocalDate on, String unitName, String staffName) {
    String prefix = switch (kind) {
      case SUPPLEMENT -> "BZ";
      case ACCEPTANCE -> "SL";
      case REJECTION -> "BSL";
      case PAUSE -> "ZT";
      case EXTENSION -> "YQ";
      case RESULT -> "BJ";
    };
    String number = "%s-%s-%d-%05d".formatted(app.unitCode(), prefix, on.getYear(),
        applications.nextNumber(on.getYear(), app.unitCode(), "N-" + kind.name()));
    history.insert(new CaseHistory.Notice(Ids.newId(clock), app.id(), kind, number, at, on, unitName, staffName,
        app.applicant().name(), app.serviceName(), body, token(null), items));
  }

  private static Applicant applicant(Random random, ServiceGuide guide) {
    String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    String phone = "139" + String.format("%08d", random.nextInt(100_000_000));
    LocalDate birth = LocalDate.of(1955, 1, 1).plusDays(random.nextInt(365 * 48));
    String body = REGIONS[random.nextInt(REGIONS.length)] + birth.toString().replace("-", "")
        + String.format("%03d", random.nextInt(1000));
    String id = body + idCheck(body);
    boolean company = guide.content().audience() != null && guide.content().audience().name().contains("ENTERPRISE")
        && random.nextBoolean();
    String companyName = company ? COMPANIES[random.nextInt(COMPANIES.length)] : null;
    String credit = null;
    if (company) {
      StringBuilder b = new StringBuilder("916103");
      b.append("00MA6");
      while (b.length() < 17) {
        b.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
      }
      credit = b.toString() + creditCheck(b.toString());
    }
    return new Applicant(name, phone, id, random.nextInt(5) == 0 ? "applicant" + random.nextInt(10_000) + "@example.org"
        : null, companyName, credit);
  }

  private static char idCheck(String body) {
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * w[i];
    }
    return "10X98765432".charAt(sum % 11);
  }

  private static char creditCheck(String body) {
    int[] w = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CODE_CHARS.indexOf(body.charAt(i)) * w[i];
    }
    return CODE_CHARS.charAt((31 - sum % 31) % 31);
  }

  /** Tokens and verification codes are random on every start, like the queue's: a second node never repeats them. */
  private static String token(Random unused) {
    byte[] bytes = new byte[18];
    SECURE.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static int nz(Integer n) {
    return n == null ? 0 : n;
  }
}
