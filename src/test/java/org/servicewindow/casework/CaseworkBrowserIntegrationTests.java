package org.servicewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.servicewindow.BrowserSession;
import org.servicewindow.BrowserSupport;
import org.servicewindow.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Casework in Chromium as window staff, the hall manager and a leader use it: intake from the checklist,
 * the one-time notice, acceptance and refusal notices as printed, the 督办 list, and an escalation decided
 * by a leader. No script errors. Screenshots go to target/screenshots (the are copied to
 * docs/screenshots).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class CaseworkBrowserIntegrationTests {

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Autowired Casework casework;
  @Autowired CaseworkMatters matters;
  @Autowired org.servicewindow.TestAccounts accounts;

  @BeforeAll
  static void startBrowser() {
    assumeTrue(BrowserSupport.available(), "Chromium is not installed; CI installs it");
  }

  @Test
  void staffReceiveNotifyAndAcceptAndTheNoticesPrint() {
    browser.signIn("staff01");
    browser.open("/casework/intake");
    Select service = new Select(browser.waitVisible(By.id("service")));
    assertThat(service.getOptions().size()).isGreaterThan(1);
    service.selectByIndex(1);
    browser.submit(By.cssSelector("form.filters button[type=submit]")); // the checklist is read from the new page
    browser.waitVisible(By.cssSelector("table.cw-checklist"));
    List<WebElement> rows = browser.findElements(By.cssSelector("table.cw-checklist tbody tr"));
    List<WebElement> required = rows.stream().filter(r -> r.getText().contains("必需")).toList();
    assertThat(required).isNotEmpty();
    required.get(0).findElement(By.cssSelector("input[value=MISSING]")).click();
    if (required.size() > 1) {
      required.get(1).findElement(By.cssSelector("input[value=DEFECTIVE]")).click();
      required.get(1).findElement(By.cssSelector("input[type=text]")).sendKeys("复印件未加盖公章");
    }
    browser.findElement(By.id("name")).sendKeys("王建军");
    browser.findElement(By.id("phone")).sendKeys("13991712345");
    browser.findElement(By.id("idNumber")).sendKeys("61030219850612123X");
    browser.findElement(By.id("companyName")).sendKeys("宝鸡秦川餐饮管理有限公司");
    browser.findElement(By.id("creditCode")).sendKeys("91610300MA6X12345D");
    browser.screenshotWholePage("casework-intake", 2200);
    browser.submit(By.cssSelector("form.cw-intake button[type=submit]"));

    browser.waitVisible(By.cssSelector(".alert-success"));
    assertThat(browser.findElement(By.cssSelector(".cw-summary")).getText()).contains("一次性告知书");
    browser.submit(By.xpath("//button[text()='出具一次性告知书']"));
    browser.waitVisible(By.cssSelector(".alert-success"));
    browser.screenshotWholePage("casework-application", 2200);
    String application = browser.getCurrentUrl();
    browser.findElement(By.linkText("一次性告知书")).click();
    browser.waitVisible(By.cssSelector(".cw-sheet"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("一次性告知书");
    assertThat(browser.findElements(By.cssSelector("table.cw-items tbody tr"))).hasSize(Math.min(required.size(), 2));
    assertQrLoaded();
    browser.screenshotWholePage("casework-notice-supplement", 2200);

    browser.get(application);
    while (!browser.findElements(By.xpath("//button[text()='已补齐']")).isEmpty()) {
      browser.submit(By.xpath("//button[text()='已补齐']"));
      browser.waitVisible(By.cssSelector(".alert-success"));
    }
    browser.submit(By.xpath("//button[text()='受理']"));
    browser.waitVisible(By.cssSelector(".alert-success"));
    browser.findElement(By.linkText("受理通知书")).click();
    browser.waitVisible(By.cssSelector(".cw-sheet"));
    assertThat(browser.findElement(By.cssSelector(".cw-dates")).getText()).contains("承诺办结");
    assertQrLoaded();
    browser.screenshotWholePage("casework-notice-acceptance", 2200);

    var staff = accounts.actor("staff01");
    var service1 = casework.get(java.util.UUID.fromString(application.substring(application.lastIndexOf('/') + 1)), staff)
        .serviceCode();
    var refused = casework.receive(new Casework.Intake(service1, new Applicant("李秀英", "13991754321", "11010519491231002X",
        null, null, null), List.of(), null, null), staff);
    casework.reject(refused.id(), "申请人不具备法律、法规规定的申请资格，依据《中华人民共和国行政许可法》第三十二条第一款第（二）项不予受理。", staff);
    browser.open("/casework/applications/" + refused.id());
    browser.findElement(By.linkText("不予受理告知书")).click();
    browser.waitVisible(By.cssSelector(".cw-sheet"));
    assertThat(browser.findElement(By.cssSelector(".cw-sheet")).getText()).contains("六十日内", "六个月内");
    browser.screenshotWholePage("casework-notice-rejection", 2200);
    assertThat(browser.consoleErrors()).isEmpty();
    browser.manage().deleteAllCookies();
  }

  @Test
  void theHallManagerChasesOverdueApplicationsAndALeaderDecidesAnEscalation() {
    browser.signIn("hallmanager");
    browser.open("/casework/supervision");
    browser.waitVisible(By.cssSelector("#results table"));
    assertThat(browser.findElements(By.cssSelector(".cw-red"))).isNotEmpty();
    browser.screenshot("casework-supervision");
    browser.manage().deleteAllCookies();

    browser.signIn("staff02");
    browser.open("/casework/escalations");
    browser.waitVisible(By.id("problem")).sendKeys("群众办理个体工商户注销时，税务清税证明尚未推送，窗口无法当场办结。");
    browser.findElement(By.id("solution")).sendKeys("先行受理并出具受理通知书，由窗口负责人当日协调税务窗口推送清税信息，办结后电话告知申请人。");
    browser.submit(By.cssSelector("form.cw-desk-form button[type=submit]"));
    browser.waitVisible(By.cssSelector(".alert-success"));
    String escalation = browser.getCurrentUrl();
    browser.manage().deleteAllCookies();

    browser.signIn("leader");
    browser.get(escalation);
    browser.waitVisible(By.id("instruction")).sendKeys("同意先行受理；请税务窗口在两小时内推送，办结情况当日报告。");
    browser.findElement(By.cssSelector("input[value=AMENDED]")).click();
    browser.screenshot("casework-escalation-leader");
    browser.submit(By.xpath("//button[text()='作出决定']"));
    browser.waitVisible(By.cssSelector(".alert-success"));
    assertThat(browser.findElement(By.id("content")).getText()).contains("修改后同意", "两小时内推送");
    browser.screenshot("casework-escalation");
    assertThat(browser.consoleErrors()).isEmpty();
    browser.manage().deleteAllCookies();
  }

  @Test
  void staffReceiveABundleAndTheMatterGroupsEachItemsNotice() {
    // a demo window that may receive a whole bundle (the business-start windows)
    String username = null;
    org.servicewindow.catalog.OneMatterBundle bundle = null;
    for (int n = 1; n <= 40 && bundle == null; n++) {
      String candidate = "staff%02d".formatted(n);
      var offered = matters.bundlesFor(accounts.actor(candidate));
      bundle = offered.stream().filter(b -> !b.menu()).findFirst().orElse(offered.isEmpty() ? null : offered.get(0));
      username = candidate;
    }
    assertThat(bundle).as("a demo window that receives a bundle").isNotNull();
    browser.signIn(username);
    browser.open("/casework/intake/matter");
    new Select(browser.waitVisible(By.id("bundle"))).selectByValue(bundle.code());
    browser.submit(By.cssSelector("form.cw-choose button[type=submit]"));
    if (bundle.menu()) {
      browser.waitVisible(By.cssSelector(".cw-picks"));
      browser.findElements(By.cssSelector(".cw-picks input[type=checkbox]:not([disabled])")).stream().limit(2)
          .forEach(WebElement::click);
      browser.submit(By.cssSelector(".cw-picks + button[type=submit]"));
    }
    browser.waitVisible(By.cssSelector("table.cw-checklist"));
    List<WebElement> rows = browser.findElements(By.cssSelector("table.cw-checklist tbody tr"));
    List<WebElement> required = rows.stream().filter(r -> r.getText().contains("必需")).toList();
    assertThat(required.size()).isGreaterThan(1);
    // a document several items need, found not in legal form; another one missing
    WebElement shared = required.stream().filter(r -> r.getText().contains("、")).findFirst().orElse(required.get(0));
    shared.findElement(By.cssSelector("input[value=DEFECTIVE]")).click();
    shared.findElement(By.cssSelector("input[type=text]")).sendKeys("身份证复印件模糊不清");
    required.stream().filter(r -> r != shared).findFirst().orElseThrow()
        .findElement(By.cssSelector("input[value=MISSING]")).click();
    browser.findElement(By.id("name")).sendKeys("赵海涛");
    browser.findElement(By.id("phone")).sendKeys("13991756789");
    browser.findElement(By.id("idNumber")).sendKeys("61030219850612123X");
    browser.findElement(By.id("companyName")).sendKeys("宝鸡秦川餐饮管理有限公司");
    browser.screenshotWholePage("casework-bundle-intake", 2200);
    browser.submit(By.cssSelector("form.cw-intake button[type=submit]"));

    browser.waitVisible(By.cssSelector(".alert-success"));
    assertThat(browser.findElements(By.cssSelector("table.cw-matter-apps tbody tr")).size()).isGreaterThan(1);
    browser.submit(By.cssSelector("form[action$='/supplement-notices'] button"));
    browser.waitVisible(By.cssSelector(".alert-success"));
    assertThat(browser.findElements(By.cssSelector("ul.cw-notices li")).size()).isGreaterThan(1);
    browser.screenshotWholePage("casework-matter", 2200);
    browser.findElement(By.linkText("打印合并告知书")).click();
    browser.waitVisible(By.cssSelector(".cw-sheet"));
    assertThat(browser.findElement(By.cssSelector(".cw-sheet")).getText()).contains("身份证复印件模糊不清", "第三十二条");
    Object loaded = browser.executeScript(
        "return Array.from(document.querySelectorAll('.cw-matter-notices img')).every(i => i.complete && i.naturalWidth > 0);");
    assertThat(loaded).isEqualTo(Boolean.TRUE);
    browser.screenshotWholePage("casework-matter-notice", 2200);
    assertThat(browser.consoleErrors()).isEmpty();
    browser.manage().deleteAllCookies();
  }

  private void assertQrLoaded() {
    Object loaded = browser.executeScript(
        "return Array.from(document.querySelectorAll('.cw-qr img')).every(i => i.complete && i.naturalWidth > 0);");
    assertThat(loaded).isEqualTo(Boolean.TRUE);
  }
}
