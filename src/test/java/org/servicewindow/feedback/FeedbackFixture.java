package org.servicewindow.feedback;

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
import org.servicewindow.queue.IssueChannel;
import org.servicewindow.queue.Priority;
import org.servicewindow.queue.QueueManagement;
import org.servicewindow.queue.TicketView;
import org.servicewindow.queue.internal.QueueServices;
import org.servicewindow.feedback.internal.RateableServices;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * A fresh hall per test — its own unit, windows, staff with logins and queue services — so tests that
 * share one database never see each other's tickets.
 */
class FeedbackFixture {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  static final String PASSWORD = "Queue-Test-2026";

  /** A hall ready to queue: window codes in order, the login of each window's staff, the services. */
  record HallSetup(String hall, List<String> windows, Map<String, String> staffOfWindow, List<String> services) {
    String window(int n) {
      return windows.get(n - 1);
    }

    String staff(int n) {
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
  private final QueueManagement queue;
  private final RateableServices rateable;

  FeedbackFixture(ApplicationContext context) {
    this.units = context.getBean(UnitAdministration.class);
    this.halls = context.getBean(HallAdministration.class);
    this.windows = context.getBean(WindowAdministration.class);
    this.staff = context.getBean(StaffAdministration.class);
    this.queueServices = context.getBean(QueueServices.class);
    this.accounts = context.getBean(TestAccounts.class);
    this.sysadmin = accounts.actor("sysadmin");
    this.queue = context.getBean(QueueManagement.class);
    this.rateable = context.getBean(RateableServices.class);
  }

  /**
   * A hall with {@code windowCount} windows that all handle every service, each staffed by its own login;
   * services get prefixes A, B, C… in order. Online ticketing is on.
   */
  HallSetup hall(int windowCount, String... serviceNames) {
    return hall(windowCount, true, serviceNames);
  }

  HallSetup hall(int windowCount, boolean onlineTicketing, String... serviceNames) {
    int n = SEQUENCE.incrementAndGet();
    String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + n;
    String unit = units.create(sysadmin, new UnitSummary("FU" + run, "评价测试单位" + run, UnitType.GOVERNMENT, null,
        "联系人", "0917-3260000", "0917-3261111")).code();
    String hall = halls.create(sysadmin, new HallAdministration.HallDetails("FH" + run, "评价测试大厅" + run, "测试路 2 号",
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
      String username = ("f" + run + "w" + w).toLowerCase();
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

  String evaluatorToken(String hall, String window) {
    return accounts.deviceToken(DeviceKind.EVALUATOR, hall, window);
  }

  /** Issues a ticket and has window {@code n} call and start it (the citizen stands at the window). */
  TicketView serving(HallSetup h, int n) {
    Actor kiosk = new Actor(Actor.Kind.DEVICE, "device:kiosk", "取号机", Set.of(Role.DEVICE_KIOSK), null, h.hall(), null);
    queue.issue(new QueueManagement.IssueRequest(h.hall(), h.services().get(0), IssueChannel.KIOSK, Priority.NORMAL,
        null, null), kiosk);
    Actor staffMember = actor(h.staff(n));
    TicketView called = queue.callNext(h.window(n), staffMember).orElseThrow();
    return queue.start(called.id(), staffMember);
  }

  /** Completes the ticket being served at window {@code n} and waits until feedback has learnt its token. */
  String complete(HallSetup h, int n, UUID ticket) {
    TicketView done = queue.complete(ticket, actor(h.staff(n)));
    awaitRateable(done.evaluationToken());
    return done.evaluationToken();
  }

  /** A ticket served and completed at window 1; returns its evaluation token once it can be rated. */
  String completedTicket(HallSetup h) {
    return complete(h, 1, serving(h, 1).id());
  }

  void awaitRateable(String token) {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (rateable.find(token).isEmpty()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("feedback never learnt the completed ticket " + token);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
