package org.servicewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.servicewindow.BrowserSession;
import org.servicewindow.BrowserSupport;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestSupport;
import org.servicewindow.identity.internal.DeviceKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The queue as people see it in Chromium: a kiosk is set up with its token and issues a green-channel
 * ticket, the ticket prints, the citizen's page shows it, the display board follows the hall's events,
 * the staff member at window 1 calls it from the console, and the board shows the call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class QueueBrowserIntegrationTests {

  static final Dimension FULL_HD = new Dimension(1920, 1080);
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Autowired org.springframework.context.ApplicationContext context;

  @Autowired TestAccounts accounts;

  @BeforeAll
  static void startBrowser() {
    assumeTrue(BrowserSupport.available(), "Chromium is not installed; CI installs it");
  }

  @Test
  void aTicketFromTheKioskIsCalledAtTheConsoleAndAppearsOnTheBoard() {
    browser.manage().window().setSize(FULL_HD);
    browser.open("/kiosk/BJZWFW");
    browser.waitFor(By.id("kiosk-token"));
    browser.findElement(By.id("kiosk-token")).sendKeys(accounts.deviceToken(DeviceKind.KIOSK, "BJZWFW", null));
    browser.findElement(By.cssSelector("#setup-form button[type=submit]")).click();
    browser.waitVisible(By.id("home"));
    browser.screenshot("queue-kiosk");
    assertThat(browser.consoleErrors()).as("console errors on the kiosk").isEmpty();

    // a service window 1 (staff01) calls for, whatever the demo catalogue assigned to it
    var windowOne = context.getBean(org.servicewindow.organization.OrganizationApi.class).servicesOf("BJZWFW-01");
    var service = context.getBean(org.servicewindow.queue.internal.QueueServices.class).ofHall("BJZWFW").stream()
        .filter(s -> s.enabled() && windowOne.contains(s.serviceCode()))
        .findFirst().orElseThrow();
    browser.findElement(By.cssSelector("#home .kiosk-group:not(.elder-keep) [data-service='" + service.serviceCode() + "']")).click();
    browser.waitVisible(By.id("confirm"));
    browser.findElement(By.cssSelector("[data-show=green]")).click();
    browser.waitVisible(By.id("green"));
    browser.findElement(By.cssSelector("[data-green=ELDERLY]")).click();
    browser.waitFor(By.cssSelector(".ticket-number"));
    String number = browser.findElement(By.cssSelector(".ticket-number")).getText();
    assertThat(number).startsWith(service.prefix());
    String ticketUrl = browser.getCurrentUrl();
    String ticketId = ticketUrl.replaceAll(".*/tickets/([^?]+).*", "$1");
    browser.manage().window().setSize(new Dimension(700, 900));
    browser.screenshot("queue-ticket-80mm");
    browser.open("/kiosk/BJZWFW/tickets/" + ticketId + "?layout=a6");
    browser.screenshot("queue-ticket-a6");

    browser.manage().window().setSize(BrowserSupport.PHONE);
    browser.open("/q/" + ticketId);
    assertThat(browser.findElement(By.cssSelector(".status-number")).getText()).isEqualTo(number);
    assertThat(browser.overflowsHorizontally()).as("status page wider than a phone").isFalse();
    browser.screenshot("queue-status-waiting");

    String kioskTab = browser.getWindowHandle();
    browser.switchTo().newWindow(WindowType.TAB);
    browser.manage().window().setSize(FULL_HD);
    browser.open("/board/BJZWFW");
    browser.waitFor(By.cssSelector("#board[data-ready=true]"));
    String boardTab = browser.getWindowHandle();

    browser.switchTo().newWindow(WindowType.TAB);
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    browser.signIn("staff01");
    browser.open("/console");
    String consoleTab = browser.getWindowHandle();
    boolean called = false;
    for (int i = 0; i < 40 && !called; i++) {
      if (!browser.findElements(By.cssSelector("#desk [data-key=c]")).isEmpty()) {
        press("c");
      }
      if (!browser.findElements(By.cssSelector("#desk [data-key=n]")).isEmpty()) {
        press("n");
      }
      called = browser.findElements(By.cssSelector(".console-number")).stream().anyMatch(e -> e.getText().equals(number));
    }
    assertThat(called).as("the kiosk's ticket %s was called at window 1", number).isTrue();
    browser.screenshot("queue-console");
    assertThat(browser.consoleErrors()).as("console errors on the console").isEmpty();

    browser.switchTo().window(boardTab);
    browser.manage().window().setSize(FULL_HD);
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
        number.equals(d.findElement(By.cssSelector("[data-now] .now-number")).getText()));
    assertThat(browser.findElement(By.cssSelector("[data-now] .now-window")).getText()).isEqualTo("1号窗口");
    sleep(3500); // the call flashes three times
    browser.screenshot("queue-board");

    browser.switchTo().window(kioskTab);
    browser.manage().window().setSize(BrowserSupport.PHONE);
    browser.open("/q/" + ticketId);
    assertThat(browser.findElement(By.cssSelector(".status-go")).getText()).contains("1号窗口");
    browser.screenshot("queue-status");

    browser.switchTo().window(consoleTab);
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    press("s");
    press("c");
    browser.waitFor(By.cssSelector(".console-evaluation"));
    assertThat(browser.findElement(By.cssSelector(".console-evaluation")).getText()).contains("/e/");
  }

  @Test
  void managersReadTheStatisticsAndCitizensBookAppointments() {
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    browser.signIn("hallmanager");
    browser.open("/queue/statistics");
    browser.waitFor(By.cssSelector(".chart svg"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("排队统计");
    browser.screenshot("queue-statistics");
    assertThat(browser.consoleErrors()).as("console errors on the statistics").isEmpty();
    browser.open("/admin/queue/BJZWFW");
    browser.screenshot("queue-admin");
    browser.open("/admin/queue/BJZWFW/slots");
    browser.screenshot("queue-admin-slots");

    browser.manage().deleteAllCookies();
    browser.open("/appointments/halls/BJZWFW");
    browser.findElement(By.partialLinkText("社会保障")).click();
    browser.waitFor(By.cssSelector(".slot-grid"));
    browser.screenshot("queue-appointment");
    WebElement free = browser.findElements(By.cssSelector(".slot:not(.full)")).get(0);
    free.click();
    browser.findElement(By.id("name")).sendKeys("赵建国");
    browser.findElement(By.id("phone")).sendKeys("13991700001");
    browser.findElement(By.cssSelector(".appointment-form button[type=submit]")).click();
    browser.waitFor(By.cssSelector(".booking-code"));
    assertThat(browser.findElement(By.cssSelector(".booking-code")).getText()).matches("\\d{6}");
    browser.screenshot("queue-appointment-booked");
    assertThat(browser.consoleErrors()).as("console errors on the appointment pages").isEmpty();
  }

  /** Presses a console shortcut and waits until htmx has redrawn the console. */
  private void press(String key) {
    assertThat(browser.findElements(By.cssSelector("#desk [data-key='" + key + "']"))).as("button of key %s", key).isNotEmpty();
    browser.executeScript("document.getElementById('desk').dataset.stale = 'true';");
    browser.findElement(By.tagName("body")).sendKeys(key);
    browser.waitFor(By.cssSelector("#desk:not([data-stale])"));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
