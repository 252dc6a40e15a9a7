package org.servicewindow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.servicewindow.BrowserSession;
import org.servicewindow.BrowserSupport;
import org.servicewindow.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void startBrowser() {
    assumeTrue(BrowserSupport.available(), "Chromium is not installed; CI installs it");
  }

  @Test
  void theLeadOfficeFollowsThe2020CampaignFromDashboardToAUnitsHistoryAndItsEvaluationSheet() {
    UUID past = jdbc.sql("SELECT id FROM campaign WHERE document_number = '宝政办函〔2020〕50号'").query(UUID.class).single();
    browser.signIn("inspector");
    browser.manage().window().setSize(new Dimension(1366, 1300));

    browser.open("/campaigns/" + past);
    browser.waitFor(By.cssSelector("#camp-progress svg"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("窗口树形象，服务促发展");
    assertThat(browser.findElements(By.cssSelector(".camp-lights tbody tr"))).hasSizeGreaterThanOrEqualTo(29);
    browser.checkAndShoot("campaign-dashboard");

    browser.findElement(By.linkText("市税务局")).click();
    browser.waitFor(By.cssSelector(".camp-deliverable"));
    assertThat(browser.findElement(By.cssSelector("#content > h2")).getText()).contains("市税务局", "报送记录");
    assertThat(browser.findElements(By.cssSelector(".camp-versions > li"))).isNotEmpty();
    browser.checkAndShoot("campaign-unit-history");

    browser.open("/campaigns/" + past + "/evaluation/BJSWJ");
    browser.waitFor(By.cssSelector(".camp-dl"));
    assertThat(browser.findElement(By.cssSelector("#content > h2")).getText()).contains("检查测评表");
    browser.checkAndShoot("campaign-evaluation-sheet");

    browser.open("/campaigns/" + past + "/evaluation");
    browser.waitFor(By.cssSelector(".camp-honours"));
    browser.checkAndShoot("campaign-evaluation-results");

    UUID current = jdbc.sql("SELECT id FROM campaign WHERE document_number IS NULL ORDER BY campaign_year DESC LIMIT 1")
        .query(UUID.class).single();
    browser.open("/campaigns/" + current);
    browser.waitFor(By.cssSelector("#camp-progress svg"));
    browser.checkAndShoot("campaign-dashboard-current");
    browser.open("/campaigns/" + current + "/overdue");
    browser.waitFor(By.cssSelector(".camp-circular"));
    browser.checkAndShoot("campaign-overdue");

    browser.open("/campaigns/" + past + "/report");
    browser.waitFor(By.cssSelector(".camp-report-title"));
    assertThat(browser.findElement(By.cssSelector(".camp-report-title")).getText()).contains("2020", "汇总报告");
    browser.checkAndShoot("campaign-report");
    browser.open("/campaigns");
    browser.waitFor(By.cssSelector("input[name=year]"));
    browser.checkAndShoot("campaign-list");
    browser.open("/campaigns/new");
    browser.waitFor(By.cssSelector(".camp-units"));
    browser.checkAndShoot("campaign-new");

    browser.open("/campaigns/" + past + "?lang=en");
    browser.waitFor(By.cssSelector("#camp-progress svg"));
    assertThat(browser.findElement(By.cssSelector(".camp-tabs")).getText()).contains("Dashboard", "Joint evaluation");
    browser.checkAndShoot("campaign-dashboard-en");
    browser.open("/campaigns/" + past + "/evaluation/BJSWJ");
    browser.waitFor(By.cssSelector(".camp-dl"));
    browser.checkAndShoot("campaign-evaluation-sheet-en");
    browser.open("/campaigns?lang=zh-CN");
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
  }

  @Test
  void aUnitAdminSeesOnlyItsOwnRowAndCanHandInTheCurrentReport() {
    UUID current = jdbc.sql("SELECT id FROM campaign WHERE document_number IS NULL ORDER BY campaign_year DESC LIMIT 1")
        .query(UUID.class).single();
    browser.signIn("unitadmin");
    browser.open("/campaigns/" + current);
    browser.waitFor(By.cssSelector("#camp-progress svg"));
    assertThat(browser.findElements(By.cssSelector(".camp-lights tbody tr"))).hasSize(1);
    assertThat(browser.findElements(By.linkText("逾期与通报"))).isEmpty();
    browser.checkAndShoot("campaign-dashboard-unit");
    browser.findElement(By.linkText("市行政审批服务局")).click();
    browser.waitFor(By.cssSelector("details[open] textarea[name=body]"));
    browser.checkAndShoot("campaign-unit-submit");

    browser.manage().window().setSize(BrowserSupport.PHONE);
    try {
      browser.navigate().refresh();
      browser.waitFor(By.cssSelector("details[open] textarea[name=body]"));
      browser.checkAndShoot("campaign-unit-submit-phone");
      browser.open("/campaigns/" + current);
      browser.waitFor(By.cssSelector("#camp-progress svg"));
      browser.checkAndShoot("campaign-dashboard-phone");
    } finally {
      browser.manage().window().setSize(BrowserSupport.DESKTOP);
    }
  }
}
