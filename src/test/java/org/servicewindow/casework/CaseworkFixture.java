package org.servicewindow.casework;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.servicewindow.TestAccounts;
import org.servicewindow.catalog.Audience;
import org.servicewindow.catalog.FieldType;
import org.servicewindow.catalog.FormField;
import org.servicewindow.catalog.GuideContent;
import org.servicewindow.catalog.ItemType;
import org.servicewindow.catalog.Medium;
import org.servicewindow.catalog.ProcedureStep;
import org.servicewindow.catalog.RequiredMaterial;
import org.servicewindow.catalog.internal.GuideAdministration;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.UnitSummary;
import org.servicewindow.organization.UnitType;
import org.servicewindow.organization.internal.HallAdministration;
import org.servicewindow.organization.internal.StaffAdministration;
import org.servicewindow.organization.internal.UnitAdministration;
import org.servicewindow.organization.internal.WindowAdministration;
import org.springframework.context.ApplicationContext;

/**
 * A unit of its own per test — hall, two windows with staff logins, a unit admin — and a published guide
 * whose checklist has two required materials and one conditional one, promised 5 and legal 20 working days.
 */
public class CaseworkFixture {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  static final String PASSWORD = "Casework-Test-2026";

  public record Office(String unit, String hall, String window1, String window2, String staff1, String staff2,
      String unitAdmin, String service) {}

  private final UnitAdministration units;
  private final HallAdministration halls;
  private final WindowAdministration windows;
  private final StaffAdministration staff;
  private final GuideAdministration guides;
  private final TestAccounts accounts;
  private final Actor sysadmin;

  public CaseworkFixture(ApplicationContext context) {
    this.units = context.getBean(UnitAdministration.class);
    this.halls = context.getBean(HallAdministration.class);
    this.windows = context.getBean(WindowAdministration.class);
    this.staff = context.getBean(StaffAdministration.class);
    this.guides = context.getBean(GuideAdministration.class);
    this.accounts = context.getBean(TestAccounts.class);
    this.sysadmin = accounts.actor("sysadmin");
  }

  public Office office() {
    return office(List.of());
  }

  /** The same, with a guide whose application form asks for the shop's name (for merged-form pages). */
  public Office officeWithForm() {
    return office(List.of(new FormField("shopName", "店铺名称", FieldType.TEXT, true, List.of())));
  }

  private Office office(List<FormField> formFields) {
    int n = SEQUENCE.incrementAndGet();
    String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + n;
    String unit = units.create(sysadmin, new UnitSummary("CU" + run, "办件测试局" + run, UnitType.GOVERNMENT, null,
        "联系人", "0917-3260000", "0917-3261111")).code();
    String hall = halls.create(sysadmin, new HallAdministration.HallDetails("CH" + run, "办件测试大厅" + run, "测试路 5 号",
        1, null, "MON-SUN 00:00-23:59", false, unit)).code();
    String admin = ("ca" + run).toLowerCase();
    Actor unitAdmin = accounts.createUser(admin, PASSWORD, unit, null, null, Role.UNIT_ADMIN);
    String service = "CS" + run;
    guides.create(unitAdmin, new GuideAdministration.NewItem(service, unit, "测试许可" + run, ItemType.LICENSING,
        Audience.ENTERPRISE));
    guides.save(unitAdmin, service, guide("测试许可" + run, formFields), "测试");
    guides.submit(unitAdmin, service);
    guides.approve(sysadmin, service);
    String[] users = new String[2];
    String[] windowCodes = new String[2];
    for (int w = 1; w <= 2; w++) {
      String window = windows.create(sysadmin, new WindowAdministration.WindowDetails(hall + "-" + w, hall, w, null, 1,
          "A区", unit, true, List.of(service))).code();
      String username = ("c" + run + "w" + w).toLowerCase();
      accounts.createUser(username, PASSWORD, unit, hall, window, Role.STAFF);
      staff.create(sysadmin, new StaffAdministration.StaffDetails("CN" + run + "-" + w, "受理员" + w, "综合受理岗", unit,
          hall, null, username, List.of(window)));
      users[w - 1] = username;
      windowCodes[w - 1] = window;
    }
    return new Office(unit, hall, windowCodes[0], windowCodes[1], users[0], users[1], admin, service);
  }

  /** A second published item of the office's unit: its checklist shares the ID card and adds a floor plan. */
  String anotherService(Office office) {
    Actor admin = accounts.actor(office.unitAdmin());
    String code = office.service() + "B";
    GuideContent base = guide("测试备案" + code);
    guides.create(admin, new GuideAdministration.NewItem(code, office.unit(), base.name(), ItemType.LICENSING,
        Audience.ENTERPRISE));
    guides.save(admin, code, new GuideContent(base.name(), base.type(), base.audience(), base.legalBasis(),
        base.conditions(), List.of(material("ID-CARD", "身份证", true), material("FLOOR-PLAN", "场所平面图", true)),
        base.steps(), false, null, null, 10, 3, 1, true, base.place(), base.hours(), base.consultPhone(),
        base.complaintPhone(), "备案回执", List.of(), List.of()), "测试");
    guides.submit(admin, code);
    guides.approve(sysadmin, code);
    return code;
  }

  static GuideContent guide(String name) {
    return guide(name, List.of());
  }

  static GuideContent guide(String name, List<FormField> formFields) {
    return new GuideContent(name, ItemType.LICENSING, Audience.ENTERPRISE, "《中华人民共和国行政许可法》",
        "申请材料齐全、符合法定形式。",
        List.of(material("APPLICATION-FORM", "申请书", true), material("ID-CARD", "身份证", true),
            material("LEASE", "场所租赁合同", false)),
        List.of(new ProcedureStep("受理", "窗口受理", true), new ProcedureStep("审查", "书面审查", true)),
        false, null, null, 20, 5, 1, true, "测试大厅", "工作日 9:00–17:00", "0917-3261000", "0917-3263678",
        "许可证", List.of(), formFields);
  }

  private static RequiredMaterial material(String code, String name, boolean required) {
    return new RequiredMaterial(code, name, "申请人自备", true, 1, Medium.PAPER, required,
        required ? null : "租用场所的", null, null, null);
  }

  public String token(String username) {
    return accounts.token(username);
  }

  public Actor actor(String username) {
    return accounts.actor(username);
  }
}
