package org.servicewindow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.servicewindow.BrowserSupport;
import org.servicewindow.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seed's 2020 campaign in Chromium as the lead office sees it: the dashboard with its chart and traffic
 * lights, a unit's submission history, the joint evaluation sheet; and the unit admin's own page with the
 * submit form. No script errors (CSP), nothing wider than the window. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "sw.queue.demo.history-days=90") // so the current campaign has figures from before its action
@Import(TestSupport.class)
class CampaignBrowserIntegrationTests {

  static ChromeDriver browser;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

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
  void theLeadOfficeFollowsThe2020CampaignFromDashboardToAUnitsHistoryAndItsEvaluationSheet() {
    UUID past = jdbc.sql("SELECT id FROM campaign WHERE document_number = '宝政办函〔2020〕50号'").query(UUID.class).single();
    signIn("inspector");
    browser.manage().window().setSize(new Dimension(1366, 1300));

    open("/campaigns/" + past);
    waitFor(By.cssSelector("#camp-progress svg"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("窗口树形象，服务促发展");
    assertThat(browser.findElements(By.cssSelector(".camp-lights tbody tr"))).hasSizeGreaterThanOrEqualTo(29);
    checkAndShoot("campaign-dashboard");

    browser.findElement(By.linkText("市税务局")).click();
    waitFor(By.cssSelector(".camp-deliverable"));
    assertThat(browser.findElement(By.cssSelector("#content > h2")).getText()).contains("市税务局", "报送记录");
    assertThat(browser.findElements(By.cssSelector(".camp-versions > li"))).isNotEmpty();
    checkAndShoot("campaign-unit-history");

    open("/campaigns/" + past + "/evaluation/BJSWJ");
    waitFor(By.cssSelector(".camp-dl"));
    assertThat(browser.findElement(By.cssSelector("#content > h2")).getText()).contains("检查测评表");
    checkAndShoot("campaign-evaluation-sheet");

    open("/campaigns/" + past + "/evaluation");
    waitFor(By.cssSelector(".camp-honours"));
    checkAndShoot("campaign-evaluation-results");

    UUID current = jdbc.sql("SELECT id FROM campaign WHERE document_number IS NULL ORDER BY campaign_year DESC LIMIT 1")
        .query(UUID.class).single();
    open("/campaigns/" + current);
    waitFor(By.cssSelector("#camp-progress svg"));
    checkAndShoot("campaign-dashboard-current");
    open("/campaigns/" + current + "/overdue");
    waitFor(By.cssSelector(".camp-circular"));
    checkAndShoot("campaign-overdue");

    open("/campaigns/" + past + "/report");
    waitFor(By.cssSelector(".camp-report-title"));
    assertThat(browser.findElement(By.cssSelector(".camp-report-title")).getText()).contains("2020", "汇总报告");
    checkAndShoot("campaign-report");
    open("/campaigns");
    waitFor(By.cssSelector("input[name=year]"));
    checkAndShoot("campaign-list");
    open("/campaigns/new");
    waitFor(By.cssSelector(".camp-units"));
    checkAndShoot("campaign-new");

    open("/campaigns/" + past + "?lang=en");
    waitFor(By.cssSelector("#camp-progress svg"));
    assertThat(browser.findElement(By.cssSelector(".camp-tabs")).getText()).contains("Dashboard", "Joint evaluation");
    checkAndShoot("campaign-dashboard-en");
    open("/campaigns/" + past + "/evaluation/BJSWJ");
    waitFor(By.cssSelector(".camp-dl"));
    checkAndShoot("campaign-evaluation-sheet-en");
    open("/campaigns?lang=zh-CN");
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
  }

  @Test
  void aUnitAdminSeesOnlyItsOwnRowAndCanHandInTheCurrentReport() {
    UUID current = jdbc.sql("SELECT id FROM campaign WHERE document_number IS NULL ORDER BY campaign_year DESC LIMIT 1")
        .query(UUID.class).single();
    signIn("unitadmin");
    open("/campaigns/" + current);
    waitFor(By.cssSelector("#camp-progress svg"));
    assertThat(browser.findElements(By.cssSelector(".camp-lights tbody tr"))).hasSize(1);
    assertThat(browser.findElements(By.linkText("逾期与通报"))).isEmpty();
    checkAndShoot("campaign-dashboard-unit");
    browser.findElement(By.linkText("市行政审批服务局")).click();
    waitFor(By.cssSelector("details[open] textarea[name=body]"));
    checkAndShoot("campaign-unit-submit");

    browser.manage().window().setSize(BrowserSupport.PHONE);
    try {
      browser.navigate().refresh();
      waitFor(By.cssSelector("details[open] textarea[name=body]"));
      checkAndShoot("campaign-unit-submit-phone");
      open("/campaigns/" + current);
      waitFor(By.cssSelector("#camp-progress svg"));
      checkAndShoot("campaign-dashboard-phone");
    } finally {
      browser.manage().window().setSize(BrowserSupport.DESKTOP);
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
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(locator));
  }
}
