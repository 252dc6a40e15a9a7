package org.servicewindow.organization;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.servicewindow.TestAccounts;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.internal.Absence;
import org.servicewindow.organization.internal.AbsenceAdministration;
import org.servicewindow.organization.internal.BackupPost;
import org.servicewindow.organization.internal.BackupPostAdministration;
import org.servicewindow.organization.internal.Hall;
import org.servicewindow.organization.internal.HallAdministration;
import org.servicewindow.organization.internal.StaffAdministration;
import org.servicewindow.organization.internal.StaffMember;
import org.servicewindow.organization.internal.Unit;
import org.servicewindow.organization.internal.UnitAdministration;
import org.servicewindow.organization.internal.Window;
import org.servicewindow.organization.internal.WindowAdministration;
import org.springframework.context.ApplicationContext;

/**
 * Builds organization records for tests through the same administration rules as the screens, each
 * with a fresh code so tests sharing one database never meet each other's data.
 */
class OrganizationFixture {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
  private final UnitAdministration units;
  private final HallAdministration halls;
  private final WindowAdministration windows;
  private final StaffAdministration staff;
  private final BackupPostAdministration posts;
  private final AbsenceAdministration absences;
  private final Actor sysadmin;

  OrganizationFixture(ApplicationContext context) {
    this.units = context.getBean(UnitAdministration.class);
    this.halls = context.getBean(HallAdministration.class);
    this.windows = context.getBean(WindowAdministration.class);
    this.staff = context.getBean(StaffAdministration.class);
    this.posts = context.getBean(BackupPostAdministration.class);
    this.absences = context.getBean(AbsenceAdministration.class);
    this.sysadmin = context.getBean(TestAccounts.class).actor("sysadmin");
  }

  Actor sysadmin() {
    return sysadmin;
  }

  String code(String prefix) {
    return prefix + run + SEQUENCE.incrementAndGet();
  }

  Unit unit(String name) {
    return units.create(sysadmin, new UnitSummary(code("U"), name, UnitType.GOVERNMENT, null,
        "联系人", "0917-3260000", "0917-3261111"));
  }

  Hall hall(Unit unit) {
    return halls.create(sysadmin, new HallAdministration.HallDetails(code("H"), "测试大厅" + run, "测试路 1 号", 2, null,
        "MON-SUN 08:00-20:00", true, unit.code()));
  }

  Window window(Hall hall, Unit unit, int number) {
    return windows.create(sysadmin, new WindowAdministration.WindowDetails(hall.code() + "-" + number, hall.code(),
        number, null, 1, "A区", unit.code(), true, List.of()));
  }

  StaffMember staff(Unit unit, Hall hall, String name, Window... serving) {
    return staff(unit.code(), hall == null ? null : hall.code(), name,
        java.util.Arrays.stream(serving).map(Window::code).toArray(String[]::new));
  }

  StaffMember staff(String unitCode, String hallCode, String name, String... windowCodes) {
    return staff.create(sysadmin, new StaffAdministration.StaffDetails(code("T"), name, "综合受理岗", unitCode, hallCode,
        null, null, List.of(windowCodes)));
  }

  BackupPost post(Window window, StaffMember a, StaffMember b, String... services) {
    return posts.create(sysadmin, new BackupPostAdministration.PostDetails("测试岗 " + window.code(), window.code(),
        a.id(), b.id(), List.of(services)));
  }

  Absence absence(StaffMember member, Instant from, Instant to) {
    return absences.record(sysadmin, new AbsenceAdministration.AbsenceDetails(member.id(), AbsenceKind.LEAVE, from, to,
        "年休假", "已交接"));
  }
}
