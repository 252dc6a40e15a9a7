package org.servicewindow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.servicewindow.BrowserSession;
import org.servicewindow.BrowserSupport;
import org.servicewindow.TestSupport;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.servicewindow.queue.TicketView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The evaluator device as a citizen meets it in Chromium: idle, the staff member serving them (photo,
 * name, staff number, service), the rating buttons once the ticket is completed, the anti-mash wait, the
 * thanks screen and back to idle; and the QR rating page on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class FeedbackBrowserIntegrationTests {

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void startBrowser() {
    assumeTrue(BrowserSupport.available(), "Chromium is not installed; CI installs it");
  }

  @Test
  void theEvaluatorFollowsTheWindowFromServingToRatingToThanks() {
    FeedbackFixture fixture = new FeedbackFixture(context);
    HallSetup hall = fixture.hall(1, "社保卡补办");
    String device = fixture.evaluatorToken(hall.hall(), hall.window(1));
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
    browser.open("/evaluator#token=" + device);
    browser.waitVisible(By.cssSelector("[data-screen=IDLE]"));
    assertThat(browser.getCurrentUrl()).doesNotContain(device);
    // the screen follows the window live (SSE), not by polling
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.attributeToBe(
        By.id("evaluator"), "data-live", "true"));

    TicketView serving = fixture.serving(hall, 1);
    browser.waitVisible(By.cssSelector("[data-screen=SERVING]"));
    browser.waitForText(By.cssSelector("[data-staff-name]"), "测试人员1");
    assertThat(browser.findElement(By.cssSelector("[data-ticket-number]")).getText()).isEqualTo(serving.number());
    assertThat(browser.findElement(By.cssSelector("[data-service-name]")).getText()).isEqualTo("社保卡补办");
    browser.screenshot("feedback-evaluator-serving");

    String token = fixture.complete(hall, 1, serving.id());
    browser.waitVisible(By.cssSelector("[data-screen=RATING]"));
    browser.screenshot("feedback-evaluator-rating");
    browser.findElement(By.cssSelector("[data-level='2']")).click();
    browser.waitVisible(By.cssSelector("[data-reasons]"));
    assertThat(browser.findElement(By.cssSelector("[data-reasons-legend]")).getText()).isEqualTo("您不满意的方面（可多选）");
    browser.findElement(By.cssSelector("[data-reason=SERVICE_EFFICIENCY]")).click();
    browser.findElement(By.cssSelector("[data-comment]")).sendKeys("等候时间较长");
    // the anti-mash guard keeps the button disabled for the minimum gap after completion
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-submit]")));
    browser.findElement(By.cssSelector("[data-submit]")).click();
    browser.waitVisible(By.cssSelector("[data-screen=THANKS]"));
    browser.screenshot("feedback-evaluator-thanks");
    assertThat(jdbc.sql("SELECT level || ':' || channel || ':' || reasons || ':' || comment FROM evaluation WHERE token = :t")
        .param("t", token).query(String.class).single()).isEqualTo("2:EVALUATOR:SERVICE_EFFICIENCY:等候时间较长");
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-screen=IDLE]")));
  }

  @Test
  void theQrPageRatesOnAPhone() {
    FeedbackFixture fixture = new FeedbackFixture(context);
    HallSetup hall = fixture.hall(1, "公积金提取");
    String token = fixture.completedTicket(hall);
    browser.manage().window().setSize(BrowserSupport.PHONE);
    browser.open("/e/" + token);
    browser.waitVisible(By.cssSelector(".rate-levels"));
    browser.screenshot("feedback-qr-phone");
    browser.findElement(By.cssSelector(".rate-level-4")).click();
    browser.waitForText(By.cssSelector("[data-reasons-legend]"), "您满意的方面（可多选）");
    browser.findElement(By.cssSelector("input[value=SERVICE_ATTITUDE]")).findElement(By.xpath("..")).click();
    browser.findElement(By.cssSelector(".rate-submit")).click();
    browser.waitVisible(By.cssSelector(".rate-thanks"));
    browser.screenshot("feedback-qr-thanks-phone");
    assertThat(jdbc.sql("SELECT level || ':' || channel || ':' || reasons FROM evaluation WHERE token = :t")
        .param("t", token).query(String.class).single()).isEqualTo("4:QR:SERVICE_ATTITUDE");
  }

  @Test
  void theHallManagerWorksTheLedgerAndReadsTheStatistics() {
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    browser.signIn("hallmanager");

    browser.open("/feedback/ledger");
    browser.waitVisible(By.cssSelector("table.data tbody tr"));
    browser.screenshot("feedback-ledger-list");
    // the entry with the longest timeline among the demo's closed ones
    String id = jdbc.sql("""
            SELECT l.id FROM ledger_entry l WHERE l.hall_code = 'BJZWFW' AND l.status = 'CLOSED'
             ORDER BY (SELECT COUNT(*) FROM ledger_step s WHERE s.entry_id = l.id) DESC, l.opened_at DESC LIMIT 1""")
        .query(String.class).single();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1100));
    browser.open("/feedback/ledger/" + id);
    browser.waitVisible(By.cssSelector(".ledger-timeline li"));
    assertThat(browser.findElements(By.cssSelector(".ledger-timeline li")).size()).isGreaterThanOrEqualTo(3);
    browser.screenshot("feedback-ledger-entry");
    String open = jdbc.sql("""
            SELECT l.id FROM ledger_entry l WHERE l.hall_code = 'BJZWFW' AND l.status = 'OPEN' AND l.source = 'EVALUATION'
             ORDER BY l.opened_at DESC LIMIT 1""").query(String.class).single();
    browser.open("/feedback/ledger/" + open);
    browser.findElement(By.id("v-note")).sendKeys("调阅监控核实，情况属实");
    browser.findElement(By.id("v-files")).sendKeys(evidence("监控截图.png").toString());
    browser.findElement(By.cssSelector("form[action$='/verify'] button[type=submit]")).click();
    browser.waitVisible(By.cssSelector(".ledger-choices"));
    assertThat(browser.findElement(By.cssSelector(".ledger-timeline")).getText()).contains("调阅监控核实，情况属实");
    browser.findElement(By.id("r-note")).sendKeys("当面致歉，组织窗口人员文明用语培训");
    browser.findElement(By.id("r-files")).sendKeys(evidence("培训签到表.png").toString());
    browser.findElement(By.cssSelector("form[action$='/rectify'] button[type=submit]")).click();
    browser.waitVisible(By.cssSelector("form[action$='/callback']"));
    assertThat(browser.findElements(By.cssSelector(".ledger-evidence a"))).extracting(WebElement::getText)
        .containsExactly("监控截图.png", "培训签到表.png");
    browser.screenshot("feedback-ledger-evidence");

    // the e-mail complaints waiting for their unit
    browser.open("/feedback/complaints/inbox");
    browser.waitVisible(By.cssSelector("table.data tbody tr"));
    browser.screenshot("feedback-complaint-inbox");
    browser.findElement(By.cssSelector("table.data tbody tr a.btn")).click();
    browser.waitVisible(By.cssSelector("form.assign-form"));

    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1250));
    browser.open("/feedback/statistics");
    browser.waitVisible(By.cssSelector("[data-chart=months] canvas"));
    browser.screenshot("feedback-statistics");
    browser.open("/public/evaluations");
    browser.waitVisible(By.cssSelector("table.data"));
    browser.screenshot("feedback-public-results");

    // the public guide of the most rated service shows its satisfaction, seen by a citizen
    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    String code = jdbc.sql("""
            SELECT service_code FROM evaluation WHERE service_code IS NOT NULL GROUP BY service_code
             ORDER BY COUNT(*) DESC LIMIT 1""").query(String.class).single();
    browser.open("/guides/" + code);
    assertThat(browser.waitVisible(By.cssSelector(".cat-figures")).getText()).contains("群众满意率").contains("近 12 个月");
    browser.screenshot("feedback-guide-satisfaction");
  }

  /** A small real PNG named as the evidence a handler would upload. */
  private static java.nio.file.Path evidence(String name) {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("evidence");
      java.nio.file.Path file = dir.resolve(name);
      var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
      javax.imageio.ImageIO.write(image, "png", file.toFile());
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
