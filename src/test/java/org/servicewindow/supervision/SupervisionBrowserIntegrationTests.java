package org.servicewindow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * An inspector records a check on a phone in the hall (no sideways scrolling), and a demo order's timeline;
 * screenshots for docs/supervision.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class SupervisionBrowserIntegrationTests {

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
  void anInspectorChecksAWindowOnAPhoneAndReadsAnOrdersTimeline() {
    browser.manage().window().setSize(BrowserSupport.PHONE);
    signIn("inspector");
    open("/supervision/inspections/new");
    waitFor(By.cssSelector(".sv-form"));
    assertThat(BrowserSupport.overflowsHorizontally(browser)).as("inspection form wider than a phone").isFalse();
    browser.executeScript("document.querySelector('.page-head').scrollIntoView()");
    BrowserSupport.screenshot(browser, "supervision-inspection-phone");
    browser.findElement(By.cssSelector("input[name=result_UNMANNED][value=FAIL]")).click();
    browser.findElement(By.name("note_UNMANNED")).sendKeys("3号窗口 10:15 无人在岗");
    browser.findElement(By.name("photo_UNMANNED")).sendKeys(photoFile().toString());
    // The phone's position: permission granted and a fixed position near the hall, through the DevTools protocol.
    browser.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
    browser.executeCdpCommand("Emulation.setGeolocationOverride",
        Map.of("latitude", 39.9042, "longitude", 116.4074, "accuracy", 25));
    browser.findElement(By.id("sv-locate")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("sv-gps-status"), "39.90420"));
    browser.executeScript("document.querySelectorAll('.sv-item')[5].scrollIntoView()");
    BrowserSupport.screenshot(browser, "supervision-inspection-items-phone");
    browser.findElement(By.cssSelector(".sv-actions button")).click();
    waitFor(By.cssSelector("table.data"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("检查记录");
    assertThat(browser.getPageSource()).contains("3号窗口 10:15 无人在岗").contains("精度约 25 米");
    assertThat(browser.findElements(By.cssSelector(".sv-photos img"))).hasSize(1);
    assertThat((Boolean) browser.executeScript(
        "var i = document.querySelector('.sv-photos img'); return i.complete && i.naturalWidth > 0;")).isTrue();
    browser.executeScript("document.querySelector('.page-head').scrollIntoView()");
    BrowserSupport.screenshot(browser, "supervision-inspection-record-phone");
    assertThat(BrowserSupport.consoleErrors(browser)).as("console errors").isEmpty();

    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    open("/supervision/orders?status=CLOSED");
    browser.findElements(By.cssSelector("table.data tbody a")).get(0).click();
    waitFor(By.cssSelector(".sv-timeline"));
    assertThat(browser.findElements(By.cssSelector(".sv-timeline li"))).hasSizeGreaterThanOrEqualTo(5);
    BrowserSupport.screenshot(browser, "supervision-order-timeline");
    open("/supervision/orders");
    BrowserSupport.screenshot(browser, "supervision-orders");

    // The demo circular: read by the approval bureau, unread by the other unit.
    open("/supervision/circulars");
    browser.findElements(By.cssSelector("table.data tbody a")).get(0).click();
    waitFor(By.cssSelector(".sv-circular"));
    assertThat(browser.getPageSource()).contains("阅读回执").contains("未读");
    BrowserSupport.screenshot(browser, "supervision-circular-receipts");
    open("/supervision/findings");
    BrowserSupport.screenshot(browser, "supervision-findings");
    open("/supervision/plans");
    browser.findElements(By.cssSelector("table.data tbody a")).get(0).click();
    waitFor(By.cssSelector("table.data"));
    BrowserSupport.screenshot(browser, "supervision-plan");
  }

  private static Path photoFile() {
    try {
      Path file = Files.createTempFile("sv-photo", ".jpg");
      Files.write(file, SupervisionPhotoIntegrationTests.jpegWithExif(1200, 900));
      file.toFile().deleteOnExit();
      return file;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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
