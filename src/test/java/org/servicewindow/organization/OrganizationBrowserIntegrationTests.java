package org.servicewindow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.servicewindow.BrowserSession;
import org.servicewindow.BrowserSupport;
import org.servicewindow.TestSupport;
import org.servicewindow.common.ChinaTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The organization screens in Chromium, as the demo city's operator and hall manager see them: every
 * page without script errors and no wider than a phone, the print pages, and the A/B rule refusing an
 * absence on screen. Screenshots go to target/screenshots (the README's come from here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class OrganizationBrowserIntegrationTests {

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Autowired OrganizationApi organization;
  @Autowired Clock clock;

  @BeforeAll
  static void startBrowser() {
    assumeTrue(BrowserSupport.available(), "Chromium is not installed; CI installs it");
  }

  @Test
  void theOperatorWalksThroughUnitsHallsStaffAndPrintsCards() {
    browser.signIn("sysadmin");
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
      browser.open(page[0]);
      assertThat(browser.findElement(By.tagName("h1")).getText()).contains(page[2]);
      browser.screenshot(page[1]);
      browser.manage().window().setSize(BrowserSupport.PHONE);
      assertThat(browser.overflowsHorizontally()).as("%s wider than a phone", page[0]).isFalse();
      browser.manage().window().setSize(BrowserSupport.DESKTOP);
      assertThat(browser.consoleErrors()).as("console errors on %s", page[0]).isEmpty();
    }

    browser.open("/admin/staff/" + staff01 + "/desk-card");
    assertThat(browser.findElements(By.cssSelector(".desk-panel"))).hasSize(2);
    assertThat(browser.findElement(By.cssSelector(".front .desk-name")).getText()).isEqualTo("张磊");
    assertQrCodesLoaded();
    browser.screenshot("organization-desk-card");
    browser.open("/admin/staff/" + staff01 + "/badge");
    assertThat(browser.findElement(By.cssSelector(".badge-name")).getText()).isEqualTo("张磊");
    assertQrCodesLoaded();
    browser.screenshot("organization-badge");
    assertThat(browser.consoleErrors()).isEmpty();
    browser.manage().deleteAllCookies();
  }

  @Test
  void theHallManagerIsToldWhyAnAbsenceThatLeavesAnABPostEmptyIsRefused() {
    browser.signIn("hallmanager");
    String staff04 = organization.staffOfUser("staff04").orElseThrow().id().toString();
    LocalDate day = ChinaTime.today(clock).plusDays(8);

    browser.open("/admin/absences/new?staff=" + staff04);
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
    browser.screenshot("organization-roster-conflict");
    assertThat(browser.consoleErrors()).isEmpty();
    browser.manage().deleteAllCookies();
  }

  private void assertQrCodesLoaded() {
    Object loaded = browser.executeScript(
        "return Array.from(document.querySelectorAll('figure img')).every(i => i.complete && i.naturalWidth > 0);");
    assertThat(loaded).isEqualTo(Boolean.TRUE);
  }
}
