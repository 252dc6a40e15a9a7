package org.servicewindow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.servicewindow.BrowserSession;
import org.servicewindow.BrowserSupport;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestSupport;
import org.servicewindow.dashboard.internal.CockpitQueries;
import org.servicewindow.dashboard.internal.MonthlyReport;
import org.servicewindow.identity.Actor;
import org.servicewindow.queue.IssueChannel;
import org.servicewindow.queue.Priority;
import org.servicewindow.queue.QueueManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The cockpit (city and hall), the hall manager's live view and the public screen in Chromium: charts drawn,
 * no script errors (CSP), nothing wider than the window; the live view connects its SSE stream. Screenshots
 * go to target/screenshots, the monthly PDF to target/screenshots/dashboard-report.pdf.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class DashboardBrowserIntegrationTests {

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Autowired QueueManagement queue;
  @Autowired TestAccounts accounts;
  @Autowired MonthlyReport report;

  @BeforeAll
  static void startBrowser() {
    assumeTrue(BrowserSupport.available(), "Chromium is not installed; CI installs it");
  }

  @Test
  void leaderDrillsFromTheCityToAHallAndTheHallManagerWatchesItLive() throws Exception {
    busyHall();
    browser.signIn("leader");
    browser.manage().window().setSize(new Dimension(1366, 1500));
    browser.open("/dashboard");
    browser.waitFor(By.cssSelector("[data-chart=trend] svg"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("领导驾驶舱");
    browser.checkAndShoot("dashboard-cockpit-city");
    browser.open("/dashboard?hall=BJZWFW");
    browser.waitFor(By.cssSelector("[data-chart=children] svg"));
    assertThat(browser.findElement(By.cssSelector(".dash-crumbs")).getText()).contains("全市");
    browser.checkAndShoot("dashboard-cockpit-hall");
    browser.manage().window().setSize(BrowserSupport.PHONE);
    try {
      browser.open("/dashboard?hall=BJZWFW");
      browser.waitFor(By.cssSelector("[data-chart=trend] svg"));
      browser.checkAndShoot("dashboard-cockpit-phone");
    } finally {
      browser.manage().window().setSize(BrowserSupport.DESKTOP);
    }
    browser.open("/dashboard?lang=en");
    browser.waitFor(By.cssSelector("[data-chart=trend] svg"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Leadership cockpit");
    browser.open("/dashboard?lang=zh-CN");

    browser.signIn("hallmanager");
    browser.manage().window().setSize(new Dimension(1366, 1100));
    browser.open("/dashboard/live");
    browser.waitFor(By.cssSelector(".live-dot.on"));
    assertThat(browser.findElements(By.cssSelector(".window-tile"))).isNotEmpty();
    browser.checkAndShoot("dashboard-live");

    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(new Dimension(1920, 1080));
    browser.open("/public/halls/BJZWFW/screen");
    browser.waitFor(By.cssSelector(".screen-figures"));
    browser.checkAndShoot("dashboard-screen");
    browser.manage().window().setSize(BrowserSupport.DESKTOP);

    Actor leader = accounts.actor("leader");
    Files.createDirectories(BrowserSupport.SCREENSHOTS);
    try (OutputStream out = Files.newOutputStream(BrowserSupport.SCREENSHOTS.resolve("dashboard-report.pdf"))) {
      report.write(leader, CockpitQueries.Slice.CITY, YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")),
          Locale.SIMPLIFIED_CHINESE, out);
    }
  }

  /** Some citizens waiting and two windows serving, so the live view has something to show. */
  private void busyHall() {
    Actor staff1 = accounts.actor("staff01");
    Actor staff2 = accounts.actor("staff02");
    List<QueueManagement.ServiceLine> lines = queue.lines("BJZWFW");
    for (int i = 0; i < 8; i++) {
      queue.issue(new QueueManagement.IssueRequest("BJZWFW", lines.get(i % Math.min(3, lines.size())).code(),
          IssueChannel.KIOSK, Priority.NORMAL, null, null), staff1);
    }
    for (Actor staff : List.of(staff1, staff2)) {
      try {
        queue.callNext(staff.windowCode(), staff).ifPresent(t -> queue.start(t.id(), staff));
      } catch (org.servicewindow.common.ConflictException busy) {
        // the demo left a citizen at this window: it is serving already
      }
    }
  }
}
