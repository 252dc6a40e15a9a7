package org.servicewindow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The cockpit (city and hall), the hall manager's live view and the public screen in Chromium: charts drawn,
 * no script errors (CSP), nothing wider than the window; the live view connects its SSE stream. Screenshots
 * go to target/screenshots, the monthly PDF to target/screenshots/dashboard-report.pdf.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class DashboardBrowserIntegrationTests {

  static ChromeDriver browser;

  @LocalServerPort int port;
  @Autowired QueueManagement queue;
  @Autowired TestAccounts accounts;
  @Autowired MonthlyReport report;

  @BeforeAll
  static void startBrowser() {
    assumeTrue(BrowserSupport.available(), "Chromium is not installed; CI installs it");
    browser = BrowserSupport.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void leaderDrillsFromTheCityToAHallAndTheHallManagerWatchesItLive() throws Exception {
    busyHall();
    signIn("leader");
    browser.manage().window().setSize(new Dimension(1366, 1500));
    open("/dashboard");
    waitFor(By.cssSelector("[data-chart=trend] svg"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("领导驾驶舱");
    checkAndShoot("dashboard-cockpit-city");
    open("/dashboard?hall=BJZWFW");
    waitFor(By.cssSelector("[data-chart=children] svg"));
    assertThat(browser.findElement(By.cssSelector(".dash-crumbs")).getText()).contains("全市");
    checkAndShoot("dashboard-cockpit-hall");
    browser.manage().window().setSize(BrowserSupport.PHONE);
    try {
      open("/dashboard?hall=BJZWFW");
      waitFor(By.cssSelector("[data-chart=trend] svg"));
      checkAndShoot("dashboard-cockpit-phone");
    } finally {
      browser.manage().window().setSize(BrowserSupport.DESKTOP);
    }
    open("/dashboard?lang=en");
    waitFor(By.cssSelector("[data-chart=trend] svg"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Leadership cockpit");
    open("/dashboard?lang=zh-CN");

    signIn("hallmanager");
    browser.manage().window().setSize(new Dimension(1366, 1100));
    open("/dashboard/live");
    waitFor(By.cssSelector(".live-dot.on"));
    assertThat(browser.findElements(By.cssSelector(".window-tile"))).isNotEmpty();
    checkAndShoot("dashboard-live");

    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(new Dimension(1920, 1080));
    open("/public/halls/BJZWFW/screen");
    waitFor(By.cssSelector(".screen-figures"));
    checkAndShoot("dashboard-screen");
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

  private void checkAndShoot(String name) {
    assertThat(BrowserSupport.consoleErrors(browser)).isEmpty();
    assertThat(BrowserSupport.overflowsHorizontally(browser)).isFalse();
    BrowserSupport.screenshot(browser, name);
  }

  private void signIn(String username) {
    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(TestSupport.DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(By.cssSelector(".hero"));
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private static void waitFor(By locator) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(locator));
  }
}
