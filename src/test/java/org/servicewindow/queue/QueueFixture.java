package org.servicewindow.queue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.servicewindow.TestAccounts;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.identity.internal.DeviceKind;
import org.servicewindow.organization.UnitSummary;
import org.servicewindow.organization.UnitType;
import org.servicewindow.organization.internal.HallAdministration;
import org.servicewindow.organization.internal.StaffAdministration;
import org.servicewindow.organization.internal.UnitAdministration;
import org.servicewindow.organization.internal.WindowAdministration;
import org.servicewindow.queue.internal.QueueServices;
import org.springframework.context.ApplicationContext;

/**
 * A fresh hall per test — its own unit, windows, staff with logins and queue services — so tests that
 * share one database never see each other's tickets.
 */
public class QueueFixture {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  static final String PASSWORD = "Queue-Test-2026";

  /** A hall ready to queue: window codes in order, the login of each window's staff, the services. */
  public record HallSetup(String hall, List<String> windows, Map<String, String> staffOfWindow, List<String> services) {
    public String window(int n) {
      return windows.get(n - 1);
    }

    public String staff(int n) {
      return staffOfWindow.get(window(n));
    }
  }

  private final UnitAdministration units;
  private final HallAdministration halls;
  private final WindowAdministration windows;
  private final StaffAdministration staff;
  private final QueueServices queueServices;
  private final TestAccounts accounts;
  private final Actor sysadmin;

  public QueueFixture(ApplicationContext context) {
    this.units = context.getBean(UnitAdministration.class);
    this.halls = context.getBean(HallAdministration.class);
    this.windows = context.getBean(WindowAdministration.class);
    this.staff = context.getBean(StaffAdministration.class);
    this.queueServices = context.getBean(QueueServices.class);
    this.accounts = context.getBean(TestAccounts.class);
    this.sysadmin = accounts.actor("sysadmin");
  }

  /**
   * A hall with {@code windowCount} windows that all handle every service, each staffed by its own login;
   * services get prefixes A, B, C… in order. Online ticketing is on.
   */
  public HallSetup hall(int windowCount, String... serviceNames) {
    return hall(windowCount, true, serviceNames);
  }

  public HallSetup hall(int windowCount, boolean onlineTicketing, String... serviceNames) {
    int n = SEQUENCE.incrementAndGet();
    String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + n;
    String unit = units.create(sysadmin, new UnitSummary("QU" + run, "排队测试单位" + run, UnitType.GOVERNMENT, null,
        "联系人", "0917-3260000", "0917-3261111")).code();
    String hall = halls.create(sysadmin, new HallAdministration.HallDetails("QH" + run, "排队测试大厅" + run, "测试路 2 号",
        1, null, "MON-SUN 00:00-23:59", onlineTicketing, unit)).code();
    List<String> services = new ArrayList<>();
    for (int i = 0; i < serviceNames.length; i++) {
      String code = "S" + run + "-" + (i + 1);
      services.add(code);
      queueServices.save(new QueueServices.QueueService(hall, code, serviceNames[i], String.valueOf((char) ('A' + i)),
          QueueServices.Kind.SERVICE, i, true));
    }
    List<String> windowCodes = new ArrayList<>();
    Map<String, String> staffOfWindow = new LinkedHashMap<>();
    for (int w = 1; w <= windowCount; w++) {
      String window = windows.create(sysadmin, new WindowAdministration.WindowDetails(hall + "-" + w, hall, w, null, 1,
          "A区", unit, true, services)).code();
      String username = ("q" + run + "w" + w).toLowerCase();
      accounts.createUser(username, PASSWORD, unit, hall, window, Role.STAFF);
      staff.create(sysadmin, new StaffAdministration.StaffDetails("N" + run + "-" + w, "测试人员" + w, "综合受理岗", unit,
          hall, null, username, List.of(window)));
      windowCodes.add(window);
      staffOfWindow.put(window, username);
    }
    return new HallSetup(hall, windowCodes, staffOfWindow, services);
  }

  String kioskToken(String hall) {
    return accounts.deviceToken(DeviceKind.KIOSK, hall, null);
  }

  String callerToken(String hall, String window) {
    return accounts.deviceToken(DeviceKind.CALLER, hall, window);
  }

  String token(String username) {
    return accounts.token(username);
  }

  Actor actor(String username) {
    return accounts.actor(username);
  }
}
