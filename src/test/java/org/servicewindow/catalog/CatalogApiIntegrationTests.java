package org.servicewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** api.md "Catalog" exactly: the paged list, the guide with its fields, 404 problems; and bundles beside. */
@IntegrationTest
class CatalogApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired ApplicationContext context;

  private JsonNode getJson(String path, Object... params) throws Exception {
    var request = get(path);
    for (int i = 0; i < params.length; i += 2) {
      request.param((String) params[i], String.valueOf(params[i + 1]));
    }
    String body = mvc.perform(request).andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    return json.readTree(body);
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new java.util.LinkedHashSet<>();
    node.propertyNames().forEach(names::add);
    return names;
  }

  @Test
  void theListIsPagedWithTheContractsFieldsAndNoLogin() throws Exception {
    JsonNode first = getJson("/api/v1/services", "page", 0, "size", 5);

    assertThat(names(first)).containsExactly("items", "page", "size", "total");
    assertThat(first.get("page").asInt()).isZero();
    assertThat(first.get("size").asInt()).isEqualTo(5);
    assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(190);
    assertThat(first.get("items")).hasSize(5);
    assertThat(names(first.get("items").get(0))).contains("code", "name", "unitCode", "unitName");
    JsonNode second = getJson("/api/v1/services", "page", 1, "size", 5);
    assertThat(second.get("items").get(0).get("code").asString())
        .isNotEqualTo(first.get("items").get(0).get("code").asString());
    assertThat(getJson("/api/v1/services", "size", 100000).get("size").asInt()).isEqualTo(200);
  }

  @Test
  void searchFindsByChineseWordsByPinyinInitialsAndByTheUnitsName() throws Exception {
    JsonNode food = getJson("/api/v1/services", "q", "食品经营许可");
    assertThat(food.get("items").get(0).get("name").asString()).isEqualTo("食品经营许可");
    assertThat(food.get("items").get(0).get("unitName").asString()).isEqualTo("市行政审批服务局");

    assertThat(getJson("/api/v1/services", "q", "spjyxk").get("items").get(0).get("code").asString())
        .isEqualTo(food.get("items").get(0).get("code").asString());
    JsonNode fund = getJson("/api/v1/services", "q", "公积金 提取", "size", 50);
    assertThat(fund.get("total").asInt()).isGreaterThanOrEqualTo(5);
    fund.get("items").forEach(i -> assertThat(i.get("name").asString()).contains("提取"));
    JsonNode police = getJson("/api/v1/services", "q", "市公安局", "size", 50);
    police.get("items").forEach(i -> assertThat(i.get("unitCode").asString()).isEqualTo("BJGAJ"));
    assertThat(getJson("/api/v1/services", "q", "没有这种事项").get("total").asInt()).isZero();
  }

  @Test
  void itemsAreFilteredByUnitAndByTheHallWhoseWindowsHandleThem() throws Exception {
    JsonNode fund = getJson("/api/v1/services", "unit", "BJGJJ", "size", 200);
    assertThat(fund.get("total").asInt()).isGreaterThanOrEqualTo(10);
    fund.get("items").forEach(i -> assertThat(i.get("unitCode").asString()).isEqualTo("BJGJJ"));

    JsonNode taxHall = getJson("/api/v1/services", "hall", "BJSWDT", "size", 200);
    assertThat(taxHall.get("total").asInt()).isGreaterThanOrEqualTo(10);
    taxHall.get("items").forEach(i -> assertThat(i.get("unitCode").asString()).isEqualTo("BJSWJ"));
    JsonNode centre = getJson("/api/v1/services", "hall", "BJZWFW", "q", "护照");
    assertThat(centre.get("items").get(0).get("name").asString()).isEqualTo("普通护照签发");
    assertThat(getJson("/api/v1/services", "hall", "NOSUCHHALL").get("total").asInt()).isZero();
  }

  @Test
  void aGuideHasExactlyTheContractsFieldsAndMore() throws Exception {
    JsonNode guide = getJson("/api/v1/services/XZSPJ-001");

    assertThat(names(guide)).contains("code", "name", "unitCode", "unitName", "type", "legalBasis", "conditions",
        "materials", "steps", "fee", "feeBasis", "legalLimitDays", "promisedLimitDays", "visits", "online", "place",
        "hours", "consultPhone", "complaintPhone", "version");
    assertThat(guide.get("name").asString()).isEqualTo("食品经营许可");
    assertThat(guide.get("type").asString()).isEqualTo("LICENSING");
    assertThat(guide.get("fee").asString()).isEqualTo("不收费");
    assertThat(guide.get("legalLimitDays").isInt()).isTrue();
    assertThat(guide.get("promisedLimitDays").asInt()).isLessThanOrEqualTo(guide.get("legalLimitDays").asInt());
    assertThat(guide.get("online").isBoolean()).isTrue();
    assertThat(guide.get("version").asInt()).isEqualTo(2);
    JsonNode material = guide.get("materials").get(0);
    assertThat(names(material)).contains("code", "name", "required", "original", "copies", "note");
    assertThat(material.get("required").isBoolean()).isTrue();
    assertThat(material.get("copies").isInt()).isTrue();
    assertThat(material.get("blankFormUrl").asString()).contains("/guides/files/");
    assertThat(guide.get("steps").get(0).has("name")).isTrue();
  }

  @Test
  void anUnknownServiceIsAProblemDocument() throws Exception {
    mvc.perform(get("/api/v1/services/NO-SUCH-ITEM"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.title").isNotEmpty())
        .andExpect(jsonPath("$.detail", Matchers.containsString("NO-SUCH-ITEM")));
    mvc.perform(get("/api/v1/services/NO-SUCH-ITEM").header("Accept-Language", "en"))
        .andExpect(jsonPath("$.detail").value("Service item NO-SUCH-ITEM does not exist or is not published."));
  }

  @Test
  void aBundleMergesItsItemsMaterialsAndQuestions() throws Exception {
    JsonNode list = getJson("/api/v1/bundles");
    assertThat(list.get("total").asInt()).isGreaterThanOrEqualTo(4);

    JsonNode restaurant = getJson("/api/v1/bundles/KBCYD");
    assertThat(restaurant.get("items")).hasSizeGreaterThanOrEqualTo(3);
    List<String> codes = restaurant.get("checklist").valueStream()
        .map(m -> m.get("material").get("code").asString()).toList();
    assertThat(codes).doesNotHaveDuplicates().contains("BIZ-LICENCE", "LEGAL-REP-ID");
    JsonNode licence = restaurant.get("checklist").valueStream()
        .filter(m -> m.get("material").get("code").asString().equals("BIZ-LICENCE")).findFirst().orElseThrow();
    assertThat(licence.get("neededFor")).hasSizeGreaterThanOrEqualTo(3);
    List<String> keys = restaurant.get("form").valueStream().map(f -> f.get("field").get("key").asString()).toList();
    assertThat(keys).doesNotHaveDuplicates().contains("companyName", "phone");

    JsonNode menu = getJson("/api/v1/bundles/KBQY");
    assertThat(menu.get("items")).hasSize(1);
    JsonNode picked = getJson("/api/v1/bundles/KBQY", "items", "SWJ-001");
    assertThat(picked.get("items")).hasSize(2);
  }

  @Test
  void anyPublishedItemsAreMergedOnRequestAndAnUnknownOneIsNamed() throws Exception {
    CatalogFixture fixture = new CatalogFixture(context);
    String a = fixture.published(CatalogFixture.guide("甲", List.of(Guides.material("ID-CARD", true, false, 1,
        org.servicewindow.catalog.Medium.PAPER)), List.of(Guides.field("phone", FieldType.PHONE, false))));
    String b = fixture.published(CatalogFixture.guide("乙", List.of(Guides.material("ID-CARD", true, true, 2,
        org.servicewindow.catalog.Medium.PAPER)), List.of(Guides.field("phone", FieldType.PHONE, true))));

    JsonNode merged = json.readTree(mvc.perform(get("/api/v1/checklists").param("items", a, b))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(merged.get("checklist")).hasSize(1);
    JsonNode id = merged.get("checklist").get(0).get("material");
    assertThat(Map.of("original", id.get("original").asBoolean(), "copies", id.get("copies").asInt()))
        .isEqualTo(Map.of("original", true, "copies", 2));
    assertThat(merged.get("form").get(0).get("field").get("required").asBoolean()).isTrue();

    mvc.perform(get("/api/v1/checklists").param("items", a, "NOPE-1"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail", Matchers.containsString("NOPE-1")));
  }
}
