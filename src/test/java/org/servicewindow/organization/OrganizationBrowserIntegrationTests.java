package org.servicewindow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.servicewindow.BrowserSupport;
import org.servicewindow.TestSupport;
import org.servicewindow.common.ChinaTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The organization screens in Chromium, as the demo city's operator and hall manager see them: every
 * page without script errors and no wider than a phone, the print pages, and the A/B rule refusing an
 * absence on screen. Screenshots go to target/screenshots (the README's come from here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class OrganizationBrowserIntegrationTests {

  static ChromeDriver browser;

  @LocalServerPort int port;
  @Autowired OrganizationApi organization;
  @Autowired Clock clock;

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
  void theOperatorWalksThroughUnitsHallsStaffAndPrintsCards() {
    signIn("sysadmin");
    String staff01 = organization.staffOfUser("staff01").orElseThrow().id().toString();
    String[][] pages = {
      {"/admin/units", "organization-units", "单位管理"},
      {"/admin/halls/BJZWFW", "organization-hall-windows", "宝鸡市政务服务中心"},
      {"/admin/staff", "organization-staff", "工作人员"},
      {"/admin/windows", "organization-windows", "窗口管理"},
      {"/admin/backup-posts", "organization-posts", "AB岗"},
      {"/admin/roster?hall=BJZWFW", "organization-roster", "值班排班"},
      {"/admin/organization/import", "organization-import", "批量导入"},
      {"/admin/staff/" + staff01, "organization-staff-edit", "张磊"},
      {"/public/staff/" + organization.staffOfUser("staff01").orElseThrow().staffNumber(), "organization-public-staff", "张磊"},
    };
    for (String[] page : pages) {
      open(page[0]);
      assertThat(browser.findElement(By.tagName("h1")).getText()).contains(page[2]);
      BrowserSupport.screenshot(browser, page[1]);
      browser.manage().window().setSize(BrowserSupport.PHONE);
      assertThat(BrowserSupport.overflowsHorizontally(browser)).as("%s wider than a phone", page[0]).isFalse();
      browser.manage().window().setSize(BrowserSupport.DESKTOP);
      assertThat(BrowserSupport.consoleErrors(browser)).as("console errors on %s", page[0]).isEmpty();
    }

    open("/admin/staff/" + staff01 + "/desk-card");
    assertThat(browser.findElements(By.cssSelector(".desk-panel"))).hasSize(2);
    assertThat(browser.findElement(By.cssSelector(".front .desk-name")).getText()).isEqualTo("张磊");
    assertQrCodesLoaded();
    BrowserSupport.screenshot(browser, "organization-desk-card");
    open("/admin/staff/" + staff01 + "/badge");
    assertThat(browser.findElement(By.cssSelector(".badge-name")).getText()).isEqualTo("张磊");
    assertQrCodesLoaded();
    BrowserSupport.screenshot(browser, "organization-badge");
    assertThat(BrowserSupport.consoleErrors(browser)).isEmpty();
    browser.manage().deleteAllCookies();
  }

  @Test
  void theHallManagerIsToldWhyAnAbsenceThatLeavesAnABPostEmptyIsRefused() {
    signIn("hallmanager");
    String staff04 = organization.staffOfUser("staff04").orElseThrow().id().toString();
    LocalDate day = ChinaTime.today(clock).plusDays(8);

    open("/admin/absences/new?staff=" + staff04);
    browser.executeScript("document.getElementById('startsAt').value = arguments[0];"
        + "document.getElementById('endsAt').value = arguments[1];", day + "T09:00", day + "T17:30");
    browser.findElement(By.id("reason")).sendKeys("孩子学校家长会");
    browser.findElement(By.id("handoverNote")).sendKeys("在办 2 件营业执照变更，材料在 4 号窗口文件柜。");
    browser.findElement(By.cssSelector("form[action='/admin/absences'] button[type=submit]")).click();

    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-error")));
    assertThat(browser.findElement(By.cssSelector(".alert-error")).getText())
        .contains("无法登记", "同在AB岗", "两人不能同时离岗");
    assertThat(browser.findElement(By.id("reason")).getAttribute("value")).isEqualTo("孩子学校家长会");
    BrowserSupport.screenshot(browser, "organization-roster-conflict");
    assertThat(BrowserSupport.consoleErrors(browser)).isEmpty();
    browser.manage().deleteAllCookies();
  }

  private void assertQrCodesLoaded() {
    Object loaded = browser.executeScript(
        "return Array.from(document.querySelectorAll('figure img')).every(i => i.complete && i.naturalWidth > 0);");
    assertThat(loaded).isEqualTo(Boolean.TRUE);
  }

  private void signIn(String username) {
    open("/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(TestSupport.DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hero")));
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }
}
