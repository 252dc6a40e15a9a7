package org.servicewindow.enforcement.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DemoData;
import org.servicewindow.common.PartyIds;
import org.servicewindow.enforcement.CaseKind;
import org.servicewindow.enforcement.CaseStep;
import org.servicewindow.enforcement.DisclosureCategory;
import org.servicewindow.enforcement.Discretion;
import org.servicewindow.enforcement.DiscretionLevel;
import org.servicewindow.enforcement.Enforcement;
import org.servicewindow.enforcement.EnforcementCase;
import org.servicewindow.enforcement.EnforcementPublication;
import org.servicewindow.enforcement.NewCase;
import org.servicewindow.enforcement.Officer;
import org.servicewindow.enforcement.PartyType;
import org.servicewindow.enforcement.Proposal;
import org.servicewindow.enforcement.Publication;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo enforcement for two of the city's enforcement units (市城管执法局, 市市场监管局): officers with
 * certificates, published discretion tables and 事前 items, and 100 cases run through the real workflow
 * over the past weeks (with the enforcement clock shifted back), so every step, major decisions with legal
 * review, published, late and withdrawn decisions all appear. The discretion texts are illustrative
 * demo data modelled on the laws they name, not legal advice.
 */
@Component
@Profile("demo")
@Order(90)
class EnforcementDemo implements DemoData {

  static final String CG = "BJCGZFJ";
  static final String SC = "BJSCJGJ";

  private final Enforcement enforcement;
  private final EnforcementPublication publication;
  private final OrganizationApi organization;
  private final CaseClock time;
  private final JdbcClient jdbc;
  private final WorkingDays workingDays;
  private final java.time.Clock clock;
  private int entryOfCase;

  EnforcementDemo(Enforcement enforcement, EnforcementPublication publication, OrganizationApi organization,
      CaseClock time, JdbcClient jdbc, WorkingDays workingDays, java.time.Clock clock) {
    this.workingDays = workingDays;
    this.clock = clock;
    this.enforcement = enforcement;
    this.publication = publication;
    this.organization = organization;
    this.time = time;
    this.jdbc = jdbc;
  }

  private static Actor user(String username, String unit, Role role) {
    return new Actor(Actor.Kind.USER, username, username, Set.of(role), unit, null, null);
  }

  @Override
  public void seed() {
    if (organization.unit(CG).isEmpty() || organization.unit(SC).isEmpty()) {
      return;
    }
    boolean seeded = jdbc.sql("SELECT COUNT(*) FROM enf_officer WHERE unit_code = :u").param("u", CG)
        .query(Long.class).single() > 0;
    if (seeded) {
      return;
    }
    Actor cgAdmin = user("enfadmin", CG, Role.UNIT_ADMIN);
    Actor scAdmin = user("demo-scadmin", SC, Role.UNIT_ADMIN);
    List<Officer> cgOfficers = List.of(
        publication.addOfficer(cgAdmin, CG, "马超", "61030020190001", "officer1"),
        publication.addOfficer(cgAdmin, CG, "高洁", "61030020190002", "officer2"),
        publication.addOfficer(cgAdmin, CG, "何勇", "61030020200013", null),
        publication.addOfficer(cgAdmin, CG, "田甜", "61030020210027", null));
    List<Officer> scOfficers = List.of(
        publication.addOfficer(scAdmin, SC, "罗成", "61030021180005", "officer3"),
        publication.addOfficer(scAdmin, SC, "邓丽", "61030021180006", "officer4"),
        publication.addOfficer(scAdmin, SC, "孔亮", "61030021200031", null));
    List<Discretion> cgTable = List.of(
        publication.addDiscretion(cgAdmin, CG, "CG-01-1", "擅自占用城市道路摆摊经营", "《城市市容和环境卫生管理条例》第三十六条",
            DiscretionLevel.MINOR, "首次违法，经教育当场改正", "不予处罚，责令改正"),
        publication.addDiscretion(cgAdmin, CG, "CG-01-2", "擅自占用城市道路摆摊经营", "《城市市容和环境卫生管理条例》第三十六条",
            DiscretionLevel.GENERAL, "责令改正后拒不改正", "处 50 元以上 200 元以下罚款"),
        publication.addDiscretion(cgAdmin, CG, "CG-02-1", "未经批准设置大型户外广告", "《城市市容和环境卫生管理条例》第十一条",
            DiscretionLevel.GENERAL, "面积 10 平方米以下", "责令限期拆除，处 500 元以上 2000 元以下罚款"),
        publication.addDiscretion(cgAdmin, CG, "CG-03-1", "随意倾倒建筑垃圾", "《城市建筑垃圾管理规定》第二十六条",
            DiscretionLevel.SERIOUS, "倾倒量 5 立方米以上", "处 5000 元以上 5 万元以下罚款"),
        publication.addDiscretion(cgAdmin, CG, "CG-04-1", "未取得建设工程规划许可证进行建设", "《中华人民共和国城乡规划法》第六十四条",
            DiscretionLevel.GRAVE, "无法采取改正措施消除影响", "限期拆除，处建设工程造价 5% 以上 10% 以下罚款"));
    List<Discretion> scTable = List.of(
        publication.addDiscretion(scAdmin, SC, "SC-01-1", "经营超过保质期的食品", "《中华人民共和国食品安全法》第一百二十四条",
            DiscretionLevel.GENERAL, "货值金额不足 1 万元", "没收违法所得和食品，处 5 万元以上 10 万元以下罚款"),
        publication.addDiscretion(scAdmin, SC, "SC-02-1", "未取得食品经营许可从事食品经营", "《中华人民共和国食品安全法》第一百二十二条",
            DiscretionLevel.SERIOUS, "货值金额 1 万元以上", "没收违法所得，处货值金额 10 倍以上 20 倍以下罚款"),
        publication.addDiscretion(scAdmin, SC, "SC-03-1", "不明码标价", "《中华人民共和国价格法》第四十二条",
            DiscretionLevel.MINOR, "首次违法，及时改正", "责令改正，可处 5000 元以下罚款"),
        publication.addDiscretion(scAdmin, SC, "SC-04-1", "对商品作虚假或引人误解的商业宣传", "《中华人民共和国反不正当竞争法》第二十条",
            DiscretionLevel.SERIOUS, "情节较重", "处 20 万元以上 100 万元以下罚款，可吊销营业执照"));
    disclosures(cgAdmin, CG, "宝鸡市城市管理综合执法局");
    disclosures(scAdmin, SC, "宝鸡市市场监督管理局");
    cases(cgAdmin, user("reviewer", CG, Role.LEGAL_REVIEWER), cgOfficers, cgTable, 60, 0);
    cases(scAdmin, user("reviewer2", SC, Role.LEGAL_REVIEWER), scOfficers, scTable, 40, 60);
  }

  private void disclosures(Actor admin, String unit, String name) {
    publication.addDisclosure(admin, unit, DisclosureCategory.BODY, name,
        name + "是依法设立的行政执法主体，以自己的名义实施行政检查、行政处罚和行政强制。地址：宝鸡市渭滨区；咨询电话：0917-3260000。");
    publication.addDisclosure(admin, unit, DisclosureCategory.POWER, "行政执法事项清单",
        "依据法律法规和本级政府公布的权责清单实施行政检查、行政处罚、行政强制，具体事项见权责清单。");
    publication.addDisclosure(admin, unit, DisclosureCategory.BASIS, "执法依据",
        "《中华人民共和国行政处罚法》《中华人民共和国行政强制法》《中华人民共和国行政许可法》及本单位职责范围内的法律、法规、规章。");
    publication.addDisclosure(admin, unit, DisclosureCategory.PROCEDURE, "行政处罚一般程序",
        "立案 → 调查取证（两名以上执法人员，出示执法证件）→ 告知拟作出的决定及陈述、申辩、听证权利 → 重大执法决定法制审核 → 作出决定 → 送达 → 执行 → 结案归档。");
    publication.addDisclosure(admin, unit, DisclosureCategory.REMEDY, "救济途径",
        "当事人对行政处罚决定不服的，可以自收到决定书之日起六十日内申请行政复议，或者六个月内依法提起行政诉讼。");
  }

  private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "吴", "周", "徐", "孙"};
  private static final String[] GIVEN = {"建华", "秀英", "志强", "丽娟", "国庆", "海燕", "永刚", "春梅", "小龙", "晓静"};
  private static final String[] COMPANIES = {"宝鸡市渭滨区家家乐超市", "宝鸡秦川餐饮管理有限公司", "宝鸡市金台区鑫源建材经营部",
      "陕西宝鸡鸿运广告有限公司", "宝鸡市陈仓区老味道面馆", "宝鸡新城建筑工程有限公司", "宝鸡市高新区优选生鲜店",
      "宝鸡康源药品零售有限公司"};
  private static final CaseStep[] TARGETS = {CaseStep.CLOSED, CaseStep.SERVICE, CaseStep.FILED, CaseStep.EXECUTION,
      CaseStep.INVESTIGATION, CaseStep.CLOSED, CaseStep.NOTIFICATION, CaseStep.DECISION, CaseStep.SERVICE,
      CaseStep.CLOSED};

  private void cases(Actor admin, Actor reviewer, List<Officer> officers, List<Discretion> table, int count, int offset) {
    Random random = new Random(20261126L + offset);
    for (int i = 0; i < count; i++) {
      int n = i + offset;
      boolean major = n % 9 == 4;
      CaseStep target = major ? (n % 2 == 0 ? CaseStep.LEGAL_REVIEW : CaseStep.CLOSED) : TARGETS[n % TARGETS.length];
      Discretion d = major ? table.get(table.size() - 1) : table.get(random.nextInt(table.size() - 1));
      boolean person = random.nextInt(3) == 0;
      String partyName = person ? SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
          : COMPANIES[random.nextInt(COMPANIES.length)];
      String partyId = person ? residentId(random) : creditCode(random);
      String phone = "139" + String.format("%08d", random.nextInt(100_000_000));
      String facts = (person ? "当事人" + partyName + "（身份证号 " + partyId + "，电话 " + phone + "）" : "当事人" + partyName)
          + "于现场检查时被发现" + d.violation() + "，执法人员制作了现场检查笔录并拍照取证。";
      int daysAgo = 70 - (n % 50);
      entryOfCase = 0;
      Officer first = officers.get(n % officers.size());
      Officer second = officers.get((n + 1) % officers.size());
      Actor officer = first.username() != null ? user(first.username(), admin.unitCode(), Role.ENFORCEMENT_OFFICER) : admin;
      CaseKind kind = n % 11 == 3 ? CaseKind.INSPECTION : n % 13 == 5 ? CaseKind.COERCION : CaseKind.PENALTY;
      EnforcementCase c = at(daysAgo, () -> enforcement.file(officer, new NewCase(admin.unitCode(), kind,
          d.violation(), person ? PartyType.PERSON : PartyType.COMPANY, partyName, partyId, phone,
          "宝鸡市渭滨区经二路" + (10 + n) + "号", facts, d.legalBasis(), d.id(), List.of(first.id(), second.id()))));
      UUID id = c.id();
      if (target == CaseStep.FILED) {
        continue;
      }
      daysAgo -= 1;
      at(daysAgo, () -> enforcement.advance(officer, id, "指派执法人员调查取证。", false));
      at(daysAgo, () -> enforcement.addDocument(officer, id, "现场检查笔录",
          "检查时间：上午 10 时；检查地点：当事人经营场所；检查情况：" + d.violation() + "。当事人签字确认。"));
      if (n % 4 == 0) {
        at(daysAgo, () -> enforcement.attach(officer, id, "现场照片-" + (n + 1) + ".txt", "text/plain", "现场照片（演示文件）",
            new ByteArrayInputStream(("演示证据文件 " + c.caseNumber()).getBytes(StandardCharsets.UTF_8))));
      }
      BigDecimal amount = major ? new BigDecimal(60000 + 10000 * (n % 5)) : new BigDecimal(200 + 100 * (n % 20));
      boolean revokeLicence = major && n % 3 == 0;
      String decision = "依据" + d.legalBasis() + "，责令当事人立即改正，并处罚款人民币 " + amount.toPlainString() + " 元"
          + (revokeLicence ? "，吊销相关许可证件" : "") + "。";
      at(daysAgo, () -> enforcement.propose(officer, id, new Proposal(decision, amount, revokeLicence, false)));
      if (target == CaseStep.INVESTIGATION) {
        continue;
      }
      daysAgo -= 2;
      at(daysAgo, () -> enforcement.advance(officer, id, "已送达行政处罚事先告知书，告知当事人陈述、申辩及听证权利。", false));
      if (target == CaseStep.NOTIFICATION) {
        continue;
      }
      daysAgo -= 3;
      boolean hearing = major && n % 2 == 1;
      at(daysAgo, () -> enforcement.advance(officer, id, hearing ? "当事人申请听证，已依法举行听证。" : "当事人未提出陈述申辩。", hearing));
      if (target == CaseStep.LEGAL_REVIEW) {
        continue;
      }
      if (major) {
        daysAgo -= 2;
        at(daysAgo, () -> enforcement.review(reviewer, id, true,
            "主体合法，事实清楚，证据确凿，适用依据正确，程序合法，裁量适当，同意作出决定。"));
      }
      if (target == CaseStep.DECISION) {
        continue;
      }
      daysAgo -= 1;
      at(daysAgo, () -> enforcement.decide(officer, id));
      Publication p = publication.ofCase(id).orElseThrow();
      int decidedAgo = daysAgo;
      // After the decision, in time order: service and execution, publication within days (some late, a few
      // never: supervision sees them), and now and then a revocation that withdraws the publication.
      record Later(int daysAgo, Runnable action) {}
      List<Later> later = new ArrayList<>();
      int publishAfter = n % 17 == 7 ? -1 : n % 10 == 1 ? 15 : 1 + n % 4;
      if (publishAfter >= 0 && decidedAgo - publishAfter >= 0) {
        later.add(new Later(decidedAgo - publishAfter, () -> publication.publish(admin, p.id())));
      }
      boolean revoke = n % 25 == 9 && decidedAgo >= 8;
      if (revoke) {
        later.add(new Later(decidedAgo - 7, () -> enforcement.revoke(officer, id, "经行政复议，原决定认定事实不清，予以撤销。")));
      } else if (target != CaseStep.SERVICE && decidedAgo >= 1) {
        later.add(new Later(decidedAgo - 1, () -> enforcement.advance(officer, id, "已直接送达决定书，当事人签收。", false)));
        if (target == CaseStep.CLOSED && decidedAgo >= 3) {
          later.add(new Later(decidedAgo - 3, () -> enforcement.advance(officer, id, "当事人已缴纳罚款，执行完毕，案卷归档。", false)));
        }
      }
      later.sort(java.util.Comparator.comparingInt(Later::daysAgo).reversed());
      for (Later l : later) {
        at(l.daysAgo(), () -> {
          l.action().run();
          return null;
        });
      }
    }
  }

  /**
   * Runs a step {@code daysAgo} days back — on the working day at or before it, during office hours, later
   * steps of a case later in the day — so the demo timelines look like real work.
   */
  private <T> T at(int daysAgo, java.util.function.Supplier<T> action) {
    java.time.Instant now = clock.instant();
    LocalDate day = ChinaTime.today(clock).minusDays(Math.max(0, daysAgo));
    while (!workingDays.isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    java.time.Instant at = day.atTime(9, 0).plusMinutes(25L * entryOfCase++).atZone(ChinaTime.ZONE).toInstant();
    Duration ago = at.isAfter(now) ? Duration.ZERO : Duration.between(at, now);
    return time.ago(ago, action);
  }

  static String residentId(Random random) {
    String[] areas = {"610302", "610303", "610304", "610322"};
    LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 40));
    String first17 = areas[random.nextInt(areas.length)] + birth.toString().replace("-", "")
        + String.format("%03d", random.nextInt(1000));
    return first17 + PartyIds.residentIdCheck(first17);
  }

  static String creditCode(Random random) {
    String first17 = "91610300" + String.format("%09d", random.nextInt(1_000_000_000));
    return first17 + PartyIds.creditCodeCheck(first17);
  }

}
