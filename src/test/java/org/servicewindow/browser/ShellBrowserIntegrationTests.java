package org.servicewindow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.servicewindow.BrowserSession;
import org.servicewindow.BrowserSupport;
import org.servicewindow.TestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The shell as a person sees it in Chromium: sign in, switch language, open every admin page on a
 * desktop and a phone, with no script errors (CSP) and nothing wider than the screen.
 */
@org.springframework.test.annotation.DirtiesContext // a context of its own: close it after, freeing its connections
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class ShellBrowserIntegrationTests {

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @BeforeAll
  static void startBrowser() {
    assumeTrue(BrowserSupport.available(), "Chromium is not installed; CI installs it");
  }

  @Test
  void signInSwitchLanguageAndOpenEveryAdminPage() {
    browser.open("/login");
    browser.screenshot("login");
    browser.findElement(By.id("username")).sendKeys("sysadmin");
    browser.findElement(By.id("password")).sendKeys(TestSupport.DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitFor(By.cssSelector(".hero"));
    assertThat(browser.getPageSource()).contains("系统管理员，您好");
    browser.screenshot("home-sysadmin");

    String[][] pages = {
      {"/admin/users", "admin-users", "用户管理"},
      {"/admin/users/new", "admin-users-new", "新建用户"},
      {"/admin/devices", "admin-devices", "设备管理"},
      {"/admin/devices/new", "admin-devices-new", "登记设备"},
      {"/admin/audit", "admin-audit", "审计日志"},
      {"/account/password", "account-password", "修改密码"},
    };
    for (String[] page : pages) {
      browser.open(page[0]);
      assertThat(browser.findElement(By.tagName("h1")).getText()).contains(page[2]);
      browser.screenshot(page[1]);
      browser.manage().window().setSize(BrowserSupport.PHONE);
      assertThat(browser.overflowsHorizontally()).as("%s wider than a phone", page[0]).isFalse();
      browser.screenshot(page[1] + "-phone");
      browser.manage().window().setSize(BrowserSupport.DESKTOP);
      assertThat(browser.consoleErrors()).as("console errors on %s", page[0]).isEmpty();
    }

    browser.findElement(By.linkText("English")).click();
    browser.waitFor(By.xpath("//h1[contains(., 'Change password')]"));
    browser.open("/admin/users");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Users");
    browser.screenshot("admin-users-en");
    browser.findElement(By.linkText("中文")).click();
    browser.waitFor(By.xpath("//h1[contains(., '用户管理')]"));
  }

  @Test
  void userSearchUpdatesTheListAsYouType() {
    browser.signIn("sysadmin");
    browser.open("/admin/users");
    browser.findElement(By.id("q")).sendKeys("staff3");
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(d ->
        d.findElements(By.cssSelector("#results tbody tr")).size() == 10);
    assertThat(browser.findElement(By.id("results")).getText()).contains("staff31").doesNotContain("staff21");
    assertThat(browser.getCurrentUrl()).contains("q=staff3");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void aHallManagerSeesTheirMenuOnly() {
    browser.signIn("hallmanager");
    assertThat(browser.findElements(By.cssSelector("a[href='/admin/devices']"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("a[href='/admin/users']"))).isEmpty();
    browser.screenshot("home-hallmanager");
  }
}
