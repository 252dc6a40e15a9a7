package org.servicewindow.prereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
 * The citizen's pre-review on a phone (390×844) from the guide page to the status link, and the staff's
 * review screen, in Chromium; no horizontal overflow, no script errors. Screenshots go to
 * target/screenshots (the are copied to docs/screenshots).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class PreReviewBrowserIntegrationTests {

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
  void citizenPreReviewsOnAPhoneAndStaffReview() throws Exception {
    String service = jdbc.sql("SELECT service_code FROM prereview ORDER BY submitted_at FETCH FIRST 1 ROWS ONLY")
        .query(String.class).single();
    String phone = "1370917" + (1000 + (int) (System.nanoTime() % 9000 + 9000) % 9000);
    browser.manage().window().setSize(BrowserSupport.PHONE);
    browser.manage().deleteAllCookies();
    open("/guides/" + service);
    waitFor(By.cssSelector("a[href*='/prereview/start/']")).click();
    waitFor(By.id("code-phone")).sendKeys(phone);
    browser.findElement(By.cssSelector(".pr-inline button[type=submit]")).click();
    waitFor(By.cssSelector(".alert-success"));
    BrowserSupport.screenshot(browser, "prereview-phone-start");
    String body = jdbc.sql("SELECT body FROM notification_outbox WHERE recipient = :p AND template = 'prereview.code'")
        .param("p", phone).query(String.class).single();
    Matcher m = Pattern.compile("(\\d{6})").matcher(body);
    assertThat(m.find()).isTrue();
    browser.findElement(By.id("code")).sendKeys(m.group(1));
    browser.findElement(By.id("name")).sendKeys("孙立新");
    for (WebElement field : browser.findElements(By.cssSelector("input[name^='f.']"))) {
      String label = browser.findElement(By.cssSelector("label[for='" + field.getAttribute("id") + "']")).getText();
      field.sendKeys(label.contains("电话") ? "13709171234" : label.contains("数") ? "3"
          : label.contains("代码") ? "91610302MA6X12345K" : label.contains("代表人") ? "孙立新"
          : label.contains("场所") || label.contains("地址") ? "宝鸡市渭滨区经二路 16 号" : "宝鸡渭滨商贸有限公司");
    }
    Path pdf = Files.createTempDirectory("prereview").resolve("营业执照.pdf");
    Files.write(pdf, "%PDF-1.4\n%%EOF".getBytes());
    browser.findElements(By.cssSelector("input[type=file]")).get(0).sendKeys(pdf.toString());
    BrowserSupport.screenshot(browser, "prereview-phone-form");
    assertThat(BrowserSupport.overflowsHorizontally(browser)).isFalse();
    browser.findElement(By.cssSelector(".pr-submit")).click();
    waitFor(By.cssSelector(".pr-facts"));
    assertThat(browser.getPageSource()).contains("待审核");
    BrowserSupport.screenshot(browser, "prereview-phone-status");
    assertThat(BrowserSupport.overflowsHorizontally(browser)).isFalse();

    UUID noticed = jdbc.sql("SELECT id FROM prereview WHERE status = 'NOTICE' FETCH FIRST 1 ROWS ONLY")
        .query(UUID.class).single();
    UUID mine = jdbc.sql("SELECT id FROM prereview WHERE phone = :p").param("p", phone).query(UUID.class).single();
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    signIn("staff01");
    open("/prereview/reviews");
    waitFor(By.cssSelector("#results table"));
    BrowserSupport.screenshot(browser, "prereview-reviews");
    open("/prereview/reviews/" + mine);
    waitFor(By.cssSelector(".pr-columns"));
    assertThat(browser.getPageSource()).contains("孙立新");
    BrowserSupport.screenshot(browser, "prereview-staff-review");
    open("/prereview/reviews/" + noticed);
    waitFor(By.cssSelector(".pr-notice"));
    BrowserSupport.screenshot(browser, "prereview-staff-notice");
    assertThat(BrowserSupport.consoleErrors(browser)).isEmpty();
  }

  @Test
  void commitmentsAndAppraisalResults() {
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    browser.manage().deleteAllCookies();
    open("/commitments");
    waitFor(By.cssSelector(".pr-commitment"));
    BrowserSupport.screenshot(browser, "commitments-public");
    String token = jdbc.sql("SELECT token FROM appraisal_campaign FETCH FIRST 1 ROWS ONLY").query(String.class).single();
    browser.manage().window().setSize(BrowserSupport.PHONE);
    open("/appraisal/" + token);
    waitFor(By.cssSelector(".pr-scale"));
    BrowserSupport.screenshot(browser, "appraisal-questionnaire-phone");
    assertThat(BrowserSupport.overflowsHorizontally(browser)).isFalse();
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    UUID id = jdbc.sql("SELECT id FROM appraisal_campaign FETCH FIRST 1 ROWS ONLY").query(UUID.class).single();
    signIn("inspector");
    open("/admin/appraisals/" + id);
    waitFor(By.cssSelector(".pr-comments"));
    BrowserSupport.screenshot(browser, "appraisal-results");
    assertThat(BrowserSupport.consoleErrors(browser)).isEmpty();
  }

  private void signIn(String username) {
    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(TestSupport.DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hero")));
  }

  private WebElement waitFor(By by) {
    try {
      return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    } catch (org.openqa.selenium.TimeoutException e) {
      BrowserSupport.screenshot(browser, "prereview-failure");
      throw e;
    }
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }
}
