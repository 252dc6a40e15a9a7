package org.servicewindow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.servicewindow.BrowserSession;
import org.servicewindow.BrowserSupport;
import org.servicewindow.TestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Training as people see it in Chromium: the unit admin's plan and contest ranking, a staff member taking
 * the open contest round on a phone (no sideways scrolling, a countdown, a score at the end) and their
 * learning record; screenshots for docs/training.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class TrainingBrowserIntegrationTests {

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @org.springframework.beans.factory.annotation.Autowired java.time.Clock clock;

  @BeforeAll
  static void startBrowser() {
    assumeTrue(BrowserSupport.available(), "Chromium is not installed; CI installs it");
  }

  @Test
  void aStaffMemberTakesTheContestRoundOnAPhone() {
    browser.manage().window().setSize(BrowserSupport.PHONE);
    browser.signIn("staff01");
    browser.open("/training/mine");
    browser.screenshot("training-mine-phone");
    browser.findElement(By.partialLinkText("决赛")).click();
    browser.waitFor(By.id("start"));
    browser.screenshot("training-quiz-start-phone");
    browser.findElement(By.id("start")).click();
    browser.waitFor(By.id("quiz-form"));
    assertThat(browser.findElement(By.cssSelector(".tr-timer")).getText()).matches(".*1[45]:\\d\\d");
    assertThat(browser.overflowsHorizontally()).as("quiz wider than a phone").isFalse();
    List<WebElement> questions = browser.findElements(By.cssSelector(".tr-question"));
    assertThat(questions).hasSize(10);
    for (WebElement q : questions) {
      q.findElements(By.cssSelector(".tr-option")).get(0).click();
    }
    browser.executeScript("window.scrollTo(0, 0)");
    browser.screenshot("training-quiz-phone");
    assertThat(browser.consoleErrors()).as("console errors on the quiz").isEmpty();
    browser.findElement(By.id("submit-quiz")).click();
    browser.waitFor(By.cssSelector(".tr-score-value"));
    assertThat(browser.findElement(By.cssSelector(".tr-score-value")).getText()).matches("\\d+ / 10");
    assertThat(browser.overflowsHorizontally()).as("result wider than a phone").isFalse();
    browser.screenshot("training-quiz-result-phone");

    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    browser.open("/training/record");
    browser.waitFor(By.cssSelector(".tr-stats"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("学习档案");
    browser.screenshot("training-learning-record");
  }

  @Test
  void theUnitAdminReadsThePlanTheSessionAndTheContestRanking() {
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    browser.signIn("unitadmin");
    browser.open("/admin/training/plans");
    browser.findElements(By.cssSelector("#results a")).get(0).click();
    browser.waitFor(By.cssSelector(".tr-progress"));
    browser.screenshot("training-plan");
    assertThat(browser.consoleErrors()).as("console errors on the plan").isEmpty();
    String today = org.servicewindow.common.ChinaTime.today(clock).toString();
    browser.findElements(By.cssSelector("table.data tbody tr")).stream()
        .filter(row -> row.findElement(By.tagName("td")).getText().compareTo(today) < 0)
        .findFirst().orElseThrow().findElement(By.cssSelector("a")).click();
    browser.waitFor(By.id("roster"));
    assertThat(browser.findElements(By.cssSelector("#materials li a"))).as("demo materials of a recent session")
        .isNotEmpty();
    browser.screenshot("training-session");

    browser.open("/admin/training/quizzes?kind=CONTEST");
    browser.findElement(By.partialLinkText("初赛")).click();
    browser.waitFor(By.cssSelector(".tr-ranking"));
    assertThat(browser.findElements(By.cssSelector(".tr-ranking tbody tr"))).hasSizeGreaterThan(10);
    browser.screenshot("training-contest-ranking");

    browser.open("/admin/training/questions");
    browser.screenshot("training-questions");
    browser.open("/admin/training/questions/new");
    browser.screenshot("training-question-form");
    browser.open("/admin/training/quizzes/new");
    browser.screenshot("training-quiz-form");
    browser.open("/admin/training/plans?lang=en");
    browser.findElements(By.cssSelector("#results a")).get(0).click();
    browser.waitFor(By.cssSelector(".tr-progress"));
    assertThat(browser.findElement(By.cssSelector(".tr-sub")).getText()).contains("hours required per person");
    browser.screenshot("training-plan-en");
    browser.open("/admin/training/plans?lang=zh-CN");
    browser.open("/admin/training/nominations");
    browser.screenshot("training-nominations");
    browser.manage().deleteAllCookies();
    browser.open("/public/honours");
    browser.screenshot("training-honours");
  }
}
