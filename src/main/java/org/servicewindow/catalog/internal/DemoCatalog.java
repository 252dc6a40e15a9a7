package org.servicewindow.catalog.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicewindow.calendar.OpeningHours;
import org.servicewindow.catalog.Audience;
import org.servicewindow.catalog.FieldType;
import org.servicewindow.catalog.FormField;
import org.servicewindow.catalog.GuideContent;
import org.servicewindow.catalog.ItemType;
import org.servicewindow.catalog.LifeEvent;
import org.servicewindow.catalog.Medium;
import org.servicewindow.catalog.ProcedureStep;
import org.servicewindow.catalog.RequiredMaterial;
import org.servicewindow.common.DemoData;
import org.servicewindow.common.Ids;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.UnitSummary;
import org.servicewindow.organization.UnitType;
import org.servicewindow.organization.WindowSummary;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo city's catalogue: about 200 service items of its units with complete published guides (real
 * item names of Chinese government halls, laws cited by name), blank forms and samples for a few
 * materials, six one-matter bundles, a little version history, and which windows handle what — in the
 * municipal centre by zone, the 综合受理 windows taking the items of every department without windows of
 * its own. The content is in {@code catalog/demo-*.txt}.
 */
@Component
@Profile("demo")
@Order(40)
class DemoCatalog implements DemoData {

  static final String IMPORTER = "import";
  static final String REVIEWER = "sysadmin";
  static final String UNIT_EDITOR = "unitadmin";
  static final String EDITOR_UNIT = "BJXZSPJ";
  /** The item with two published versions in the demo. */
  static final String REVISED = "食品经营许可";
  private static final Map<String, ItemType> TYPES = Map.of("XK", ItemType.LICENSING, "GF", ItemType.PAYMENT,
      "QR", ItemType.CONFIRMATION, "ZS", ItemType.LEVY, "JL", ItemType.REWARD, "CJ", ItemType.ADJUDICATION,
      "QT", ItemType.OTHER_POWER, "GG", ItemType.PUBLIC_SERVICE);
  private static final Map<String, Audience> AUDIENCES = Map.of("P", Audience.PERSON, "E", Audience.ENTERPRISE,
      "B", Audience.BOTH);
  private static final Map<Audience, String> CONDITIONS = Map.of(
      Audience.PERSON, "申请人为本人或其监护人、受托人；申请材料齐全、真实、有效，符合法定形式。",
      Audience.ENTERPRISE, "申请人为依法设立的企业或其他组织；具备与申请事项相适应的场所、设施、人员和管理制度；申请材料齐全、符合法定形式。",
      Audience.BOTH, "申请人为自然人、法人或其他组织；申请材料齐全、真实、有效，符合法定形式。");
  /** Where the items of a unit without any window are handled. */
  private static final Map<String, String[]> PLACES_WITHOUT_WINDOW = Map.of(
      "BJNZ", new String[] {"宝鸡南站售票厅（宝鸡市陈仓区宝鸡南站站前广场）", "每日 6:30–22:30"});

  /** An item as the demo file describes it. */
  record Seed(String code, String unit, GuideContent content) {}

  private final ServiceItems items;
  private final GuideVersions versions;
  private final CatalogFiles files;
  private final Bundles bundles;
  private final OrganizationApi organization;
  private final Clock clock;

  DemoCatalog(ServiceItems items, GuideVersions versions, CatalogFiles files, Bundles bundles,
      OrganizationApi organization, Clock clock) {
    this.items = items;
    this.versions = versions;
    this.files = files;
    this.bundles = bundles;
    this.organization = organization;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void seed() {
    if (items.count() > 0) {
      return;
    }
    Vocabulary vocabulary = Vocabulary.read("catalog/demo-materials.txt");
    List<String> lines = lines("catalog/demo-items.txt");
    Map<String, UnitSummary> units = new HashMap<>();
    organization.units().forEach(u -> units.put(u.code(), u));
    List<Seed> seeds = new ArrayList<>();
    Map<String, Integer> perUnit = new HashMap<>();
    for (String line : lines) {
      if (line.startsWith("I|")) {
        String[] f = line.split("\\|", -1);
        String unit = f[1];
        int n = perUnit.merge(unit, 1, Integer::sum);
        String code = unit.substring(2) + "-" + String.format("%03d", n);
        seeds.add(new Seed(code, unit, vocabulary.content(f, units.get(unit))));
      }
    }
    Map<String, List<String>> assigned = assignments(seeds, units);
    Instant now = clock.instant();
    Instant firstPublished = now.minus(Duration.ofDays(200));
    Map<String, String> codeByName = new HashMap<>();
    Map<String, GuideContent> contentByName = new HashMap<>();
    for (Seed seed : seeds) {
      GuideContent content = placed(seed, assigned.getOrDefault(seed.code(), List.of()));
      GuideRules.requireComplete(content);
      publish(seed.code(), seed.unit(), REVISED.equals(content.name()) ? firstEdition(content) : content,
          firstPublished);
      codeByName.put(content.name(), seed.code());
      contentByName.put(content.name(), content);
    }
    for (Map.Entry<String, List<String>> e : windowsToItems(assigned).entrySet()) {
      organization.assignServices(e.getKey(), e.getValue());
    }
    history(codeByName, contentByName.get(REVISED), now);
    for (String line : lines) {
      if (line.startsWith("B|")) {
        bundle(line.split("\\|", -1), codeByName, now);
      }
    }
  }

  /** v1 of an item, published after an import by someone else than its editor. */
  private void publish(String code, String unit, GuideContent content, Instant at) {
    String editor = EDITOR_UNIT.equals(unit) ? UNIT_EDITOR : IMPORTER;
    items.insert(new ServiceItem(code, unit, 1, null, at, editor, at));
    versions.insert(new GuideVersion(code, 1, GuideStatus.PUBLISHED, content, "首次发布（依据省级政务服务事项清单）",
        List.of(editor), at, editor, at, at, editor, at, REVIEWER, null, at));
  }

  /**
   * A little history to look at: 食品经营许可 was revised (shorter promise, a blank form and sample, one
   * more material); its 变更 has a revision waiting for review; 公共场所卫生许可 has a draft being written.
   */
  private void history(Map<String, String> codeByName, GuideContent c, Instant now) {
    String food = codeByName.get(REVISED);
    GuideVersion v1 = versions.find(food, 1).orElseThrow();
    Instant revised = now.minus(Duration.ofDays(30));
    List<RequiredMaterial> withFiles = new ArrayList<>();
    for (RequiredMaterial m : c.materials()) {
      withFiles.add(m.code().equals("FOOD-APP") ? attach(food, m, revised) : m);
    }
    GuideVersion v2 = new GuideVersion(food, 2, GuideStatus.PUBLISHED, withPromise(c, 3, withFiles),
        "承诺时限由 5 个工作日压缩为 3 个工作日；增加房屋租赁合同（情形）；提供申请书空白表格和示例样表",
        List.of(UNIT_EDITOR), revised, UNIT_EDITOR, revised, revised, UNIT_EDITOR, revised, REVIEWER, null, revised);
    versions.moved(v1.supersede(), GuideStatus.PUBLISHED);
    versions.insert(v2);
    items.published(food, 2, revised);

    String change = codeByName.get("食品经营许可变更");
    GuideVersion current = versions.find(change, 1).orElseThrow();
    GuideVersion review = current.nextDraft(2, UNIT_EDITOR, now.minus(Duration.ofDays(2)))
        .edit(withPromise(current.content(), 2, current.content().materials()), "承诺时限压缩为 2 个工作日",
            UNIT_EDITOR, now.minus(Duration.ofDays(2)))
        .submit(UNIT_EDITOR, now.minus(Duration.ofDays(1)));
    items.startWorking(change, 2, now);
    versions.insert(review);

    String hygiene = codeByName.get("公共场所卫生许可");
    GuideVersion published = versions.find(hygiene, 1).orElseThrow();
    GuideVersion draft = published.nextDraft(2, UNIT_EDITOR, now.minus(Duration.ofHours(3)))
        .edit(published.content(), "按新版卫生检测要求修订材料说明", UNIT_EDITOR, now.minus(Duration.ofHours(3)));
    items.startWorking(hygiene, 2, now);
    versions.insert(draft);
  }

  /** The first edition of the revised item: a longer promise, and no lease listed. */
  private static GuideContent firstEdition(GuideContent c) {
    return withPromise(c, 5, c.materials().stream().filter(m -> !m.code().equals("LEASE")).toList());
  }

  private RequiredMaterial attach(String item, RequiredMaterial m, Instant at) {
    List<String> lines = List.of("申请人（单位）名称", "统一社会信用代码", "法定代表人（负责人）", "经营场所", "主体业态",
        "经营项目", "食品安全管理人员", "联系电话");
    Map<String, String> sample = new LinkedHashMap<>();
    sample.put("申请人（单位）名称", "宝鸡市渭滨区示例餐饮有限公司");
    sample.put("统一社会信用代码", "91610302MA6X00000F");
    sample.put("法定代表人（负责人）", "张示例");
    sample.put("经营场所", "宝鸡市渭滨区经二路 100 号");
    sample.put("主体业态", "餐饮服务经营者");
    sample.put("经营项目", "热食类食品制售、冷食类食品制售");
    sample.put("食品安全管理人员", "李示例");
    sample.put("联系电话", "0917-3260000");
    CatalogFile blank = FileUpload.accept(Ids.newId(clock), item, "食品经营许可申请书（空白）.pdf",
        DemoForms.pdf("食品经营许可申请书", lines, null), UNIT_EDITOR, at);
    CatalogFile filled = FileUpload.accept(Ids.newId(clock), item, "食品经营许可申请书（示例）.pdf",
        DemoForms.pdf("食品经营许可申请书", lines, sample), UNIT_EDITOR, at);
    files.insert(blank);
    files.insert(filled);
    return new RequiredMaterial(m.code(), m.name(), m.source(), m.original(), m.copies(), m.medium(), m.required(),
        m.condition(), m.note(), blank.id(), filled.id());
  }

  private static GuideContent withPromise(GuideContent c, int promised, List<RequiredMaterial> materials) {
    return new GuideContent(c.name(), c.type(), c.audience(), c.legalBasis(), c.conditions(), materials, c.steps(),
        c.charged(), c.fee(), c.feeBasis(), c.legalLimitDays(), promised, c.visits(), c.online(), c.place(),
        c.hours(), c.consultPhone(), c.complaintPhone(), c.resultName(), c.lifeEvents(), c.formFields());
  }

  private void bundle(String[] f, Map<String, String> codeByName, Instant now) {
    List<Bundle.Member> members = new ArrayList<>();
    for (String name : f[6].split(";")) {
      members.add(new Bundle.Member(required(codeByName, name), true));
    }
    if (!f[7].isBlank()) {
      for (String name : f[7].split(";")) {
        members.add(new Bundle.Member(required(codeByName, name), false));
      }
    }
    bundles.insert(new Bundle(f[1], f[2], BundleKind.valueOf(f[3]), f[5], LifeEvent.valueOf(f[4]), members, now, now));
  }

  private static String required(Map<String, String> codeByName, String name) {
    String code = codeByName.get(name.strip());
    if (code == null) {
      throw new IllegalStateException("demo bundle names an unknown item: " + name);
    }
    return code;
  }

  /**
   * Which windows handle which item: a window handles its own unit's items; a 综合 (one-stop) window
   * also those of government units without a window in its hall; an 企业开办 window every item of
   * starting a business; a 水电气讯 window those of utilities and telecoms.
   */
  private Map<String, List<String>> assignments(List<Seed> seeds, Map<String, UnitSummary> units) {
    Map<String, List<String>> windowsOf = new LinkedHashMap<>();
    List<HallSummary> halls = new ArrayList<>(organization.halls());
    halls.sort((a, b) -> a.parentCode() == null && b.parentCode() != null ? -1
        : a.parentCode() != null && b.parentCode() == null ? 1 : 0);
    for (HallSummary hall : halls) {
      List<WindowSummary> windows = organization.windowsOf(hall.code());
      Set<String> staffed = new LinkedHashSet<>();
      windows.forEach(w -> staffed.add(w.unitCode()));
      for (WindowSummary w : windows) {
        String zone = w.zone() == null ? "" : w.zone();
        for (Seed s : seeds) {
          UnitType type = units.containsKey(s.unit()) ? units.get(s.unit()).type() : UnitType.OTHER;
          boolean own = s.unit().equals(w.unitCode());
          boolean oneStop = zone.contains("综合") && !staffed.contains(s.unit())
              && (type == UnitType.GOVERNMENT || type == UnitType.OTHER);
          boolean businessStart = zone.contains("企业开办") && s.content().lifeEvents().contains(LifeEvent.BUSINESS_START);
          boolean utilities = zone.contains("水电气讯") && (type == UnitType.PUBLIC_UTILITY || type == UnitType.TELECOM);
          if (own || oneStop || businessStart || utilities) {
            windowsOf.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(w.code());
          }
        }
      }
    }
    return windowsOf;
  }

  private static Map<String, List<String>> windowsToItems(Map<String, List<String>> windowsOfItem) {
    Map<String, List<String>> itemsOf = new LinkedHashMap<>();
    windowsOfItem.forEach((item, windows) -> windows.forEach(
        w -> itemsOf.computeIfAbsent(w, k -> new ArrayList<>()).add(item)));
    return itemsOf;
  }

  /** The guide's place and hours: the hall of the first window that handles it. */
  private GuideContent placed(Seed seed, List<String> windows) {
    String place;
    String hours;
    WindowSummary first = windows.isEmpty() ? null : organization.window(windows.get(0)).orElse(null);
    HallSummary hall = first == null ? null : organization.hall(first.hallCode()).orElse(null);
    if (hall != null) {
      place = hall.name() + " " + first.floor() + "楼" + (first.zone() == null ? "" : " " + first.zone())
          + "（" + hall.address() + "）";
      hours = hours(hall.openingHours());
    } else {
      String[] fallback = PLACES_WITHOUT_WINDOW.getOrDefault(seed.unit(),
          new String[] {seed.unit() + " 办公地点", "工作日 9:00–12:00、13:00–17:00"});
      place = fallback[0];
      hours = fallback[1];
    }
    GuideContent c = seed.content();
    return new GuideContent(c.name(), c.type(), c.audience(), c.legalBasis(), c.conditions(), c.materials(), c.steps(),
        c.charged(), c.fee(), c.feeBasis(), c.legalLimitDays(), c.promisedLimitDays(), c.visits(), c.online(), place,
        hours, c.consultPhone(), c.complaintPhone(), c.resultName(), c.lifeEvents(), c.formFields());
  }

  /** 周一至周五 9:00–12:00、13:00–17:00；周六 9:00–12:00（法定节假日除外）. */
  static String hours(OpeningHours hours) {
    String[] names = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
    List<String> parts = new ArrayList<>();
    DayOfWeek[] days = DayOfWeek.values();
    int i = 0;
    while (i < days.length) {
      List<OpeningHours.Period> periods = hours.on(days[i]);
      int j = i;
      while (j + 1 < days.length && hours.on(days[j + 1]).equals(periods)) {
        j++;
      }
      if (!periods.isEmpty()) {
        String range = i == 0 && j == 6 ? "每日" : i == j ? names[i] : names[i] + "至" + names[j];
        List<String> times = periods.stream().map(p -> time(p.start()) + "–" + time(p.end())).toList();
        parts.add(range + " " + String.join("、", times));
      }
      i = j + 1;
    }
    boolean weekendOpen = !hours.on(DayOfWeek.SUNDAY).isEmpty();
    return String.join("；", parts) + (weekendOpen ? "" : "（法定节假日除外）");
  }

  private static String time(java.time.LocalTime t) {
    return t.getHour() + ":" + String.format("%02d", t.getMinute());
  }

  static List<String> lines(String resource) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
        StandardCharsets.UTF_8))) {
      return in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The materials, questions and procedures the demo items refer to by code. */
  record Vocabulary(Map<String, RequiredMaterial> materials, Map<String, FormField> fields,
      Map<String, List<ProcedureStep>> steps) {

    static Vocabulary read(String resource) {
      Map<String, RequiredMaterial> materials = new HashMap<>();
      Map<String, FormField> fields = new HashMap<>();
      Map<String, List<ProcedureStep>> steps = new HashMap<>();
      for (String line : lines(resource)) {
        String[] f = line.split("\\|", -1);
        switch (f[0]) {
          case "M" -> materials.put(f[1], new RequiredMaterial(f[1], f[2], f[3], f[4].equals("O"),
              Integer.parseInt(f[5]), f[6].equals("P") ? Medium.PAPER : f[6].equals("E") ? Medium.ELECTRONIC
              : Medium.BOTH, f[7].equals("R"), f[8].isBlank() ? null : f[8], null, null, null));
          case "F" -> fields.put(f[1], new FormField(f[1], f[2], FieldType.valueOf(f[3]), f[4].equals("R"),
              f[5].isBlank() ? List.of() : Arrays.asList(f[5].split(";"))));
          case "S" -> {
            List<ProcedureStep> procedure = new ArrayList<>();
            for (int i = 2; i < f.length; i++) {
              String[] step = f[i].split("=", 2);
              boolean counted = !step[0].startsWith("-");
              procedure.add(new ProcedureStep(counted ? step[0] : step[0].substring(1), step[1], counted));
            }
            steps.put(f[1], procedure);
          }
          default -> throw new IllegalStateException("unknown demo line: " + line);
        }
      }
      return new Vocabulary(materials, fields, steps);
    }

    GuideContent content(String[] f, UnitSummary unit) {
      Audience audience = AUDIENCES.get(f[4]);
      boolean charged = !f[9].equals("-");
      String[] fee = charged ? f[9].split("~", 2) : null;
      List<LifeEvent> events = f[11].equals("-") ? List.of()
          : Arrays.stream(f[11].split(",")).map(LifeEvent::valueOf).toList();
      List<RequiredMaterial> required = Arrays.stream(f[12].split(",")).map(this::material).toList();
      List<FormField> questions = Arrays.stream(f[13].split(",")).map(this::field).toList();
      List<ProcedureStep> procedure = steps.get(f[14]);
      if (procedure == null) {
        throw new IllegalStateException("unknown procedure " + f[14] + " of " + f[2]);
      }
      String conditions = f.length > 16 && !f[16].isBlank() ? f[16] : CONDITIONS.get(audience);
      return new GuideContent(f[2], TYPES.get(f[3]), audience, f[15], conditions, required, procedure, charged,
          charged ? fee[0] : null, charged ? fee[1] : null, Integer.parseInt(f[5]), Integer.parseInt(f[6]),
          Integer.parseInt(f[7]), f[8].equals("Y"), null, null, unit.contactPhone(), unit.complaintPhone(), f[10],
          events, questions);
    }

    /** {@code CODE}, {@code CODE!} (required), {@code CODE?} or {@code CODE?condition} (conditional). */
    private RequiredMaterial material(String reference) {
      int mark = reference.indexOf('?');
      String code = mark >= 0 ? reference.substring(0, mark) : reference.replace("!", "");
      RequiredMaterial m = materials.get(code);
      if (m == null) {
        throw new IllegalStateException("unknown demo material " + code);
      }
      if (reference.endsWith("!")) {
        return new RequiredMaterial(m.code(), m.name(), m.source(), m.original(), m.copies(), m.medium(), true, null,
            m.note(), null, null);
      }
      if (mark >= 0) {
        String condition = reference.length() > mark + 1 ? reference.substring(mark + 1)
            : m.condition() != null ? m.condition() : "根据实际情况提交";
        return new RequiredMaterial(m.code(), m.name(), m.source(), m.original(), m.copies(), m.medium(), false,
            condition, m.note(), null, null);
      }
      return m;
    }

    private FormField field(String reference) {
      boolean optional = reference.endsWith("?");
      FormField f = fields.get(optional ? reference.substring(0, reference.length() - 1) : reference);
      if (f == null) {
        throw new IllegalStateException("unknown demo form field " + reference);
      }
      return optional ? new FormField(f.key(), f.label(), f.type(), false, f.options()) : f;
    }
  }
}
