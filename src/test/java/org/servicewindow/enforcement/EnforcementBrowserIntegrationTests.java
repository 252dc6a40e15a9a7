package org.servicewindow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.servicewindow.BrowserSupport;
import org.servicewindow.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Enforcement in Chromium: an officer moves a case on from its page and sees the timeline grow; the
 * verifier shows an intact record, then — after an UPDATE issued directly in SQL — the first broken link;
 * a citizen searches the published decisions and sees masked personal data. No script errors. Screenshots
 * go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class EnforcementBrowserIntegrationTests {

  static ChromeDriver browser;

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

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

  /** A major penalty with a photo, legal review, decision and publication: a full timeline. */
  private EnforcementCase richCase(EnforcementFixture f) {
    EnforcementCase c = f.filed(CaseKind.PENALTY);
    f.enforcement.advance(f.officer, c.id(), "指派马超、高洁调查取证。", false);
    f.enforcement.addDocument(f.officer, c.id(), "现场检查笔录", "上午 10 时在当事人店铺门前人行道检查，发现其占道堆放货物约 20 平方米。");
    f.enforcement.attach(f.officer, c.id(), "现场照片.jpg", "image/jpeg", "现场照片",
        new ByteArrayInputStream("照片".getBytes(StandardCharsets.UTF_8)));
    f.enforcement.propose(f.officer, c.id(), new org.servicewindow.enforcement.Proposal(
        "责令立即改正，并处罚款人民币 60000 元。", new BigDecimal("60000"), false, false));
    f.enforcement.advance(f.officer, c.id(), "送达行政处罚事先告知书。", false);
    f.enforcement.advance(f.officer, c.id(), "当事人未提出陈述申辩。", false);
    f.enforcement.review(f.reviewer, c.id(), true, "事实清楚，证据确凿，程序合法，裁量适当。");
    f.enforcement.decide(f.officer, c.id());
    f.publication.publish(f.admin, f.publication.ofCase(c.id()).orElseThrow().id());
    return c;
  }

  @Test
  void anOfficerWorksACaseAndTheVerifierFindsTampering() {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase fresh = f.filed(CaseKind.PENALTY);
    // A demo case that went through legal review, decision and publication (the screenshots show it),
    // or one made here where the demo data is not loaded.
    EnforcementCase c = jdbc.sql("""
            SELECT id FROM enf_case WHERE unit_code = 'BJCGZFJ' AND step = 'CLOSED' AND review_status = 'PASSED'
            ORDER BY record_length DESC, case_number LIMIT 1
            """).query(java.util.UUID.class).optional()
        .map(id -> f.enforcement.get(f.officer, id)).orElseGet(() -> richCase(f));
    signIn("officer1");

    open("/enforcement/cases/" + fresh.id());
    assertThat(browser.findElements(By.cssSelector(".enf-timeline li"))).hasSize(1);
    browser.findElement(By.cssSelector("form[action$='/advance'] button[type=submit]")).click();
    waitFor(By.cssSelector(".alert-success"));
    assertThat(browser.findElements(By.cssSelector(".enf-timeline li"))).hasSize(2);
    assertThat(browser.findElement(By.cssSelector(".enf-steps li.current")).getText()).contains("调查取证");

    open("/enforcement/cases/" + c.id());
    assertThat(browser.findElement(By.cssSelector(".enf-timeline")).getText()).contains("法制审核通过", "决定已公示");
    tall(() -> BrowserSupport.screenshot(browser, "enforcement-case-timeline"));
    assertThat(BrowserSupport.consoleErrors(browser)).isEmpty();

    browser.findElement(By.linkText("校验全过程记录")).click();
    assertThat(waitFor(By.cssSelector(".enf-verdict")).getText()).contains("记录完整，未被篡改");
    BrowserSupport.screenshot(browser, "enforcement-verifier-intact");

    jdbc.sql("UPDATE enf_record SET content = '上午 10 时检查，未发现问题。' WHERE case_id = :id AND seq = 3")
        .param("id", c.id()).update();
    browser.navigate().refresh();
    assertThat(waitFor(By.cssSelector(".enf-verdict.enf-broken")).getText())
        .contains("第 3 条起链条断裂", "记录内容被改动");
    BrowserSupport.screenshot(browser, "enforcement-verifier-broken");
    assertThat(BrowserSupport.consoleErrors(browser)).isEmpty();
  }

  @Test
  void aCitizenSearchesPublishedDecisionsWithPersonalDataMasked() {
    EnforcementFixture f = new EnforcementFixture(context);
    String id = EnforcementFixture.residentId("19820704");
    NewCase base = f.newCase(CaseKind.PENALTY, f.twoOfficers());
    EnforcementCase c = f.enforcement.file(f.officer, new NewCase(base.unitCode(), base.kind(), "占道经营（测试）",
        PartyType.PERSON, "赵国庆", id, "13700001111", null, "当事人赵国庆（电话 13700001111）占道经营。",
        base.legalBasis(), base.discretionId(), base.officerIds()));
    f.enforcement.advance(f.officer, c.id(), "调查", false);
    f.enforcement.propose(f.officer, c.id(), new Proposal("罚款 100 元。", new BigDecimal("100"), false, false));
    f.enforcement.advance(f.officer, c.id(), "告知", false);
    f.enforcement.advance(f.officer, c.id(), "无申辩", false);
    f.enforcement.decide(f.officer, c.id());
    f.publication.publish(f.admin, f.publication.ofCase(c.id()).orElseThrow().id());

    browser.manage().deleteAllCookies();
    open("/");
    browser.findElement(By.cssSelector("a.tile[href='/public/enforcement']")).click();
    waitFor(By.cssSelector("#results table"));
    List<WebElement> rows = browser.findElements(By.cssSelector("#results tbody tr"));
    assertThat(rows).isNotEmpty();
    String table = browser.findElement(By.id("results")).getText();
    assertThat(table).contains("赵**").contains(id.substring(0, 6) + "********" + id.substring(14)).doesNotContain(id);
    BrowserSupport.screenshot(browser, "enforcement-public-decisions");
    assertThat(BrowserSupport.consoleErrors(browser)).isEmpty();

    open("/public/enforcement/units/" + EnforcementFixture.UNIT);
    assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("市城管执法局");
    BrowserSupport.screenshot(browser, "enforcement-public-unit");

    browser.manage().window().setSize(BrowserSupport.PHONE);
    try {
      open("/public/enforcement");
      waitFor(By.cssSelector("#results table"));
      assertThat(BrowserSupport.overflowsHorizontally(browser)).isFalse();
      BrowserSupport.screenshot(browser, "enforcement-public-decisions-phone");
    } finally {
      browser.manage().window().setSize(BrowserSupport.DESKTOP);
    }
    assertThat(f.publication.publishingUnits()).isNotEmpty();
  }

  @Test
  void reviewersPublishersAndInspectorsEachHaveTheirList() {
    signIn("reviewer");
    open("/enforcement/reviews");
    assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("法制审核");
    assertThat(browser.findElements(By.cssSelector("table.data tbody tr"))).isNotEmpty();
    BrowserSupport.screenshot(browser, "enforcement-reviews");

    signIn("enfadmin");
    open("/enforcement/publications?filter=published");
    assertThat(browser.findElements(By.cssSelector("table.data tbody tr"))).isNotEmpty();
    BrowserSupport.screenshot(browser, "enforcement-publications");

    signIn("inspector");
    open("/enforcement/supervision");
    assertThat(browser.findElement(By.cssSelector("table.data")).getText()).containsAnyOf("逾期未公示", "逾期公示");
    BrowserSupport.screenshot(browser, "enforcement-supervision");
    assertThat(BrowserSupport.consoleErrors(browser)).isEmpty();
  }

  private void tall(Runnable shot) {
    Object height = browser.executeScript("return document.documentElement.scrollHeight;");
    browser.manage().window().setSize(new Dimension(1366, Math.min(3000, ((Number) height).intValue())));
    try {
      shot.run();
    } finally {
      browser.manage().window().setSize(BrowserSupport.DESKTOP);
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

  private static WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
  }
}
