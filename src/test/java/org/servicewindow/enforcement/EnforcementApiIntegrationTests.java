package org.servicewindow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case rules over HTTP: at least two officers, valid party IDs, the discretion standard of the
 * unit's own table, the step order, data scope, and the legal review gate that no API route bypasses.
 */
@IntegrationTest
class EnforcementApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired ApplicationContext context;
  @Autowired JsonMapper json;

  private String call(String user, String path, Object body, int expected) throws Exception {
    return mvc.perform(post(path).header("Authorization", bearer(accounts.token(user)))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
        .andExpect(status().is(expected))
        .andReturn().getResponse().getContentAsString();
  }

  private Map<String, Object> caseRequest(EnforcementFixture f, List<Officer> officers, PartyType type, String id) {
    return Map.ofEntries(Map.entry("unitCode", EnforcementFixture.UNIT), Map.entry("kind", "PENALTY"),
        Map.entry("title", "占道经营 " + EnforcementFixture.unique()), Map.entry("partyType", type.name()),
        Map.entry("partyName", "王建华"), Map.entry("partyIdNumber", id), Map.entry("facts", "在人行道摆摊经营。"),
        Map.entry("legalBasis", "《城市市容和环境卫生管理条例》第三十六条"),
        Map.entry("discretionId", f.discretion().id().toString()),
        Map.entry("officerIds", officers.stream().map(o -> o.id().toString()).toList()));
  }

  @Test
  void filingNeedsTwoCertifiedOfficersOfTheUnit() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    Officer one = f.officer(null);
    String person = EnforcementFixture.residentId("19850612");
    String refused = call("officer1", "/api/v1/enforcement/cases", caseRequest(f, List.of(one), PartyType.PERSON, person), 422);
    assertThat(refused).contains("2");
    Officer same = one;
    call("officer1", "/api/v1/enforcement/cases", caseRequest(f, List.of(one, same), PartyType.PERSON, person), 422);
    String filed = call("officer1", "/api/v1/enforcement/cases",
        caseRequest(f, List.of(one, f.officer(null)), PartyType.PERSON, person), 201);
    assertThat(filed).contains("\"step\":\"FILED\"").contains("\"recordLength\":1").contains("BJCGZFJ-");
  }

  @Test
  void partyIdsAreCheckedByTheirCheckDigits() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    List<Officer> two = f.twoOfficers();
    String valid = EnforcementFixture.residentId("19900101");
    char wrong = valid.charAt(17) == '1' ? '2' : '1';
    String badCheck = valid.substring(0, 17) + wrong;
    String body = call("officer1", "/api/v1/enforcement/cases", caseRequest(f, two, PartyType.PERSON, badCheck), 422);
    assertThat(body).contains("校验码");
    String code = EnforcementFixture.creditCode();
    call("officer1", "/api/v1/enforcement/cases", caseRequest(f, two, PartyType.COMPANY, valid), 422);
    call("officer1", "/api/v1/enforcement/cases", caseRequest(f, two, PartyType.COMPANY, code), 201);
  }

  @Test
  void anotherUnitsDiscretionStandardIsRefused() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    Discretion foreign = f.publication.discretionTable(EnforcementFixture.OTHER_UNIT).get(0);
    NewCase n = f.newCase(CaseKind.PENALTY, f.twoOfficers());
    NewCase withForeign = new NewCase(n.unitCode(), n.kind(), n.title(), n.partyType(), n.partyName(),
        n.partyIdNumber(), null, null, n.facts(), n.legalBasis(), foreign.id(), n.officerIds());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.enforcement.file(f.officer, withForeign))
        .isInstanceOf(org.servicewindow.common.BusinessRuleException.class)
        .hasFieldOrPropertyWithValue("messageKey", "enf.case.discretion.invalid");
  }

  @Test
  void anotherUnitsCaseDoesNotExistForItsOfficers() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase c = f.filed(CaseKind.PENALTY);
    mvc.perform(get("/api/v1/enforcement/cases/" + c.id()).header("Authorization", bearer(accounts.token("officer3"))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/enforcement/cases/" + c.id()).header("Authorization", bearer(accounts.token("officer2"))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.caseNumber").value(c.caseNumber()));
    call("officer3", "/api/v1/enforcement/cases/" + c.id() + "/advance", Map.of("note", "x"), 404);
  }

  @Test
  void stepsFollowTheirOrder() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase c = f.filed(CaseKind.PENALTY);
    String path = "/api/v1/enforcement/cases/" + c.id();
    call("officer1", path + "/decision", Map.of(), 409);
    call("officer1", path + "/advance", Map.of("note", "调查"), 200);
    call("officer1", path + "/advance", Map.of("note", "告知"), 422); // no proposed decision yet
    call("officer1", path + "/proposal", Map.of("text", "罚款 300 元", "penaltyAmount", 300), 200);
    call("officer1", path + "/advance", Map.of("note", "告知"), 200);
    String decisionStep = call("officer1", path + "/advance", Map.of("note", "未申辩"), 200);
    assertThat(decisionStep).contains("\"step\":\"DECISION\"").contains("\"major\":false");
    call("officer1", path + "/proposal", Map.of("text", "改为罚款 90000 元", "penaltyAmount", 90000), 409);
    String decided = call("officer1", path + "/decision", Map.of(), 200);
    assertThat(decided).contains("\"step\":\"SERVICE\"").contains("-JD");
  }

  @Test
  void aMajorDecisionCannotBeIssuedBeforeLegalReviewPasses() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    accounts.createUser("rev-officer-" + EnforcementFixture.unique(), "Xk9#mQ2v!Lp7zR", EnforcementFixture.UNIT, null, null,
        Role.LEGAL_REVIEWER);
    EnforcementCase c = f.atNotification(CaseKind.PENALTY, new BigDecimal("80000"));
    String path = "/api/v1/enforcement/cases/" + c.id();
    // From notification a major case can only go to legal review.
    String toReview = call("officer1", path + "/advance", Map.of("note", "未申辩"), 200);
    assertThat(toReview).contains("\"step\":\"LEGAL_REVIEW\"").contains("\"reviewStatus\":\"PENDING\"")
        .contains("amount");
    // Every other route is closed: decide, advance, revise the proposal (to make it look minor).
    call("officer1", path + "/decision", Map.of(), 409);
    call("officer1", path + "/advance", Map.of("note", "跳过"), 409);
    call("officer1", path + "/proposal", Map.of("text", "改为罚款 100 元", "penaltyAmount", 100), 409);
    // Officers and admins are not reviewers; a reviewer needs an opinion.
    call("officer1", path + "/review", Map.of("passed", true, "opinion", "自己审自己"), 403);
    call("enfadmin", path + "/review", Map.of("passed", true, "opinion", "管理员"), 403);
    call("reviewer", path + "/review", Map.of("passed", true, "opinion", ""), 400);
    // Reject sends it back to investigation; the decision still cannot be issued.
    String rejected = call("reviewer", path + "/review", Map.of("passed", false, "opinion", "证据不足，补充调查。"), 200);
    assertThat(rejected).contains("\"step\":\"INVESTIGATION\"").contains("\"reviewStatus\":\"REJECTED\"");
    call("officer1", path + "/decision", Map.of(), 409);
    call("officer1", path + "/advance", Map.of("note", "补充后再告知"), 200);
    call("officer1", path + "/advance", Map.of("note", "仍为重大"), 200);
    call("officer1", path + "/decision", Map.of(), 409);
    String passed = call("reviewer", path + "/review", Map.of("passed", true, "opinion", "事实清楚，程序合法。"), 200);
    assertThat(passed).contains("\"step\":\"DECISION\"").contains("\"reviewStatus\":\"PASSED\"");
    String decided = call("officer1", path + "/decision", Map.of(), 200);
    assertThat(decided).contains("\"step\":\"SERVICE\"");
    String record = mvc.perform(get(path + "/record").header("Authorization", bearer(accounts.token("officer1"))))
        .andReturn().getResponse().getContentAsString();
    assertThat(record).contains("法制审核不通过").contains("法制审核通过").contains("事实清楚，程序合法。");
  }

  @Test
  void aReviewerWhoIsAnOfficerOfTheCaseMayNotReviewIt() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    String username = "rev-own-" + EnforcementFixture.unique();
    accounts.createUser(username, "Xk9#mQ2v!Lp7zR", EnforcementFixture.UNIT, null, null, Role.LEGAL_REVIEWER);
    Officer reviewerAsOfficer = f.officer(username);
    EnforcementCase c = f.enforcement.file(f.officer, f.newCase(CaseKind.PENALTY, List.of(reviewerAsOfficer, f.officer(null))));
    f.enforcement.advance(f.officer, c.id(), "调查", false);
    f.enforcement.propose(f.officer, c.id(), new Proposal("吊销许可证", null, true, false));
    f.enforcement.advance(f.officer, c.id(), "告知", false);
    f.enforcement.advance(f.officer, c.id(), "听证", true);
    String body = call(username, "/api/v1/enforcement/cases/" + c.id() + "/review",
        Map.of("passed", true, "opinion", "同意"), 422);
    assertThat(body).contains("不得审核本案");
  }

  @Test
  void aHearingOrAComplexCaseMakesADecisionMajor() {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase heard = f.atNotification(CaseKind.PENALTY, new BigDecimal("100"));
    assertThat(f.enforcement.advance(f.officer, heard.id(), "听证", true).step()).isEqualTo(CaseStep.LEGAL_REVIEW);
    EnforcementCase complex = f.filed(CaseKind.COERCION);
    f.enforcement.advance(f.officer, complex.id(), "调查", false);
    f.enforcement.propose(f.officer, complex.id(), new Proposal("查封场所", null, false, true));
    f.enforcement.advance(f.officer, complex.id(), "告知", false);
    EnforcementCase review = f.enforcement.advance(f.officer, complex.id(), "无申辩", false);
    assertThat(review.step()).isEqualTo(CaseStep.LEGAL_REVIEW);
    assertThat(f.enforcement.majorReasons(review)).containsExactly("complex");
  }
}
