package org.servicewindow.queue.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.calendar.OpeningHours;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DemoData;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.WindowSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo halls' queues: kiosk services for every hall (the service items its windows handle, or — while
 * the windows handle none — a plausible set per zone, assigned to the windows that have no services), 90
 * days of simulated history and today's live queue. The history comes from a small simulation per hall
 * and day: arrivals follow the day's two peaks (mid-morning, early afternoon), Mondays and the first day
 * after a holiday are busier, each window serves one citizen at a time with log-normal service times, a
 * few citizens use the green channel or an appointment, some do not come or give up. Rows go in with
 * batched JDBC, so it takes seconds.
 */
@Component
@Profile("demo")
@Order(50)
class QueueDemo implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(QueueDemo.class);

  /** Zones a single-zone hall splits into several lines, by zone name. */
  private static final Map<String, List<String>> SPLITS = Map.of(
      "办税服务区", List.of("申报纳税", "发票办理", "税务登记"),
      "售票区", List.of("售票", "改签退票"),
      "营业室", List.of("个人业务", "对公业务"),
      "营业厅", List.of("用电报装", "电费缴纳"));

  /** Typical minutes a service takes (median); others take 8. */
  private static final Map<String, Double> MEDIAN_MINUTES = Map.ofEntries(
      Map.entry("综合受理", 9.0), Map.entry("企业开办", 14.0), Map.entry("不动产登记", 16.0),
      Map.entry("税务服务", 10.0), Map.entry("社会保障", 7.0), Map.entry("医疗保障", 6.0),
      Map.entry("住房公积金", 8.0), Map.entry("公安服务", 9.0), Map.entry("住房建设", 12.0),
      Map.entry("交通运输", 10.0), Map.entry("卫生健康", 9.0), Map.entry("水电气讯", 7.0),
      Map.entry("咨询台", 3.0), Map.entry("申报纳税", 8.0), Map.entry("发票办理", 5.0), Map.entry("税务登记", 12.0),
      Map.entry("售票", 2.5), Map.entry("改签退票", 3.5), Map.entry("个人业务", 7.0), Map.entry("对公业务", 15.0),
      Map.entry("用电报装", 11.0), Map.entry("电费缴纳", 3.0));

  /** Citizens on an ordinary day, per hall; other halls get 20 per window. */
  private static final Map<String, Integer> DAILY = Map.of("BJZWFW", 420, "BJZWFWGX", 45, "BJSWDT", 130,
      "BJHCZSP", 150, "BJRHYYS", 40, "BJGDYYT", 60);

  /** Lines of the centre hall that take appointments. */
  private static final Set<String> WITH_APPOINTMENTS = Set.of("社会保障", "不动产登记", "住房公积金");
  private static final List<LocalTime[]> SLOT_TIMES = List.of(
      new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(10, 0)}, new LocalTime[] {LocalTime.of(10, 0), LocalTime.of(11, 0)},
      new LocalTime[] {LocalTime.of(14, 0), LocalTime.of(15, 0)}, new LocalTime[] {LocalTime.of(15, 0), LocalTime.of(16, 0)});
  private static final String[] GREEN = {"ELDERLY", "ELDERLY", "ELDERLY", "ELDERLY", "ELDERLY", "ELDERLY", "DISABLED",
      "PREGNANT", "MILITARY", "URGENT"};
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱"};
  private static final String[] GIVEN = {"建国", "秀兰", "志明", "丽华", "海燕", "伟", "敏", "静", "磊", "芳", "军", "娟"};

  /** A line of a hall as the simulation uses it. */
  private record Line(String code, String name, String prefix, boolean consultation, List<String> windows, double median,
      double weight) {}

  /** A simulated ticket. */
  private static final class Sim {
    UUID id;
    Line line;
    int number;
    Instant issued;
    Instant called;
    Instant started;
    Instant finished;
    String window;
    String status;
    String priority = "NORMAL";
    String green;
    String channel = "KIOSK";
    Integer estimate;
    boolean appointment;
    boolean late;
  }

  private final OrganizationApi organization;
  private final QueueServices services;
  private final QueueSettings settings;
  private final WorkingDays workingDays;
  private final JdbcTemplate jdbc;
  private final JdbcClient client;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final int historyDays;
  private final Random random = new Random(20261013);
  /** Desk sessions draw from their own sequence, so the simulated tickets stay what they were before them. */
  private final Random deskRandom = new Random(20261126);

  QueueDemo(OrganizationApi organization, QueueServices services, QueueSettings settings, WorkingDays workingDays,
      JdbcTemplate jdbc, JdbcClient client, Clock clock, TransactionTemplate transactions, @Value("${sw.queue.demo.history-days:90}") int historyDays) {
    this.organization = organization;
    this.services = services;
    this.settings = settings;
    this.workingDays = workingDays;
    this.jdbc = jdbc;
    this.client = client;
    this.clock = clock;
    this.transactions = transactions;
    this.historyDays = historyDays;
  }

  @Override
  public void seed() {
    LocalDate today = ChinaTime.today(clock);
    int tickets = 0;
    for (HallSummary hall : organization.halls()) {
      Integer written = transactions.execute(tx -> seed(hall, today));
      tickets += written == null ? 0 : written;
    }
    if (tickets > 0) {
      log.info("Queue demo: {} simulated tickets", tickets);
    }
  }

  /** One hall, in one transaction: its lines, the days of history it lacks, today's queue. */
  private int seed(HallSummary hall, LocalDate today) {
    int tickets = 0;
    {
      List<Line> lines = lines(hall);
      if (lines.isEmpty()) {
        return 0;
      }
      Map<String, String> staffOf = staffOfWindows(hall);
      LocalDate last = client.sql("SELECT MAX(service_day) FROM ticket WHERE hall_code = :h AND service_day < :today")
          .param("h", hall.code()).param("today", today).query(LocalDate.class).optional().orElse(null);
      LocalDate from = last == null ? today.minusDays(historyDays) : last.plusDays(1);
      Batch batch = new Batch();
      for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
        tickets += history(hall, lines, staffOf, day, batch);
      }
      boolean liveToday = client.sql("SELECT COUNT(*) FROM ticket WHERE hall_code = :h AND service_day = :today")
          .param("h", hall.code()).param("today", today).query(Long.class).single() > 0;
      if (!liveToday) {
        tickets += live(hall, lines, staffOf, today, batch);
      }
      batch.flush();
      if (hall.code().equals("BJZWFW")) {
        upcomingSlots(hall, lines, today);
      }
    }
    return tickets;
  }

  // --- the lines ----------------------------------------------------------------------------------

  private List<Line> lines(HallSummary hall) {
    List<WindowSummary> windows = organization.windowsOf(hall.code());
    if (windows.isEmpty()) {
      return List.of();
    }
    if (services.ofHall(hall.code()).isEmpty()) {
      createServices(hall, windows);
    }
    Map<String, List<String>> windowsOf = new LinkedHashMap<>();
    for (WindowSummary w : windows) {
      for (String code : organization.servicesOf(w.code())) {
        windowsOf.computeIfAbsent(code, c -> new ArrayList<>()).add(w.code());
      }
    }
    List<Line> lines = new ArrayList<>();
    for (QueueServices.QueueService s : services.ofHall(hall.code())) {
      List<String> handling = windowsOf.getOrDefault(s.serviceCode(), List.of());
      if (!s.enabled() || handling.isEmpty()) {
        continue;
      }
      boolean consultation = s.kind() == QueueServices.Kind.CONSULTATION;
      double weight = consultation ? 1.2 : handling.size() * (0.7 + 0.6 * random.nextDouble());
      lines.add(new Line(s.serviceCode(), s.name(), s.prefix(), consultation, handling,
          MEDIAN_MINUTES.getOrDefault(s.name(), 8.0), weight));
    }
    return lines;
  }

  /**
   * Kiosk services from the service items the hall's windows handle; while they handle none, one line per
   * zone (or per typical business of a single-zone hall) plus the consultation desk, assigned to the
   * windows without services.
   */
  private void createServices(HallSummary hall, List<WindowSummary> windows) {
    Set<String> codes = new LinkedHashSet<>();
    Map<String, String> zoneOfCode = new HashMap<>();
    for (WindowSummary w : windows) {
      for (String code : organization.servicesOf(w.code())) {
        if (codes.add(code)) {
          zoneOfCode.put(code, zone(w));
        }
      }
    }
    int order = 0;
    if (!codes.isEmpty()) {
      Map<String, Integer> perZone = new HashMap<>();
      for (String code : codes) {
        String zone = zoneOfCode.get(code);
        int n = perZone.merge(zone, 1, Integer::sum);
        String name = zone.isBlank() ? code : n == 1 ? zone : zone + " " + n;
        services.save(new QueueServices.QueueService(hall.code(), code, name, prefix(order), QueueServices.Kind.SERVICE,
            order, true));
        order++;
      }
      return;
    }
    Map<String, List<WindowSummary>> byZone = new LinkedHashMap<>();
    windows.forEach(w -> byZone.computeIfAbsent(zone(w), z -> new ArrayList<>()).add(w));
    Map<String, List<String>> assigned = new LinkedHashMap<>();
    int n = 0;
    for (Map.Entry<String, List<WindowSummary>> zone : byZone.entrySet()) {
      for (String name : SPLITS.getOrDefault(zone.getKey(), List.of(zone.getKey().isBlank() ? "综合业务" : zone.getKey()))) {
        String code = "Q-" + hall.code() + "-" + String.format("%02d", ++n);
        services.save(new QueueServices.QueueService(hall.code(), code, name, prefix(order), QueueServices.Kind.SERVICE,
            order, true));
        order++;
        zone.getValue().forEach(w -> assigned.computeIfAbsent(w.code(), c -> new ArrayList<>()).add(code));
      }
    }
    if (windows.size() >= 8) {
      String code = "Q-" + hall.code() + "-ZX";
      services.save(new QueueServices.QueueService(hall.code(), code, "咨询台", "Z", QueueServices.Kind.CONSULTATION,
          99, true));
      windows.stream().limit(2).forEach(w -> assigned.computeIfAbsent(w.code(), c -> new ArrayList<>()).add(code));
      settings.save(new QueueSettings.Settings(hall.code(), 2, 3, 5,
          "请携带本人有效身份证件，按号码顺序到窗口办理；老年人、残疾人、孕妇、军人可走绿色通道。办事不满意请扫码评价或拨打 12345。"));
    }
    assigned.forEach((window, list) -> {
      if (organization.servicesOf(window).isEmpty()) {
        organization.assignServices(window, list);
      }
    });
  }

  private static String zone(WindowSummary w) {
    return w.zone() == null ? "" : w.zone().replaceFirst("^[A-Z]区\\s*", "").trim();
  }

  /** A, B, … Y, then AA, AB, …; Z is the consultation desk's. */
  private static String prefix(int i) {
    return i < 25 ? String.valueOf((char) ('A' + i)) : "" + (char) ('A' + (i - 25) / 26) + (char) ('A' + (i - 25) % 26);
  }

  private Map<String, String> staffOfWindows(HallSummary hall) {
    Map<String, String> staff = new HashMap<>();
    Instant now = clock.instant();
    for (WindowSummary w : organization.windowsOf(hall.code())) {
      organization.responsibleStaffFor(w.code(), now).map(StaffSummary::username).ifPresent(u -> staff.put(w.code(), u));
    }
    return staff;
  }

  // --- history ------------------------------------------------------------------------------------

  private int history(HallSummary hall, List<Line> lines, Map<String, String> staffOf, LocalDate day, Batch batch) {
    List<OpeningHours.Period> periods = openOn(hall, day);
    if (periods.isEmpty()) {
      return 0;
    }
    double factor = busyness(day) * (0.9 + 0.2 * random.nextDouble());
    int citizens = (int) Math.round(DAILY.getOrDefault(hall.code(), 15 * organization.windowsOf(hall.code()).size())
        * factor * Math.min(1.0, hoursOf(periods) / 7.0));
    List<Instant> arrivals = arrivals(day, periods, citizens);
    Instant closing = day.atTime(periods.get(periods.size() - 1).end()).atZone(ChinaTime.ZONE).toInstant();
    List<Sim> sims = simulate(hall, lines, arrivals, day.atTime(periods.get(0).start()).atZone(ChinaTime.ZONE).toInstant(),
        closing, null);
    write(hall, lines, staffOf, day, sims, batch, false);
    deskSessions(hall, staffOf, day, periods, sims, batch);
    return sims.size();
  }

  /**
   * The day's desk sign-ins (上岗) of the windows with a rostered staff member: each opening period, signed in a few
   * minutes after it starts and out a few minutes before it ends; now and then (about one window-period in 25) the
   * desk is left for 20–50 minutes without a sign-out, so the session lapses by the idle rule (空岗) — only where no
   * ticket was called at that window meanwhile.
   */
  private void deskSessions(HallSummary hall, Map<String, String> staffOf, LocalDate day,
      List<OpeningHours.Period> periods, List<Sim> sims, Batch batch) {
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(staffOf).entrySet()) {
      for (OpeningHours.Period p : periods) {
        Instant start = day.atTime(p.start()).atZone(ChinaTime.ZONE).toInstant().plusSeconds(deskRandom.nextInt(240));
        Instant end = day.atTime(p.end()).atZone(ChinaTime.ZONE).toInstant().minusSeconds(deskRandom.nextInt(300));
        if (deskRandom.nextInt(25) == 0 && Duration.between(start, end).toMinutes() > 90) {
          Instant leave = start.plus(Duration.ofMinutes(20 + deskRandom.nextInt(Math.toIntExact(
              Duration.between(start, end).toMinutes() - 80))));
          Instant back = leave.plus(Duration.ofMinutes(20 + deskRandom.nextInt(31)));
          boolean calledMeanwhile = sims.stream().anyMatch(x -> e.getKey().equals(x.window) && x.called != null
              && !x.called.isBefore(leave) && x.called.isBefore(back));
          if (!calledMeanwhile) {
            batch.desk(hall.code(), e.getKey(), e.getValue(), start, leave, back, "IDLE");
            start = back;
          }
        }
        batch.desk(hall.code(), e.getKey(), e.getValue(), start, end.minusSeconds(deskRandom.nextInt(600)), end,
            "SIGNED_OUT");
      }
    }
  }

  /** Today's queue as it stands: the last two and a half hours up to now, some waiting, some at windows. */
  private int live(HallSummary hall, List<Line> lines, Map<String, String> staffOf, LocalDate today, Batch batch) {
    Instant now = clock.instant();
    Instant start = now.minus(Duration.ofMinutes(150));
    int citizens = Math.max(12, DAILY.getOrDefault(hall.code(), 15 * organization.windowsOf(hall.code()).size()) / 2);
    List<Instant> arrivals = new ArrayList<>();
    for (int i = 0; i < citizens; i++) {
      // more of them lately, so that a line has formed
      double u = Math.sqrt(random.nextDouble());
      arrivals.add(start.plusSeconds((long) (u * 150 * 60)));
    }
    arrivals.sort(Comparator.naturalOrder());
    List<Sim> sims = simulate(hall, lines, arrivals, start, now.plus(Duration.ofHours(3)), now);
    write(hall, lines, staffOf, today, sims, batch, true);
    // today's staffed windows are signed in since the live queue began, their last press a moment ago
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(staffOf).entrySet()) {
      batch.desk(hall.code(), e.getKey(), e.getValue(), start, now.minusSeconds(deskRandom.nextInt(300)), null, null);
    }
    return sims.size();
  }

  private List<OpeningHours.Period> openOn(HallSummary hall, LocalDate day) {
    OpeningHours hours = hall.openingHours() == null ? OpeningHours.STANDARD : hall.openingHours();
    boolean everyDay = !hours.on(DayOfWeek.SATURDAY).isEmpty() && !hours.on(DayOfWeek.SUNDAY).isEmpty();
    if (everyDay) {
      return hours.on(day.getDayOfWeek());
    }
    if (!workingDays.isWorkingDay(day)) {
      return List.of();
    }
    List<OpeningHours.Period> on = hours.on(day.getDayOfWeek());
    return on.isEmpty() ? hours.onAdjustedWorkday() : on;
  }

  /** Mondays and the first working day after a holiday are busier; Fridays and Saturdays quieter. */
  private double busyness(LocalDate day) {
    boolean afterBreak = !workingDays.isWorkingDay(day.minusDays(1)) && !workingDays.isWorkingDay(day.minusDays(2))
        && !workingDays.isWorkingDay(day.minusDays(3));
    if (afterBreak && workingDays.isWorkingDay(day)) {
      return 1.55;
    }
    return switch (day.getDayOfWeek()) {
      case MONDAY -> 1.3;
      case FRIDAY -> 0.9;
      case SATURDAY, SUNDAY -> 0.6;
      default -> 1.0;
    };
  }

  private static double hoursOf(List<OpeningHours.Period> periods) {
    return periods.stream().mapToLong(OpeningHours.Period::minutes).sum() / 60.0;
  }

  /** Arrival times over the open periods, peaking mid-morning and early afternoon. */
  private List<Instant> arrivals(LocalDate day, List<OpeningHours.Period> periods, int count) {
    List<Integer> minutes = new ArrayList<>();
    List<Double> cumulative = new ArrayList<>();
    double total = 0;
    for (OpeningHours.Period p : periods) {
      for (int m = p.start().toSecondOfDay() / 60; m < p.end().toSecondOfDay() / 60 - 10; m++) {
        double w = 0.35 + Math.exp(-Math.pow((m - 585) / 55.0, 2)) + 0.8 * Math.exp(-Math.pow((m - 870) / 60.0, 2));
        total += w;
        minutes.add(m);
        cumulative.add(total);
      }
    }
    List<Instant> result = new ArrayList<>();
    for (int i = 0; i < count && !minutes.isEmpty(); i++) {
      double r = random.nextDouble() * total;
      int lo = 0;
      int hi = cumulative.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (cumulative.get(mid) < r) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      result.add(day.atStartOfDay(ChinaTime.ZONE).toInstant().plusSeconds(minutes.get(lo) * 60L + random.nextInt(60)));
    }
    result.sort(Comparator.naturalOrder());
    return result;
  }

  /**
   * Serves the arrivals: each goes to the first window free among those handling their line (green
   * channel and appointments a little ahead), is called, starts, and completes — or does not come, or
   * gives up when the hall closes. With {@code cut}, whatever happens after it has not happened yet.
   */
  private List<Sim> simulate(HallSummary hall, List<Line> lines, List<Instant> arrivals, Instant opening, Instant closing,
      Instant cut) {
    double totalWeight = lines.stream().mapToDouble(Line::weight).sum();
    Map<String, Instant> free = new HashMap<>();
    lines.forEach(l -> l.windows().forEach(w -> free.put(w, opening)));
    // not every window is staffed all day (back-office work, leave): about half serve the line
    Map<String, List<String>> staffed = new HashMap<>();
    for (Line l : lines) {
      List<String> open = l.windows().stream().filter(w -> random.nextDouble() < 0.5).toList();
      staffed.put(l.code(), open.isEmpty() ? List.of(l.windows().get(random.nextInt(l.windows().size()))) : open);
    }
    Map<String, Integer> numbers = new HashMap<>();
    Map<String, List<Sim>> waitingOf = new HashMap<>();
    List<Sim> sims = new ArrayList<>();
    for (Instant arrival : arrivals) {
      Sim s = new Sim();
      s.id = uuid();
      double r = random.nextDouble() * totalWeight;
      Line line = lines.get(lines.size() - 1);
      for (Line l : lines) {
        r -= l.weight();
        if (r <= 0) {
          line = l;
          break;
        }
      }
      s.line = line;
      s.issued = arrival;
      s.number = numbers.merge(line.code(), 1, Integer::sum);
      if (!line.consultation() && random.nextDouble() < 0.045) {
        s.priority = "GREEN_CHANNEL";
        s.green = GREEN[random.nextInt(GREEN.length)];
      } else if (hall.code().equals("BJZWFW") && WITH_APPOINTMENTS.contains(line.name()) && cut == null
          && random.nextDouble() < 0.12 && slotAt(arrival) != null) {
        s.appointment = true;
        s.channel = "APPOINTMENT";
        s.late = random.nextDouble() < 0.12;
        s.priority = s.late ? "NORMAL" : "APPOINTMENT";
      }
      sims.add(s);
    }
    // windows take the line in order of rank, then arrival
    List<Sim> order = new ArrayList<>(sims);
    order.sort(Comparator.comparing((Sim s) -> s.issued.minus(Duration.ofMinutes(
        "GREEN_CHANNEL".equals(s.priority) ? 20 : "APPOINTMENT".equals(s.priority) ? 10 : 0))));
    for (Sim s : order) {
      String window = staffed.get(s.line.code()).stream().min(Comparator.comparing(free::get)).orElseThrow();
      Instant available = free.get(window);
      Instant called = available.isAfter(s.issued) ? available : s.issued.plusSeconds(20 + random.nextInt(60));
      List<Sim> ahead = waitingOf.computeIfAbsent(s.line.code(), c -> new ArrayList<>());
      long before = ahead.stream().filter(o -> o.called != null && o.called.isAfter(s.issued) && o.issued.isBefore(s.issued))
          .count();
      s.estimate = (int) Math.ceil((before + 1) * s.line.median() / staffed.get(s.line.code()).size());
      ahead.add(s);
      if (called.isAfter(closing.plus(Duration.ofMinutes(20))) || random.nextDouble() < 0.015) {
        s.status = "CANCELLED";
        s.finished = s.issued.plusSeconds(600 + random.nextInt(3000));
        if (s.finished.isAfter(closing)) {
          s.finished = closing;
        }
        s.called = null;
        continue;
      }
      s.called = called;
      s.window = window;
      if (random.nextDouble() < 0.03) {
        s.status = "NO_SHOW";
        s.finished = called.plusSeconds(150 + random.nextInt(120));
        free.put(window, s.finished);
        continue;
      }
      s.started = called.plusSeconds(25 + random.nextInt(70));
      double minutes = s.line.median() * Math.exp(0.45 * random.nextGaussian());
      s.finished = s.started.plusSeconds(Math.max(40, (long) (minutes * 60)));
      s.status = "COMPLETED";
      free.put(window, s.finished.plusSeconds(10 + random.nextInt(40)));
    }
    if (cut != null) {
      for (Sim s : sims) {
        if (s.issued.isAfter(cut)) {
          s.status = "GONE";
        } else if ("CANCELLED".equals(s.status) && s.finished.isAfter(cut)) {
          s.status = "WAITING";
          s.finished = null;
        } else if (s.called != null && s.called.isAfter(cut)) {
          s.status = "WAITING";
          s.called = null;
          s.started = null;
          s.finished = null;
          s.window = null;
        } else if (s.finished != null && s.finished.isAfter(cut)) {
          s.finished = null;
          if (s.started == null || s.started.isAfter(cut) || "NO_SHOW".equals(s.status)) {
            s.status = "CALLED";
            s.started = null;
          } else {
            s.status = "SERVING";
          }
        }
      }
      sims.removeIf(s -> "GONE".equals(s.status));
    }
    return sims;
  }

  private static LocalTime[] slotAt(Instant at) {
    LocalTime t = at.atZone(ChinaTime.ZONE).toLocalTime();
    return SLOT_TIMES.stream().filter(s -> !t.isBefore(s[0].minusMinutes(20)) && t.isBefore(s[1])).findFirst().orElse(null);
  }

  // --- writing ------------------------------------------------------------------------------------

  private void write(HallSummary hall, List<Line> lines, Map<String, String> staffOf, LocalDate day, List<Sim> sims,
      Batch batch, boolean live) {
    Map<String, Integer> last = new HashMap<>();
    Map<String, UUID> slots = new HashMap<>();
    Map<UUID, Integer> booked = new HashMap<>();
    int code = 100000 + random.nextInt(800000);
    long seq = 0;
    List<Sim> calls = new ArrayList<>();
    for (Sim s : sims) {
      String staff = s.window == null ? null : staffOf.get(s.window);
      last.merge(s.line.code(), s.number, Math::max);
      batch.ticket(new Object[] {s.id, hall.code(), s.line.code(), day, s.number,
          s.line.prefix() + (s.number < 1000 ? String.format("%03d", s.number) : Integer.toString(s.number)),
          s.priority, "GREEN_CHANNEL".equals(s.priority) ? 0 : "APPOINTMENT".equals(s.priority) ? 1 : 2, s.green,
          s.channel, s.status, ts(s.issued), ts(s.issued), s.window, staff, ts(s.called), ts(s.started), ts(s.finished),
          "COMPLETED".equals(s.status) ? token() : null, s.estimate});
      batch.event(s.id, hall.code(), "ISSUED", s.issued, null, null, s.green == null ? null : "green:" + s.green, null);
      if (s.called != null) {
        Long boardSeq = live ? ++seq : null;
        batch.event(s.id, hall.code(), "CALLED", s.called, s.window, staff, null, boardSeq);
        calls.add(s);
      }
      if (s.started != null && live) {
        batch.event(s.id, hall.code(), "STARTED", s.started, s.window, staff, null, null);
      }
      if (s.finished != null && !"WAITING".equals(s.status)) {
        batch.event(s.id, hall.code(), s.status, s.finished, s.window, staff, null, null);
      }
      if (s.appointment) {
        LocalTime[] times = slotAt(s.issued);
        UUID slot = slots.computeIfAbsent(s.line.code() + times[0], k -> {
          UUID id = uuid();
          batch.slot(new Object[] {id, hall.code(), s.line.code(), day, ts(at(day, times[0])), ts(at(day, times[1])), 6, 0});
          return id;
        });
        booked.merge(slot, 1, Integer::sum);
        batch.appointment(new Object[] {uuid(), slot, hall.code(), s.line.code(), day, String.valueOf(code++),
            person(), phone(), "CHECKED_IN", ts(s.issued.minus(Duration.ofDays(1 + random.nextInt(6)))), ts(s.issued),
            s.late, s.id});
      }
    }
    // a few booked but never came
    for (Map.Entry<String, UUID> slot : slots.entrySet()) {
      if (random.nextDouble() < 0.35) {
        String service = slot.getKey().substring(0, slot.getKey().length() - 5);
        batch.appointment(new Object[] {uuid(), slot.getValue(), hall.code(), service, day,
            String.valueOf(code++), person(), phone(), "NO_SHOW", ts(day.minusDays(2).atTime(20, 0).atZone(ChinaTime.ZONE)
            .toInstant()), null, false, null});
        booked.merge(slot.getValue(), 1, Integer::sum);
      }
    }
    batch.slotBookings(booked);
    for (Map.Entry<String, Integer> e : last.entrySet()) {
      batch.counter(new Object[] {hall.code(), e.getKey(), day, e.getValue()});
    }
    if (live) {
      batch.flush();
      client.sql("INSERT INTO queue_board_seq (hall_code, seq) VALUES (:h, :s) ON CONFLICT DO NOTHING")
          .param("h", hall.code()).param("s", seq).update();
      client.sql("UPDATE queue_board_seq SET seq = GREATEST(seq, :s) WHERE hall_code = :h")
          .param("h", hall.code()).param("s", seq).update();
      for (Sim s : sims) {
        if ("CALLED".equals(s.status) || "SERVING".equals(s.status)) {
          client.sql("""
                  INSERT INTO queue_window (window_code, hall_code, state, current_ticket_id, green_streak, changed_at)
                  VALUES (:w, :h, 'OPEN', :t, 0, :at) ON CONFLICT DO NOTHING
                  """)
              .param("w", s.window).param("h", hall.code()).param("t", s.id).param("at", ts(s.called)).update();
        }
      }
    }
  }

  /** Slots of the next two weeks for the centre hall's appointment lines, with a few bookings already. */
  private void upcomingSlots(HallSummary hall, List<Line> lines, LocalDate today) {
    boolean exists = client.sql("SELECT COUNT(*) FROM appointment_slot WHERE hall_code = :h AND slot_day >= :d")
        .param("h", hall.code()).param("d", today).query(Long.class).single() > 0;
    if (exists) {
      return;
    }
    Batch batch = new Batch();
    Map<UUID, Integer> booked = new HashMap<>();
    int code = 100000 + random.nextInt(800000);
    for (LocalDate day = today; !day.isAfter(today.plusDays(14)); day = day.plusDays(1)) {
      if (openOn(hall, day).isEmpty()) {
        continue;
      }
      for (Line line : lines) {
        if (!WITH_APPOINTMENTS.contains(line.name())) {
          continue;
        }
        for (LocalTime[] t : SLOT_TIMES) {
          UUID id = uuid();
          batch.slot(new Object[] {id, hall.code(), line.code(), day, ts(at(day, t[0])), ts(at(day, t[1])), 6, 0});
          int n = day.equals(today) ? 2 : random.nextInt(day.isBefore(today.plusDays(4)) ? 6 : 3);
          for (int i = 0; i < n; i++) {
            batch.appointment(new Object[] {uuid(), id, hall.code(), line.code(), day, String.valueOf(code++),
                person(), phone(), "BOOKED", ts(clock.instant().minus(Duration.ofHours(2 + random.nextInt(60)))), null,
                false, null});
          }
          booked.put(id, n);
        }
      }
    }
    batch.slotBookings(booked);
    batch.flush();
  }

  private static Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(ChinaTime.ZONE).toInstant();
  }

  /** A random id; unlike the rest of the history it must differ from one start to the next. */
  private UUID uuid() {
    return UUID.randomUUID(); // not from the seeded generator: a later start may seed a hall added meanwhile
  }

  private String person() {
    return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
  }

  private String phone() {
    return "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
  }

  /** Unique on every start: the seeded generator repeats itself, and a restart may seed a new hall. */
  private static String token() {
    return java.util.UUID.randomUUID().toString().replace("-", "");
  }

  private static OffsetDateTime ts(Instant instant) {
    return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  /** Rows gathered and written in batches. */
  private final class Batch {
    final List<Object[]> tickets = new ArrayList<>();
    final List<Object[]> events = new ArrayList<>();
    final List<Object[]> counters = new ArrayList<>();
    final List<Object[]> slots = new ArrayList<>();
    final List<Object[]> appointments = new ArrayList<>();
    final List<Object[]> slotBookings = new ArrayList<>();
    final List<Object[]> desks = new ArrayList<>();

    /** A desk session; {@code end} null while it lasts. An {@code IDLE} one ends at its last activity. */
    void desk(String hall, String window, String staff, Instant start, Instant lastActivity, Instant end, String reason) {
      Instant ended = "IDLE".equals(reason) ? lastActivity : end;
      desks.add(new Object[] {hall, window, staff, ts(start), ts(lastActivity), ended == null ? null : ts(ended), reason,
          staff});
    }

    void ticket(Object[] row) {
      tickets.add(row);
      if (tickets.size() >= 5000) {
        flush();
      }
    }

    void event(UUID ticket, String hall, String type, Instant at, String window, String staff, String detail, Long seq) {
      events.add(new Object[] {ticket, hall, type, ts(at), window, staff, detail, seq});
    }

    void counter(Object[] row) {
      counters.add(row);
    }

    void slot(Object[] row) {
      slots.add(row);
    }

    void appointment(Object[] row) {
      appointments.add(row);
    }

    void slotBookings(Map<UUID, Integer> booked) {
      booked.forEach((slot, n) -> slotBookings.add(new Object[] {n, slot}));
    }

    void flush() {
      run("""
          INSERT INTO ticket (id, hall_code, service_code, service_day, number, display_number, priority, priority_rank,
                              green_reason, channel, status, queued_at, issued_at, window_code, staff_username, called_at,
                              started_at, finished_at, evaluation_token, estimated_wait_min)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """, tickets);
      run("""
          INSERT INTO ticket_event (ticket_id, hall_code, type, occurred_at, window_code, staff_username, detail, board_seq)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """, events);
      run("INSERT INTO queue_counter (hall_code, service_code, service_day, last_number) VALUES (?, ?, ?, ?)"
          + " ON CONFLICT DO NOTHING", counters);
      run("""
          INSERT INTO appointment_slot (id, hall_code, service_code, slot_day, starts_at, ends_at, capacity, booked)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """, slots);
      run("""
          INSERT INTO appointment (id, slot_id, hall_code, service_code, slot_day, code, name, phone, status, booked_at,
                                   checked_in_at, late, ticket_id)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """, appointments);
      run("UPDATE appointment_slot SET booked = ? WHERE id = ?", slotBookings);
      run("""
          INSERT INTO queue_desk_session (hall_code, window_code, staff_username, signed_in_at, last_activity_at,
                                          ended_at, end_reason, signed_in_by)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """, desks);
    }

    private void run(String sql, List<Object[]> rows) {
      if (!rows.isEmpty()) {
        jdbc.batchUpdate(sql, rows);
        rows.clear();
      }
    }
  }
}
