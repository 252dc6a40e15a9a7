package org.servicewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.catalog.internal.GuideStatus;
import org.servicewindow.catalog.internal.GuideVersion;
import org.servicewindow.catalog.internal.GuideVersions;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.Flash;
import org.servicewindow.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The guide screens through HTTP: a unit admin writes, someone else publishes; published versions never
 * change; diff; mistakes shown on the form; data scope denied and granted; files; everything audited.
 */
@IntegrationTest
@RecordApplicationEvents
class CatalogAdminIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired ApplicationContext context;
  @Autowired Catalog catalog;
  @Autowired GuideVersions versions;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  /** The flash message of a post/redirect/get has this key. */
  private static org.springframework.test.web.servlet.ResultMatcher flashKey(String key) {
    return result -> assertThat(result.getFlashMap().get(Flash.ATTRIBUTE))
        .isInstanceOfSatisfying(Flash.class, f -> assertThat(f.key()).isEqualTo(key));
  }

  /** Replaces a parameter of a prepared request. */
  private static org.springframework.test.web.servlet.request.RequestPostProcessor replacing(String name, String value) {
    return request -> {
      request.setParameter(name, value);
      return request;
    };
  }

  private Actor unitAdmin() {
    return accounts.actor("unitadmin");
  }

  private Actor sysadmin() {
    return accounts.actor("sysadmin");
  }

  /** A complete guide as the draft editor posts it, with an empty row the editor leaves alone. */
  private static MockHttpServletRequestBuilder completeDraft(String code, String action, int promised) {
    return post("/admin/catalog/items/" + code + "/draft").with(csrf()).param("action", action)
        .param("name", "小餐饮经营许可").param("type", "LICENSING").param("audience", "ENTERPRISE")
        .param("resultName", "小餐饮经营许可证").param("lifeEvents", "BUSINESS_START", "BUSINESS_OPERATION")
        .param("legalBasis", "《中华人民共和国食品安全法》").param("conditions", "已取得营业执照；经营场所符合要求。")
        .param("materials[0].code", "ID-CARD").param("materials[0].name", "经营者居民身份证")
        .param("materials[0].original", "true").param("materials[0].copies", "1").param("materials[0].medium", "PAPER")
        .param("materials[0].required", "true")
        .param("materials[1].code", "LEASE").param("materials[1].name", "房屋租赁合同")
        .param("materials[1].original", "false").param("materials[1].copies", "1").param("materials[1].medium", "PAPER")
        .param("materials[1].required", "false").param("materials[1].condition", "经营场所为租赁的")
        .param("materials[2].code", "").param("materials[2].name", "").param("materials[2].original", "true")
        .param("materials[2].copies", "1").param("materials[2].medium", "PAPER").param("materials[2].required", "true")
        .param("steps[0].name", "受理").param("steps[0].description", "窗口受理").param("steps[0].counted", "true")
        .param("steps[1].name", "现场核查").param("steps[1].description", "核查经营场所").param("steps[1].counted", "false")
        .param("legalLimitDays", "20").param("promisedLimitDays", String.valueOf(promised)).param("visits", "1")
        .param("online", "true").param("place", "宝鸡市政务服务中心 1楼 A区").param("hours", "工作日 9:00–17:00")
        .param("consultPhone", "0917-3261555").param("complaintPhone", "0917-3263678")
        .param("formFields[0].key", "idNumber").param("formFields[0].label", "公民身份号码")
        .param("formFields[0].type", "ID_NUMBER").param("formFields[0].required", "true")
        .param("formFields[1].key", "scale").param("formFields[1].label", "经营规模").param("formFields[1].type", "SELECT")
        .param("formFields[1].required", "false").param("formFields[1].options", "小型\n中型")
        .param("changeNote", "首版");
  }

  private String newItem(Actor actor) throws Exception {
    String code = new CatalogFixture(context).code("NEW");
    mvc.perform(post("/admin/catalog/items").with(as(actor)).with(csrf()).param("code", code)
            .param("unitCode", "BJXZSPJ").param("name", "小餐饮经营许可").param("type", "LICENSING")
            .param("audience", "ENTERPRISE"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/catalog/items/" + code + "/draft"));
    return code;
  }

  @Test
  void aUnitAdminWritesAGuideAndTheOperatorPublishesIt() throws Exception {
    String code = newItem(unitAdmin());

    mvc.perform(completeDraft(code, "submit", 5).with(as(unitAdmin())))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/catalog/items/" + code));
    mvc.perform(get("/api/v1/services/" + code)).andExpect(status().isNotFound());

    mvc.perform(post("/admin/catalog/items/" + code + "/draft/approve").with(as(unitAdmin())).with(csrf()))
        .andExpect(status().isFound())
        .andExpect(flashKey("catalog.guide.fourEyes"));
    assertThat(catalog.currentVersion(code)).isEmpty();

    mvc.perform(post("/admin/catalog/items/" + code + "/draft/approve").with(as(sysadmin())).with(csrf()))
        .andExpect(status().isFound());
    assertThat(catalog.currentVersion(code)).hasValue(1);
    ServiceGuide guide = catalog.guide(code).orElseThrow();
    assertThat(guide.content().materials()).extracting(RequiredMaterial::code).containsExactly("ID-CARD", "LEASE");
    assertThat(guide.content().steps()).extracting(ProcedureStep::countsTowardLimit).containsExactly(true, false);
    assertThat(guide.content().formFields().get(1).options()).containsExactly("小型", "中型");
    assertThat(guide.content().lifeEvents()).containsExactly(LifeEvent.BUSINESS_START, LifeEvent.BUSINESS_OPERATION);
    mvc.perform(get("/api/v1/services/" + code))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.promisedLimitDays").value(5))
        .andExpect(jsonPath("$.fee").value("不收费"))
        .andExpect(jsonPath("$.materials[1].required").value(false));
    assertThat(events.stream(GuidePublished.class)).extracting(GuidePublished::code, GuidePublished::version)
        .contains(org.assertj.core.groups.Tuple.tuple(code, 1));
    assertThat(jdbc.sql("SELECT action FROM audit_log WHERE target_id IN (:ids) ORDER BY id")
            .param("ids", List.of(code, code + "/1")).query(String.class).list())
        .containsSubsequence("catalog.item.created", "catalog.guide.saved", "catalog.guide.submitted",
            "catalog.guide.published");
  }

  @Test
  void aPublishedVersionNeverChangesARevisionIsANewVersionAndTheDiffShowsWhatChanged() throws Exception {
    CatalogFixture fixture = new CatalogFixture(context);
    String code = fixture.published(CatalogFixture.guide("测试许可", List.of(Guides.material("ID-CARD", true, true, 1,
        Medium.PAPER)), List.of()));

    mvc.perform(post("/admin/catalog/items/" + code + "/draft").with(as(unitAdmin())).with(csrf())
            .param("name", "改名").param("type", "LICENSING").param("audience", "PERSON"))
        .andExpect(redirectedUrl("/admin/catalog/items/" + code))
        .andExpect(flashKey("catalog.guide.noWorkingCopy"));
    GuideVersion v1 = versions.find(code, 1).orElseThrow();
    assertThatThrownBy(() -> versions.updateDraft(v1)).isInstanceOf(ConflictException.class);

    mvc.perform(post("/admin/catalog/items/" + code + "/drafts").with(as(unitAdmin())).with(csrf()))
        .andExpect(redirectedUrl("/admin/catalog/items/" + code + "/draft"));
    mvc.perform(post("/admin/catalog/items/" + code + "/drafts").with(as(unitAdmin())).with(csrf()))
        .andExpect(flashKey("catalog.guide.workingExists"));
    mvc.perform(completeDraft(code, "save", 3).with(as(unitAdmin())))
        .andExpect(redirectedUrl("/admin/catalog/items/" + code + "/draft"));
    assertThat(catalog.guide(code).orElseThrow().content().promisedLimitDays()).as("still v1 for citizens").isEqualTo(5);
    assertThat(catalog.guide(code).orElseThrow().name()).isEqualTo("测试许可");

    mvc.perform(post("/admin/catalog/items/" + code + "/draft/submit").with(as(unitAdmin())).with(csrf()));
    mvc.perform(post("/admin/catalog/items/" + code + "/draft/approve").with(as(sysadmin())).with(csrf()));

    assertThat(catalog.currentVersion(code)).hasValue(2);
    assertThat(catalog.find(code).orElseThrow().promisedLimitDays()).isEqualTo(3);
    assertThat(catalog.guide(code, 1).orElseThrow().content().promisedLimitDays()).isEqualTo(5);
    assertThat(catalog.guide(code, 1).orElseThrow().name()).isEqualTo("测试许可");
    assertThat(versions.find(code, 1).orElseThrow().status()).isEqualTo(GuideStatus.SUPERSEDED);
    mvc.perform(get("/admin/catalog/items/" + code + "/diff").param("from", "1").param("to", "2").with(as(unitAdmin())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("承诺办结时限")))
        .andExpect(content().string(Matchers.containsString("测试许可")))
        .andExpect(content().string(Matchers.containsString("小餐饮经营许可")))
        .andExpect(content().string(Matchers.containsString("LEASE 房屋租赁合同")));
    mvc.perform(get("/admin/catalog/items/" + code).with(as(unitAdmin())))
        .andExpect(content().string(Matchers.containsString("已停用")))
        .andExpect(content().string(Matchers.containsString("已发布 v2")));
  }

  @Test
  void aDraftWithMistakesComesBackWithWhatWasTypedAndEachMistakeNamed() throws Exception {
    String code = newItem(unitAdmin());

    mvc.perform(completeDraft(code, "save", 30).with(as(unitAdmin())).with(replacing("materials[0].code", "id card"))
            .with(replacing("consultPhone", "电话")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("承诺时限（30 个工作日）不能超过法定时限（20 个工作日）")))
        .andExpect(content().string(Matchers.containsString("材料 1 · 材料编码：材料编码须为")))
        .andExpect(content().string(Matchers.containsString("咨询电话：电话号码格式不正确")))
        .andExpect(content().string(Matchers.containsString("value=\"id card\"")))
        .andExpect(content().string(Matchers.containsString("value=\"经营者居民身份证\"")))
        .andExpect(content().string(Matchers.containsString("value=\"30\"")));

    mvc.perform(completeDraft(code, "save", 5).with(as(unitAdmin())).with(replacing("legalLimitDays", "二十")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("法定办结时限：格式不正确")))
        .andExpect(content().string(Matchers.containsString("value=\"二十\"")))
        .andExpect(content().string(Matchers.containsString("value=\"经营者居民身份证\"")));
    assertThat(versions.find(code, 1).orElseThrow().content().materials()).as("nothing saved").isEmpty();
  }

  @Test
  void aNewItemWithAnUnknownChoiceOrABadCodeComesBackAsTyped() throws Exception {
    mvc.perform(post("/admin/catalog/items").with(as(unitAdmin())).with(csrf()).param("code", "xzspj 1")
            .param("unitCode", "BJXZSPJ").param("name", "新事项").param("type", "NOPE").param("audience", "PERSON"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("事项类型：格式不正确")))
        .andExpect(content().string(Matchers.containsString("value=\"新事项\"")));
    mvc.perform(post("/admin/catalog/items").with(as(unitAdmin())).with(csrf()).param("code", "xzspj 1")
            .param("unitCode", "BJXZSPJ").param("name", "新事项").param("type", "LICENSING").param("audience", "PERSON"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("事项编码须为 2–32 位大写字母")))
        .andExpect(content().string(Matchers.containsString("value=\"xzspj 1\"")));
  }

  @Test
  void anIncompleteDraftIsNotSubmittedAndTheEditorIsToldWhatIsMissing() throws Exception {
    String code = newItem(unitAdmin());

    mvc.perform(post("/admin/catalog/items/" + code + "/draft/submit").with(as(unitAdmin())).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("设定依据：不能为空")))
        .andExpect(content().string(Matchers.containsString("请至少列出一项申请材料")));
    assertThat(versions.find(code, 1).orElseThrow().status()).isEqualTo(GuideStatus.DRAFT);
  }

  @Test
  void aSecondAdminOfTheSameUnitMayPublishAndAReturnNeedsAReason() throws Exception {
    String code = newItem(unitAdmin());
    mvc.perform(completeDraft(code, "submit", 5).with(as(unitAdmin())));
    Actor colleague = new CatalogFixture(context).unitAdminOf("BJXZSPJ");

    mvc.perform(post("/admin/catalog/items/" + code + "/draft/return").with(as(colleague)).with(csrf()))
        .andExpect(flashKey("catalog.guide.commentRequired"));
    mvc.perform(post("/admin/catalog/items/" + code + "/draft/return").with(as(colleague)).with(csrf())
        .param("comment", "请补充营业执照"));
    mvc.perform(get("/admin/catalog/items/" + code).with(as(unitAdmin())))
        .andExpect(content().string(Matchers.containsString("请补充营业执照")));
    assertThat(versions.find(code, 1).orElseThrow().status()).isEqualTo(GuideStatus.DRAFT);

    mvc.perform(post("/admin/catalog/items/" + code + "/draft/submit").with(as(unitAdmin())).with(csrf()));
    mvc.perform(post("/admin/catalog/items/" + code + "/draft/approve").with(as(colleague)).with(csrf()));
    assertThat(catalog.currentVersion(code)).hasValue(1);
    assertThat(versions.find(code, 1).orElseThrow().reviewedBy()).isEqualTo(colleague.username());
  }

  @Test
  void aUnitAdminSeesAndWritesOnlyTheirUnitsItemsAnotherUnitsAdminTheirs() throws Exception {
    mvc.perform(get("/admin/catalog/items/GAJ-001").with(as(unitAdmin()))).andExpect(status().isNotFound());
    mvc.perform(post("/admin/catalog/items/GAJ-001/drafts").with(as(unitAdmin())).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/admin/catalog/items").param("q", "GAJ-001").with(as(unitAdmin())))
        .andExpect(content().string(Matchers.containsString("共 0 条")));
    mvc.perform(get("/admin/catalog/items").param("q", "XZSPJ-001").with(as(unitAdmin())))
        .andExpect(content().string(Matchers.containsString("共 1 条")));
    mvc.perform(post("/admin/catalog/items").with(as(unitAdmin())).with(csrf()).param("code", "GAJ-" + UUID.randomUUID()
            .toString().substring(0, 6).toUpperCase()).param("unitCode", "BJGAJ").param("name", "越权事项")
            .param("type", "LICENSING").param("audience", "PERSON"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("您只能为本单位创建事项")))
        .andExpect(content().string(Matchers.containsString("value=\"越权事项\"")));

    Actor police = new CatalogFixture(context).unitAdminOf("BJGAJ");
    mvc.perform(get("/admin/catalog/items/GAJ-001").with(as(police))).andExpect(status().isOk());
    mvc.perform(get("/admin/catalog/items/XZSPJ-001").with(as(police))).andExpect(status().isNotFound());
  }

  @Test
  void inspectorsAndLeadersReadWithoutWritingAndHallManagersDoNotEditGuides() throws Exception {
    mvc.perform(get("/admin/catalog/items/XZSPJ-001").with(as(accounts.actor("inspector"))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("/drafts"))));
    mvc.perform(post("/admin/catalog/items/XZSPJ-001/drafts").with(as(accounts.actor("inspector"))).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/catalog/items").with(as(accounts.actor("leader")))).andExpect(status().isOk());
    mvc.perform(get("/admin/catalog/items").with(as(accounts.actor("hallmanager")))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/catalog/items/XZSPJ-007/draft").with(as(accounts.actor("inspector"))))
        .andExpect(redirectedUrl("/admin/catalog/items/XZSPJ-007"));
    assertThat(catalog.currentVersion("XZSPJ-001")).isPresent();
  }

  @Test
  void aBlankFormIsCheckedStoredWithTheDraftAndPublicOnlyOncePublished() throws Exception {
    String code = newItem(unitAdmin());
    mvc.perform(completeDraft(code, "save", 5).with(as(unitAdmin())));
    byte[] pdf = "%PDF-1.4\n% blank form\n".getBytes(StandardCharsets.US_ASCII);

    mvc.perform(multipart("/admin/catalog/items/" + code + "/draft/files").file(new MockMultipartFile("file",
            "<script>.html", "application/pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
            .param("material", "ID-CARD").param("kind", "BLANK_FORM").with(as(unitAdmin())).with(csrf()))
        .andExpect(flashKey("catalog.file.type"));
    mvc.perform(multipart("/admin/catalog/items/" + code + "/draft/files").file(new MockMultipartFile("file",
            "申请书.pdf", "application/pdf", pdf)).param("material", "ID-CARD").param("kind", "BLANK_FORM")
            .with(as(unitAdmin())).with(csrf()))
        .andExpect(flashKey("catalog.file.attached"));
    UUID file = versions.find(code, 1).orElseThrow().content().material("ID-CARD").orElseThrow().blankForm();
    assertThat(file).isNotNull();

    mvc.perform(get("/guides/files/" + file)).andExpect(status().isNotFound());
    mvc.perform(get("/admin/catalog/items/" + code + "/files/" + file).with(as(unitAdmin())))
        .andExpect(status().isOk())
        .andExpect(content().bytes(pdf));

    mvc.perform(post("/admin/catalog/items/" + code + "/draft/submit").with(as(unitAdmin())).with(csrf()));
    mvc.perform(post("/admin/catalog/items/" + code + "/draft/approve").with(as(sysadmin())).with(csrf()));
    mvc.perform(get("/guides/files/" + file))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")))
        .andExpect(content().bytes(pdf));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'catalog.file.attached' AND target_id = :t")
        .param("t", code + "/1").query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void discardingTheOnlyDraftOfANewItemRemovesTheItem() throws Exception {
    String code = newItem(unitAdmin());

    mvc.perform(post("/admin/catalog/items/" + code + "/draft/discard").with(as(unitAdmin())).with(csrf()))
        .andExpect(redirectedUrl("/admin/catalog/items"));
    mvc.perform(get("/admin/catalog/items/" + code).with(as(unitAdmin()))).andExpect(status().isNotFound());
  }
}
