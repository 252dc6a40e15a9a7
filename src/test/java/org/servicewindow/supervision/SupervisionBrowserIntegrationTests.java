package org.servicewindow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * An inspector records a check on a phone in the hall (no sideways scrolling), and a demo order's timeline;
 * screenshots for docs/supervision.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class SupervisionBrowserIntegrationTests {

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @BeforeAll
  static void startBrowser() {
    assumeTrue(BrowserSupport.available(), "Chromium is not installed; CI installs it");
  }

  @Test
  void anInspectorChecksAWindowOnAPhoneAndReadsAnOrdersTimeline() {
    browser.manage().window().setSize(BrowserSupport.PHONE);
    browser.signIn("inspector");
    browser.open("/supervision/inspections/new");
    browser.waitFor(By.cssSelector(".sv-form"));
    assertThat(browser.overflowsHorizontally()).as("inspection form wider than a phone").isFalse();
    browser.executeScript("document.querySelector('.page-head').scrollIntoView()");
    browser.screenshot("supervision-inspection-phone");
    browser.findElement(By.cssSelector("input[name=result_UNMANNED][value=FAIL]")).click();
    browser.findElement(By.name("note_UNMANNED")).sendKeys("3号窗口 10:15 无人在岗");
    browser.findElement(By.name("photo_UNMANNED")).sendKeys(photoFile().toString());
    // The phone's position: permission granted and a fixed position near the hall, through the DevTools protocol.
    browser.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
    browser.executeCdpCommand("Emulation.setGeolocationOverride",
        Map.of("latitude", 39.9042, "longitude", 116.4074, "accuracy", 25));
    browser.findElement(By.id("sv-locate")).click();
    browser.waitForText(By.id("sv-gps-status"), "39.90420");
    browser.executeScript("document.querySelectorAll('.sv-item')[5].scrollIntoView()");
    browser.screenshot("supervision-inspection-items-phone");
    browser.findElement(By.cssSelector(".sv-actions button")).click();
    browser.waitFor(By.cssSelector("table.data"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("检查记录");
    assertThat(browser.getPageSource()).contains("3号窗口 10:15 无人在岗").contains("精度约 25 米");
    assertThat(browser.findElements(By.cssSelector(".sv-photos img"))).hasSize(1);
    assertThat((Boolean) browser.executeScript(
        "var i = document.querySelector('.sv-photos img'); return i.complete && i.naturalWidth > 0;")).isTrue();
    browser.executeScript("document.querySelector('.page-head').scrollIntoView()");
    browser.screenshot("supervision-inspection-record-phone");
    assertThat(browser.consoleErrors()).as("console errors").isEmpty();

    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    browser.open("/supervision/orders?status=CLOSED");
    browser.findElements(By.cssSelector("table.data tbody a")).get(0).click();
    browser.waitFor(By.cssSelector(".sv-timeline"));
    assertThat(browser.findElements(By.cssSelector(".sv-timeline li"))).hasSizeGreaterThanOrEqualTo(5);
    browser.screenshot("supervision-order-timeline");
    browser.open("/supervision/orders");
    browser.screenshot("supervision-orders");

    // The demo circular: read by the approval bureau, unread by the other unit.
    browser.open("/supervision/circulars");
    browser.findElements(By.cssSelector("table.data tbody a")).get(0).click();
    browser.waitFor(By.cssSelector(".sv-circular"));
    assertThat(browser.getPageSource()).contains("阅读回执").contains("未读");
    browser.screenshot("supervision-circular-receipts");
    browser.open("/supervision/findings");
    browser.screenshot("supervision-findings");
    browser.open("/supervision/plans");
    browser.findElements(By.cssSelector("table.data tbody a")).get(0).click();
    browser.waitFor(By.cssSelector("table.data"));
    browser.screenshot("supervision-plan");
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
}
