package org.servicewindow.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.servicewindow.BrowserSession;
import org.servicewindow.BrowserSupport;
import org.servicewindow.TestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A leader reads the demo's window ranking with its 红黑榜, drills down to a score and to the records behind
 * a line; the ranking fits a phone; anyone reads the honour list. Screenshots for docs/assessment.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class AssessmentBrowserIntegrationTests {

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @BeforeAll
  static void startBrowser() {
    assumeTrue(BrowserSupport.available(), "Chromium is not installed; CI installs it");
  }

  @Test
  void aLeaderDrillsFromTheRankingToTheRecordsAndAnyoneReadsTheHonourList() {
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    browser.signIn("leader");
    browser.open("/assessment?kind=MONTH&type=WINDOW");
    browser.waitFor(By.cssSelector(".as-boards"));
    assertThat(browser.findElements(By.cssSelector("table.data tbody tr"))).isNotEmpty();
    browser.screenshot("assessment-ranking");
    browser.findElements(By.cssSelector(".as-red li a")).get(0).click();
    browser.waitFor(By.cssSelector("tfoot"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
    browser.screenshot("assessment-score");
    browser.findElements(By.cssSelector("table.data tbody a.btn")).get(0).click();
    browser.waitFor(By.cssSelector(".as-meta"));
    assertThat(browser.findElements(By.cssSelector("table.data tbody tr"))).isNotEmpty();
    browser.screenshot("assessment-records");
    assertThat(browser.consoleErrors()).as("console errors").isEmpty();

    browser.manage().window().setSize(BrowserSupport.PHONE);
    browser.open("/assessment?kind=MONTH&type=STAFF");
    browser.waitFor(By.cssSelector(".as-boards"));
    assertThat(browser.overflowsHorizontally()).as("ranking wider than a phone").isFalse();
    browser.screenshot("assessment-ranking-phone");

    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    browser.open("/assessment/honours");
    browser.waitFor(By.cssSelector("table.data"));
    browser.screenshot("assessment-candidates");
    browser.manage().deleteAllCookies();
    browser.open("/honours");
    browser.waitFor(By.cssSelector(".as-honours"));
    assertThat(browser.findElements(By.cssSelector(".as-honour"))).isNotEmpty();
    browser.screenshot("assessment-honours");
  }
}
