package org.servicewindow.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.servicewindow.BrowserSupport;
import org.servicewindow.TestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A leader reads the demo's window ranking with its 红黑榜, drills down to a score and to the records behind
 * a line; the ranking fits a phone; anyone reads the honour list. Screenshots for docs/assessment.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class AssessmentBrowserIntegrationTests {

  static ChromeDriver browser;

  @LocalServerPort int port;

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
  void aLeaderDrillsFromTheRankingToTheRecordsAndAnyoneReadsTheHonourList() {
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    signIn("leader");
    open("/assessment?kind=MONTH&type=WINDOW");
    waitFor(By.cssSelector(".as-boards"));
    assertThat(browser.findElements(By.cssSelector("table.data tbody tr"))).isNotEmpty();
    BrowserSupport.screenshot(browser, "assessment-ranking");
    browser.findElements(By.cssSelector(".as-red li a")).get(0).click();
    waitFor(By.cssSelector("tfoot"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
    BrowserSupport.screenshot(browser, "assessment-score");
    browser.findElements(By.cssSelector("table.data tbody a.btn")).get(0).click();
    waitFor(By.cssSelector(".as-meta"));
    assertThat(browser.findElements(By.cssSelector("table.data tbody tr"))).isNotEmpty();
    BrowserSupport.screenshot(browser, "assessment-records");
    assertThat(BrowserSupport.consoleErrors(browser)).as("console errors").isEmpty();

    browser.manage().window().setSize(BrowserSupport.PHONE);
    open("/assessment?kind=MONTH&type=STAFF");
    waitFor(By.cssSelector(".as-boards"));
    assertThat(BrowserSupport.overflowsHorizontally(browser)).as("ranking wider than a phone").isFalse();
    BrowserSupport.screenshot(browser, "assessment-ranking-phone");

    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    open("/assessment/honours");
    waitFor(By.cssSelector("table.data"));
    BrowserSupport.screenshot(browser, "assessment-candidates");
    browser.manage().deleteAllCookies();
    open("/honours");
    waitFor(By.cssSelector(".as-honours"));
    assertThat(browser.findElements(By.cssSelector(".as-honour"))).isNotEmpty();
    BrowserSupport.screenshot(browser, "assessment-honours");
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
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(locator));
  }
}
