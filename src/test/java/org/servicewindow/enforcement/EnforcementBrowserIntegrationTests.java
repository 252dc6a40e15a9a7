package org.servicewindow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void startBrowser() {
    assumeTrue(BrowserSupport.available(), "Chromium is not installed; CI installs it");
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
    browser.signIn("officer1");

    browser.open("/enforcement/cases/" + fresh.id());
    assertThat(browser.findElements(By.cssSelector(".enf-timeline li"))).hasSize(1);
    browser.findElement(By.cssSelector("form[action$='/advance'] button[type=submit]")).click();
    browser.waitFor(By.cssSelector(".alert-success"));
    assertThat(browser.findElements(By.cssSelector(".enf-timeline li"))).hasSize(2);
    assertThat(browser.findElement(By.cssSelector(".enf-steps li.current")).getText()).contains("调查取证");

    browser.open("/enforcement/cases/" + c.id());
    assertThat(browser.findElement(By.cssSelector(".enf-timeline")).getText()).contains("法制审核通过", "决定已公示");
    browser.screenshotWholePage("enforcement-case-timeline", 3000);
    assertThat(browser.consoleErrors()).isEmpty();

    browser.findElement(By.linkText("校验全过程记录")).click();
    assertThat(browser.waitFor(By.cssSelector(".enf-verdict")).getText()).contains("记录完整，未被篡改");
    browser.screenshot("enforcement-verifier-intact");

    jdbc.sql("UPDATE enf_record SET content = '上午 10 时检查，未发现问题。' WHERE case_id = :id AND seq = 3")
        .param("id", c.id()).update();
    browser.navigate().refresh();
    assertThat(browser.waitFor(By.cssSelector(".enf-verdict.enf-broken")).getText())
        .contains("第 3 条起链条断裂", "记录内容被改动");
    browser.screenshot("enforcement-verifier-broken");
    assertThat(browser.consoleErrors()).isEmpty();
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
    browser.open("/");
    browser.findElement(By.cssSelector("a.tile[href='/public/enforcement']")).click();
    browser.waitFor(By.cssSelector("#results table"));
    List<WebElement> rows = browser.findElements(By.cssSelector("#results tbody tr"));
    assertThat(rows).isNotEmpty();
    String table = browser.findElement(By.id("results")).getText();
    assertThat(table).contains("赵**").contains(id.substring(0, 6) + "********" + id.substring(14)).doesNotContain(id);
    browser.screenshot("enforcement-public-decisions");
    assertThat(browser.consoleErrors()).isEmpty();

    browser.open("/public/enforcement/units/" + EnforcementFixture.UNIT);
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("市城管执法局");
    browser.screenshot("enforcement-public-unit");

    browser.manage().window().setSize(BrowserSupport.PHONE);
    try {
      browser.open("/public/enforcement");
      browser.waitFor(By.cssSelector("#results table"));
      assertThat(browser.overflowsHorizontally()).isFalse();
      browser.screenshot("enforcement-public-decisions-phone");
    } finally {
      browser.manage().window().setSize(BrowserSupport.DESKTOP);
    }
    assertThat(f.publication.publishingUnits()).isNotEmpty();
  }

  @Test
  void reviewersPublishersAndInspectorsEachHaveTheirList() {
    browser.signIn("reviewer");
    browser.open("/enforcement/reviews");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("法制审核");
    assertThat(browser.findElements(By.cssSelector("table.data tbody tr"))).isNotEmpty();
    browser.screenshot("enforcement-reviews");

    browser.signIn("enfadmin");
    browser.open("/enforcement/publications?filter=published");
    assertThat(browser.findElements(By.cssSelector("table.data tbody tr"))).isNotEmpty();
    browser.screenshot("enforcement-publications");

    browser.signIn("inspector");
    browser.open("/enforcement/supervision");
    assertThat(browser.findElement(By.cssSelector("table.data")).getText()).containsAnyOf("逾期未公示", "逾期公示");
    browser.screenshot("enforcement-supervision");
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
