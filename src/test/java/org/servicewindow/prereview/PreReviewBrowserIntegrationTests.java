package org.servicewindow.prereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.servicewindow.BrowserSession;
import org.servicewindow.BrowserSupport;
import org.servicewindow.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void startBrowser() {
    assumeTrue(BrowserSupport.available(), "Chromium is not installed; CI installs it");
  }

  @Test
  void citizenPreReviewsOnAPhoneAndStaffReview() throws Exception {
    String service = jdbc.sql("SELECT service_code FROM prereview ORDER BY submitted_at FETCH FIRST 1 ROWS ONLY")
        .query(String.class).single();
    String phone = "1370917" + (1000 + (int) (System.nanoTime() % 9000 + 9000) % 9000);
    browser.manage().window().setSize(BrowserSupport.PHONE);
    browser.manage().deleteAllCookies();
    browser.open("/guides/" + service);
    browser.waitVisible(By.cssSelector("a[href*='/prereview/start/']")).click();
    browser.waitVisible(By.id("code-phone")).sendKeys(phone);
    browser.submit(By.cssSelector(".pr-inline button[type=submit]"));
    browser.waitVisible(By.cssSelector(".alert-success"));
    browser.screenshot("prereview-phone-start");
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
    browser.screenshot("prereview-phone-form");
    assertThat(browser.overflowsHorizontally()).isFalse();
    browser.findElement(By.cssSelector(".pr-submit")).click();
    browser.waitVisible(By.cssSelector(".pr-facts"));
    assertThat(browser.getPageSource()).contains("待审核");
    browser.screenshot("prereview-phone-status");
    assertThat(browser.overflowsHorizontally()).isFalse();

    UUID noticed = jdbc.sql("SELECT id FROM prereview WHERE status = 'NOTICE' FETCH FIRST 1 ROWS ONLY")
        .query(UUID.class).single();
    UUID mine = jdbc.sql("SELECT id FROM prereview WHERE phone = :p").param("p", phone).query(UUID.class).single();
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    browser.signIn("staff01");
    browser.open("/prereview/reviews");
    browser.waitVisible(By.cssSelector("#results table"));
    browser.screenshot("prereview-reviews");
    browser.open("/prereview/reviews/" + mine);
    browser.waitVisible(By.cssSelector(".pr-columns"));
    assertThat(browser.getPageSource()).contains("孙立新");
    browser.screenshot("prereview-staff-review");
    browser.open("/prereview/reviews/" + noticed);
    browser.waitVisible(By.cssSelector(".pr-notice"));
    browser.screenshot("prereview-staff-notice");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void commitmentsAndAppraisalResults() {
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    browser.manage().deleteAllCookies();
    browser.open("/commitments");
    browser.waitVisible(By.cssSelector(".pr-commitment"));
    browser.screenshot("commitments-public");
    String token = jdbc.sql("SELECT token FROM appraisal_campaign FETCH FIRST 1 ROWS ONLY").query(String.class).single();
    browser.manage().window().setSize(BrowserSupport.PHONE);
    browser.open("/appraisal/" + token);
    browser.waitVisible(By.cssSelector(".pr-scale"));
    browser.screenshot("appraisal-questionnaire-phone");
    assertThat(browser.overflowsHorizontally()).isFalse();
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    UUID id = jdbc.sql("SELECT id FROM appraisal_campaign FETCH FIRST 1 ROWS ONLY").query(UUID.class).single();
    browser.signIn("inspector");
    browser.open("/admin/appraisals/" + id);
    browser.waitVisible(By.cssSelector(".pr-comments"));
    browser.screenshot("appraisal-results");
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
