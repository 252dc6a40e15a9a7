package org.servicewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.servicewindow.BrowserSession;
import org.servicewindow.BrowserSupport;
import org.servicewindow.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The catalog in Chromium as a citizen and a unit admin use it: from the home page to 食品经营许可 in two
 * clicks and its printed checklist; a bundle merging its items' materials and forms; the admin's
 * versions and the draft editor's rows. No script errors, nothing wider than a phone. Screenshots go to
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class CatalogBrowserIntegrationTests {

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Autowired Catalog catalog;

  @BeforeAll
  static void startBrowser() {
    assumeTrue(BrowserSupport.available(), "Chromium is not installed; CI installs it");
  }

  @Test
  void aNewcomerFindsFoodBusinessLicensingInTwoClicksAndPrintsItsChecklist() {
    browser.manage().deleteAllCookies();
    browser.open("/");
    browser.findElement(By.cssSelector("a.tile[href='/guides']")).click();
    browser.waitFor(By.id("q")).sendKeys("食品经营许可", Keys.ENTER);
    WebElement result = browser.waitFor(By.cssSelector(".cat-results a[href='/guides/XZSPJ-001']"));
    assertThat(browser.findElements(By.cssSelector(".cat-results li")).get(0).getText()).contains("食品经营许可");
    checkAndShoot("catalog-public-search");
    result.click();

    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("食品经营许可");
    assertThat(browser.findElement(By.id("materials")).getText()).contains("食品经营许可申请书", "房屋租赁合同");
    assertQrLoaded();
    checkAndShoot("catalog-guide");
    browser.findElement(By.linkText("打印材料清单")).click();

    browser.waitFor(By.cssSelector(".cat-sheet"));
    int materials = catalog.materialsOf("XZSPJ-001").size();
    assertThat(browser.findElements(By.cssSelector("table.cat-check tbody tr"))).hasSize(materials);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("《食品经营许可》申请材料清单");
    assertQrLoaded();
    browser.screenshot("catalog-checklist-print");
    assertThat(browser.consoleErrors()).isEmpty();

    browser.open("/guides/XZSPJ-001/poster");
    assertQrLoaded();
    browser.screenshot("catalog-poster");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void aBundleMergesItsItemsMaterialsAndFormsAndTheFormIsCheckedAndPrinted() {
    browser.manage().deleteAllCookies();
    browser.open("/bundles/KBCYD");
    List<WebElement> licence = browser.findElements(By.xpath(
        "//div[contains(@class,'cat-materials')]//tbody/tr[td[2]/strong[text()='营业执照']]"));
    assertThat(licence).as("营业执照 listed once").hasSize(1);
    assertThat(licence.get(0).findElements(By.cssSelector(".cat-chip"))).as("needed by four items").hasSize(4);
    assertThat(browser.findElement(By.cssSelector(".cat-picked")).getText())
        .contains("企业设立登记", "食品经营许可", "公共场所卫生许可");
    checkAndShoot("catalog-bundle");

    browser.findElement(By.linkText("填写一表申请")).click();
    browser.waitFor(By.id("a-companyName"));
    assertThat(browser.findElements(By.id("a-companyName"))).as("asked once").hasSize(1);
    browser.findElement(By.id("a-companyName")).sendKeys("宝鸡市示例餐饮有限公司");
    browser.findElement(By.id("a-legalRepId")).sendKeys("110105194912310021");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    browser.waitFor(By.cssSelector(".alert-error"));
    assertThat(browser.findElement(By.cssSelector(".alert-error")).getText()).contains("法定代表人身份证号：公民身份号码不正确");
    assertThat(browser.findElement(By.id("a-companyName")).getAttribute("value")).isEqualTo("宝鸡市示例餐饮有限公司");
    checkAndShoot("catalog-bundle-form");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void aUnitAdminSeesTheVersionsComparesThemAndAddsARowToADraft() {
    browser.signIn("unitadmin");
    browser.open("/admin/catalog/items/XZSPJ-001");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("食品经营许可");
    assertThat(browser.findElement(By.cssSelector("table.data")).getText()).contains("v2", "v1", "已发布", "已停用");
    checkAndShoot("catalog-admin-versions");
    browser.findElement(By.linkText("与上一版对比")).click();
    browser.waitFor(By.cssSelector("table.cat-diff"));
    assertThat(browser.findElement(By.cssSelector("table.cat-diff")).getText()).contains("承诺办结时限", "房屋租赁合同");
    checkAndShoot("catalog-admin-diff");

    browser.open("/admin/catalog/items/XZSPJ-007/draft");
    int before = browser.findElements(By.cssSelector("[data-rows=materials] .cat-row")).size();
    browser.findElement(By.cssSelector("[data-add-row=materials]")).click();
    List<WebElement> materialRows = browser.findElements(By.cssSelector("[data-rows=materials] .cat-row"));
    assertThat(materialRows).hasSize(before + 1);
    WebElement added = materialRows.get(before);
    assertThat(added.findElement(By.cssSelector("input[name='materials[" + before + "].code']")).getAttribute("value")).isEmpty();
    added.findElement(By.cssSelector("input[name='materials[" + before + "].code']")).sendKeys("FIRE-PLAN");
    added.findElement(By.cssSelector("input[name='materials[" + before + "].name']")).sendKeys("消防安全管理制度");
    browser.screenshot("catalog-admin-draft");
    browser.findElement(By.cssSelector("button[name=action][value=save]")).click();
    browser.waitFor(By.cssSelector(".alert-success"));
    assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("草稿已保存");
    assertThat(browser.getPageSource()).contains("消防安全管理制度");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void theElderlyModeEnlargesAGuide() {
    browser.manage().deleteAllCookies();
    browser.open("/guides/GJJ-004");
    browser.findElement(By.cssSelector("[data-elder-toggle]")).click();
    assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).contains("elder");
    browser.screenshot("catalog-guide-elder");
    browser.findElement(By.cssSelector("[data-elder-toggle]")).click();
  }

  /** A screenshot on the desktop and one on a phone, with no sideways scrolling and no script error. */
  private void checkAndShoot(String name) {
    browser.screenshot(name);
    browser.manage().window().setSize(BrowserSupport.PHONE);
    assertThat(browser.overflowsHorizontally()).as("%s wider than a phone", name).isFalse();
    browser.screenshot(name + "-phone");
    browser.manage().window().setSize(BrowserSupport.DESKTOP);
    assertThat(browser.consoleErrors()).as("console errors on %s", name).isEmpty();
  }

  private void assertQrLoaded() {
    Object loaded = browser.executeScript(
        "return Array.from(document.querySelectorAll('img[src*=\"qr.png\"]')).every(i => i.complete && i.naturalWidth > 0);");
    assertThat(loaded).isEqualTo(Boolean.TRUE);
  }
}
