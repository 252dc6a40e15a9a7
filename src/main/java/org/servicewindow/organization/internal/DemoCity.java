package org.servicewindow.organization.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.servicewindow.calendar.OpeningHours;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DemoData;
import org.servicewindow.common.Ids;
import org.servicewindow.identity.UserDirectory;
import org.servicewindow.organization.AbsenceKind;
import org.servicewindow.organization.UnitType;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo city of Baoji: the units named in the seed document (宝政办函〔2020〕50号), the municipal
 * government service centre with 40 windows on two floors and a branch hall, the tax hall, the railway
 * station ticket hall, a bank counter and a power supply office; about 120 staff with drawn portraits,
 * A/B pairs, this month's roster and a few absences. The demo logins staff01…staff40 are the staff of
 * windows BJZWFW-01…40. Names, phones and addresses are made up.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCity implements DemoData {

  static final String CENTRE_HALL = "BJZWFW";

  /** A unit of the seed document. */
  record UnitSeed(String code, String name, UnitType type, String parent) {}

  /** A block of adjacent windows of one hall, staffed by one unit. */
  record Block(String hall, int from, int to, int floor, String zone, String unit, String post) {}

  static final List<UnitSeed> UNITS = List.of(
      new UnitSeed("BJSZFB", "市政府办公室", UnitType.GOVERNMENT, null),
      new UnitSeed("BJFGW", "市发改委", UnitType.GOVERNMENT, null),
      new UnitSeed("BJGXJ", "市工信局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJGAJ", "市公安局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJRSJ", "市人社局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJZRZYJ", "市自然资源和规划局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJSTHJJ", "市生态环境局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJZJJ", "市住建局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJCGZFJ", "市城管执法局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJJTYSJ", "市交通运输局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJNYNCJ", "市农业农村局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJSHWJ", "市商务局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJWHLYJ", "市文化和旅游局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJWJW", "市卫健委", UnitType.GOVERNMENT, null),
      new UnitSeed("BJSCJGJ", "市市场监管局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJXZSPJ", "市行政审批服务局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJWWJ", "市文物局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJYBJ", "市医保局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJSWJ", "市税务局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJYBJGFJ", "宝鸡银保监分局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJRMYH", "人行宝鸡市中心支行", UnitType.BANK, null),
      new UnitSeed("BJGDJ", "宝鸡供电局", UnitType.PUBLIC_UTILITY, null),
      new UnitSeed("BJYZGLJ", "市邮政管理局", UnitType.GOVERNMENT, null),
      new UnitSeed("BJZWFWZX", "市政务服务中心", UnitType.GOVERNMENT, "BJXZSPJ"),
      new UnitSeed("BJGJJ", "市住房公积金管理中心", UnitType.OTHER, null),
      new UnitSeed("BJDDFGS", "地电宝鸡分公司", UnitType.PUBLIC_UTILITY, null),
      new UnitSeed("BJYD", "移动宝鸡分公司", UnitType.TELECOM, null),
      new UnitSeed("BJLT", "联通宝鸡分公司", UnitType.TELECOM, null),
      new UnitSeed("BJDX", "电信宝鸡分公司", UnitType.TELECOM, null),
      new UnitSeed("BJHCZ", "宝鸡火车站", UnitType.TRANSPORT, null),
      new UnitSeed("BJNZ", "宝鸡南站", UnitType.TRANSPORT, null));

  /** Windows of every hall, in number order; in the centre hall, windows n and n+1 (n odd) are an A/B pair. */
  static final List<Block> BLOCKS = List.of(
      new Block(CENTRE_HALL, 1, 8, 1, "A区 综合受理", "BJXZSPJ", "综合受理岗"),
      new Block(CENTRE_HALL, 9, 10, 1, "B区 企业开办", "BJXZSPJ", "企业开办岗"),
      new Block(CENTRE_HALL, 11, 12, 1, "B区 企业开办", "BJSCJGJ", "市场主体登记岗"),
      new Block(CENTRE_HALL, 13, 16, 1, "C区 不动产登记", "BJZRZYJ", "不动产登记岗"),
      new Block(CENTRE_HALL, 17, 20, 1, "D区 税务服务", "BJSWJ", "税费办理岗"),
      new Block(CENTRE_HALL, 21, 24, 2, "E区 社会保障", "BJRSJ", "社保经办岗"),
      new Block(CENTRE_HALL, 25, 26, 2, "E区 医疗保障", "BJYBJ", "医保经办岗"),
      new Block(CENTRE_HALL, 27, 30, 2, "F区 住房公积金", "BJGJJ", "公积金业务岗"),
      new Block(CENTRE_HALL, 31, 34, 2, "G区 公安服务", "BJGAJ", "户政出入境岗"),
      new Block(CENTRE_HALL, 35, 36, 2, "H区 住房建设", "BJZJJ", "住建审批岗"),
      new Block(CENTRE_HALL, 37, 38, 2, "H区 交通运输", "BJJTYSJ", "交通审批岗"),
      new Block(CENTRE_HALL, 39, 39, 2, "H区 卫生健康", "BJWJW", "卫健审批岗"),
      new Block(CENTRE_HALL, 40, 40, 2, "H区 水电气讯", "BJGDJ", "用电报装岗"),
      new Block("BJZWFWGX", 1, 2, 1, "综合受理", "BJXZSPJ", "综合受理岗"),
      new Block("BJZWFWGX", 3, 4, 1, "企业开办", "BJSCJGJ", "市场主体登记岗"),
      new Block("BJSWDT", 1, 8, 1, "办税服务区", "BJSWJ", "办税服务岗"),
      new Block("BJHCZSP", 1, 6, 1, "售票区", "BJHCZ", "售票员"),
      new Block("BJRHYYS", 1, 4, 1, "营业室", "BJRMYH", "柜面业务岗"),
      new Block("BJGDYYT", 1, 4, 1, "营业厅", "BJGDJ", "客户服务岗"));

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
      "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭",
      "曾", "田", "董", "袁", "潘", "蒋", "蔡", "杜", "魏"};
  private static final String[] GIVEN_FEMALE = {"丽娟", "晓燕", "婷婷", "雪梅", "佳怡", "静", "文静", "春燕", "海燕",
      "秀英", "晓琳", "慧敏", "欣悦", "雨萱", "丹", "梦瑶", "芳", "玉兰", "亚楠", "思琪"};
  private static final String[] GIVEN_MALE = {"志强", "建军", "伟", "浩然", "鹏飞", "国栋", "海涛", "磊", "子轩",
      "俊杰", "明", "文博", "宇航", "振华", "永刚", "立新", "晨阳", "家豪", "德胜", "涛"};

  private final Units units;
  private final Halls halls;
  private final Windows windows;
  private final StaffMembers staff;
  private final Photos photos;
  private final BackupPosts posts;
  private final Absences absences;
  private final Rosters rosters;
  private final UserDirectory users;
  private final Clock clock;

  private final Random random = new Random(20200618);
  private int staffSequence = 10000;

  DemoCity(
      Units units,
      Halls halls,
      Windows windows,
      StaffMembers staff,
      Photos photos,
      BackupPosts posts,
      Absences absences,
      Rosters rosters,
      UserDirectory users,
      Clock clock) {
    this.units = units;
    this.halls = halls;
    this.windows = windows;
    this.staff = staff;
    this.photos = photos;
    this.posts = posts;
    this.absences = absences;
    this.rosters = rosters;
    this.users = users;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void seed() {
    if (!units.exists("BJSZFB")) {
      build();
    }
    rosterThisMonth();
  }

  private void build() {
    Instant now = clock.instant();
    for (int i = 0; i < UNITS.size(); i++) {
      UnitSeed u = UNITS.get(i);
      String phone = "0917-32" + String.format("%05d", 61000 + i * 37);
      units.insert(new Unit(u.code(), u.name(), u.type(), u.parent(), person(i), phone,
          u.code().equals("BJSZFB") ? "0917-3263678" : "0917-32" + String.format("%05d", 62000 + i * 41), now, now));
    }
    hall(CENTRE_HALL, "宝鸡市政务服务中心", "宝鸡市渭滨区高新大道 69 号市民服务中心", 2, null,
        "MON-FRI 09:00-12:00,13:00-17:00; SAT 09:00-12:00", true, "BJZWFWZX", now);
    hall("BJZWFWGX", "宝鸡市政务服务中心高新分厅", "宝鸡市渭滨区高新四路 12 号", 1, CENTRE_HALL,
        "MON-FRI 09:00-12:00,13:00-17:00", false, "BJZWFWZX", now);
    hall("BJSWDT", "宝鸡市税务局办税服务厅", "宝鸡市金台区宝福路 25 号", 1, null,
        "MON-FRI 08:30-12:00,14:00-17:30", true, "BJSWJ", now);
    hall("BJHCZSP", "宝鸡站售票厅", "宝鸡市渭滨区火车站广场", 1, null, "MON-SUN 05:30-23:30", false, "BJHCZ", now);
    hall("BJRHYYS", "人行宝鸡市中心支行营业室", "宝鸡市渭滨区经二路 80 号", 1, null,
        "MON-FRI 08:30-12:00,14:00-17:00", false, "BJRMYH", now);
    hall("BJGDYYT", "宝鸡供电局金台供电营业厅", "宝鸡市金台区中山东路 39 号", 1, null, "MON-SUN 08:30-17:30", true,
        "BJGDJ", now);

    Map<String, UUID> windowStaff = new LinkedHashMap<>();
    Map<String, Block> blockOf = new HashMap<>();
    for (Block b : BLOCKS) {
      for (int n = b.from(); n <= b.to(); n++) {
        String code = b.hall() + "-" + String.format("%02d", n);
        windows.insert(new Window(code, b.hall(), n, n + "号窗口", b.floor(), b.zone(), b.unit(), true, now, now));
        blockOf.put(code, b);
        String login = "staff" + String.format("%02d", n);
        String username = b.hall().equals(CENTRE_HALL) && users.exists(login) ? login : null;
        String name = username == null ? null : users.find(username).map(UserDirectory.UserSummary::displayName)
            .map(DemoCity::plainName).orElse(null);
        StaffMember member = member(name, b.post(), b.unit(), b.hall(), username, List.of(code), true, now);
        windowStaff.put(code, member.id());
        if (username != null) {
          users.assignScope(username, b.unit(), b.hall(), code);
        }
      }
    }

    // back-office staff of each unit of the centre hall: B for the single windows 39 and 40
    Map<String, UUID> backOffice = new HashMap<>();
    BLOCKS.stream().filter(b -> b.hall().equals(CENTRE_HALL)).map(Block::unit).distinct().forEach(unit -> {
      List<String> unitWindows = windowStaff.keySet().stream()
          .filter(c -> c.startsWith(CENTRE_HALL + "-") && blockOf.get(c).unit().equals(unit))
          .toList();
      backOffice.put(unit, member(null, "后台审核岗", unit, CENTRE_HALL, null, unitWindows, true, now).id());
    });
    member(null, "咨询引导岗", "BJZWFWZX", CENTRE_HALL, null, List.of(), true, now);
    member(null, "咨询引导岗", "BJZWFWZX", CENTRE_HALL, null, List.of(), true, now);
    member(null, "帮办代办岗", "BJZWFWZX", CENTRE_HALL, null, List.of(), true, now);
    member(null, "大厅值班长", "BJZWFWZX", CENTRE_HALL, null, List.of(), true, now);

    // the station's second shift: the same windows on the other days
    Map<String, UUID> secondShift = new HashMap<>();
    for (int n = 1; n <= 6; n++) {
      String code = "BJHCZSP-" + String.format("%02d", n);
      secondShift.put(code, member(null, "售票员", "BJHCZ", "BJHCZSP", null, List.of(code), true, now).id());
    }
    // every unit's liaison for the campaign (no window, no photo: they show the generated avatar)
    for (UnitSeed u : UNITS) {
      member(null, "优质服务提升行动联络员", u.code(), null, null, List.of(), false, now);
    }

    // A/B posts: adjacent windows of one unit pair up; a window alone pairs with its unit's back office
    for (Map.Entry<String, UUID> e : windowStaff.entrySet()) {
      String code = e.getKey();
      Block b = blockOf.get(code);
      int n = Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
      UUID partner;
      if (b.hall().equals("BJHCZSP")) {
        partner = secondShift.get(code);
      } else if (b.from() == b.to()) {
        partner = backOffice.get(b.unit());
      } else {
        int other = (n - b.from()) % 2 == 0 ? n + 1 : n - 1;
        partner = windowStaff.get(b.hall() + "-" + String.format("%02d", other));
      }
      posts.insert(new BackupPost(Ids.newId(clock), b.post() + " · " + n + "号窗口", b.unit(), b.hall(), code,
          e.getValue(), partner, List.of(), now, now));
    }

    absencesAround(windowStaff, now);
  }

  /** A few absences around today, so the roster shows who is away and who stands in. */
  private void absencesAround(Map<String, UUID> windowStaff, Instant now) {
    LocalDate today = ChinaTime.today(clock);
    absence(windowStaff.get("BJZWFW-03"), AbsenceKind.LEAVE, today.plusDays(7), today.plusDays(9), "年休假",
        "在办的 3 件企业变更登记已移交 4 号窗口，材料在窗口左侧文件柜第二层；周三需电话回复申请人刘先生。", now);
    absence(windowStaff.get("BJZWFW-12"), AbsenceKind.TRAINING, today, today, "全省市场主体登记业务培训",
        "今日预约的 5 位办事群众已告知由 11 号窗口办理。", now);
    absence(windowStaff.get("BJZWFW-25"), AbsenceKind.BUSINESS_TRIP, today.plusDays(2), today.plusDays(4),
        "赴省医保局对接异地就医备案系统", "异地就医备案待审 2 件，已交 26 号窗口。", now);
    absence(windowStaff.get("BJSWDT-05"), AbsenceKind.LEAVE, today.plusDays(1), today.plusDays(1), "事假",
        "发票代开事项已交 6 号窗口。", now);
    absence(windowStaff.get("BJGDYYT-02"), AbsenceKind.OTHER, today.plusDays(3), today.plusDays(3), "参加业务技能比武",
        null, now);
  }

  private void absence(UUID staffId, AbsenceKind kind, LocalDate from, LocalDate to, String reason, String note,
      Instant now) {
    Instant start = from.atTime(LocalTime.of(8, 0)).atZone(ChinaTime.ZONE).toInstant();
    Instant end = to.atTime(LocalTime.of(18, 0)).atZone(ChinaTime.ZONE).toInstant();
    Instant handedOver = note == null ? null : (now.isBefore(start) ? now : start.minusSeconds(18 * 3600));
    absences.insert(new Absence(Ids.newId(clock), staffId, kind, start, end, reason, note, handedOver, "hallmanager",
        now, null));
  }

  /**
   * This month's roster, written once per month: everyone on their own window on the days their hall
   * opens; at the station the two shifts take turns.
   */
  private void rosterThisMonth() {
    YearMonth month = YearMonth.from(ChinaTime.today(clock));
    if (rosters.countBetween(CENTRE_HALL, month.atDay(1), month.atEndOfMonth()) > 0) {
      return;
    }
    List<Rosters.Entry> entries = new ArrayList<>();
    for (Hall hall : halls.all()) {
      Map<String, BackupPost> postOf = new LinkedHashMap<>();
      for (Window w : windows.ofHall(hall.code())) {
        posts.coveringWindow(w.code()).stream().findFirst().ifPresent(p -> postOf.put(w.code(), p));
      }
      for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
        if (hall.openingHours().on(d.getDayOfWeek()).isEmpty()) {
          continue;
        }
        boolean otherShift = hall.code().equals("BJHCZSP") && d.getDayOfMonth() % 2 == 0;
        for (Map.Entry<String, BackupPost> e : postOf.entrySet()) {
          BackupPost post = e.getValue();
          entries.add(new Rosters.Entry(hall.code(), d, e.getKey(), otherShift ? post.staffB() : post.staffA()));
        }
      }
    }
    rosters.insert(entries);
  }

  private void hall(String code, String name, String address, int floors, String parent, String hours,
      boolean online, String unit, Instant now) {
    halls.insert(new Hall(code, name, address, floors, parent, OpeningHours.parse(hours), online, unit, now, now));
  }

  private StaffMember member(String name, String post, String unit, String hall, String username, List<String> windowCodes,
      boolean withPhoto, Instant now) {
    boolean female = name != null ? isFemale(name) : random.nextBoolean();
    String fullName = name != null ? name : SURNAMES[random.nextInt(SURNAMES.length)]
        + (female ? GIVEN_FEMALE[random.nextInt(GIVEN_FEMALE.length)] : GIVEN_MALE[random.nextInt(GIVEN_MALE.length)]);
    staffSequence++;
    String phone = "1389170" + String.format("%04d", staffSequence % 10000);
    StaffMember member = new StaffMember(Ids.newId(clock), "BJ" + staffSequence, fullName, post, unit, hall, phone,
        username, true, windowCodes, withPhoto, now, now);
    staff.insert(member);
    if (withPhoto) {
      photos.save(member.id(), new Photo("image/png", DemoPortraits.png(staffSequence, female), now));
    }
    return member;
  }

  private static boolean isFemale(String name) {
    String given = name.substring(1);
    return List.of(GIVEN_FEMALE).contains(given) || List.of("晓燕", "静", "娜", "婷", "丽").contains(given);
  }

  private String person(int i) {
    return SURNAMES[(i * 7 + 3) % SURNAMES.length] + ((i % 2 == 0) ? GIVEN_MALE[i % GIVEN_MALE.length]
        : GIVEN_FEMALE[i % GIVEN_FEMALE.length]);
  }

  /** A login's display name may carry a note in brackets, e.g. 李芳（政务大厅主任）; the staff record keeps the name. */
  static String plainName(String displayName) {
    int bracket = displayName.indexOf('（');
    return bracket > 0 ? displayName.substring(0, bracket) : displayName;
  }
}
