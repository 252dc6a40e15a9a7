package org.servicewindow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Training as people see it in Chromium: the unit admin's plan and contest ranking, a staff member taking
 * the open contest round on a phone (no sideways scrolling, a countdown, a score at the end) and their
 * learning record; screenshots for docs/training.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class TrainingBrowserIntegrationTests {

  static ChromeDriver browser;

  @LocalServerPort int port;
  @org.springframework.beans.factory.annotation.Autowired java.time.Clock clock;

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
  void aStaffMemberTakesTheContestRoundOnAPhone() {
    browser.manage().window().setSize(BrowserSupport.PHONE);
    signIn("staff01");
    open("/training/mine");
    BrowserSupport.screenshot(browser, "training-mine-phone");
    browser.findElement(By.partialLinkText("决赛")).click();
    waitFor(By.id("start"));
    BrowserSupport.screenshot(browser, "training-quiz-start-phone");
    browser.findElement(By.id("start")).click();
    waitFor(By.id("quiz-form"));
    assertThat(browser.findElement(By.cssSelector(".tr-timer")).getText()).matches(".*1[45]:\\d\\d");
    assertThat(BrowserSupport.overflowsHorizontally(browser)).as("quiz wider than a phone").isFalse();
    List<WebElement> questions = browser.findElements(By.cssSelector(".tr-question"));
    assertThat(questions).hasSize(10);
    for (WebElement q : questions) {
      q.findElements(By.cssSelector(".tr-option")).get(0).click();
    }
    browser.executeScript("window.scrollTo(0, 0)");
    BrowserSupport.screenshot(browser, "training-quiz-phone");
    assertThat(BrowserSupport.consoleErrors(browser)).as("console errors on the quiz").isEmpty();
    browser.findElement(By.id("submit-quiz")).click();
    waitFor(By.cssSelector(".tr-score-value"));
    assertThat(browser.findElement(By.cssSelector(".tr-score-value")).getText()).matches("\\d+ / 10");
    assertThat(BrowserSupport.overflowsHorizontally(browser)).as("result wider than a phone").isFalse();
    BrowserSupport.screenshot(browser, "training-quiz-result-phone");

    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    open("/training/record");
    waitFor(By.cssSelector(".tr-stats"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("学习档案");
    BrowserSupport.screenshot(browser, "training-learning-record");
  }

  @Test
  void theUnitAdminReadsThePlanTheSessionAndTheContestRanking() {
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    signIn("unitadmin");
    open("/admin/training/plans");
    browser.findElements(By.cssSelector("#results a")).get(0).click();
    waitFor(By.cssSelector(".tr-progress"));
    BrowserSupport.screenshot(browser, "training-plan");
    assertThat(BrowserSupport.consoleErrors(browser)).as("console errors on the plan").isEmpty();
    String today = org.servicewindow.common.ChinaTime.today(clock).toString();
    browser.findElements(By.cssSelector("table.data tbody tr")).stream()
        .filter(row -> row.findElement(By.tagName("td")).getText().compareTo(today) < 0)
        .findFirst().orElseThrow().findElement(By.cssSelector("a")).click();
    waitFor(By.id("roster"));
    assertThat(browser.findElements(By.cssSelector("#materials li a"))).as("demo materials of a recent session")
        .isNotEmpty();
    BrowserSupport.screenshot(browser, "training-session");

    open("/admin/training/quizzes?kind=CONTEST");
    browser.findElement(By.partialLinkText("初赛")).click();
    waitFor(By.cssSelector(".tr-ranking"));
    assertThat(browser.findElements(By.cssSelector(".tr-ranking tbody tr"))).hasSizeGreaterThan(10);
    BrowserSupport.screenshot(browser, "training-contest-ranking");

    open("/admin/training/questions");
    BrowserSupport.screenshot(browser, "training-questions");
    open("/admin/training/questions/new");
    BrowserSupport.screenshot(browser, "training-question-form");
    open("/admin/training/quizzes/new");
    BrowserSupport.screenshot(browser, "training-quiz-form");
    open("/admin/training/plans?lang=en");
    browser.findElements(By.cssSelector("#results a")).get(0).click();
    waitFor(By.cssSelector(".tr-progress"));
    assertThat(browser.findElement(By.cssSelector(".tr-sub")).getText()).contains("hours required per person");
    BrowserSupport.screenshot(browser, "training-plan-en");
    open("/admin/training/plans?lang=zh-CN");
    open("/admin/training/nominations");
    BrowserSupport.screenshot(browser, "training-nominations");
    browser.manage().deleteAllCookies();
    open("/public/honours");
    BrowserSupport.screenshot(browser, "training-honours");
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
