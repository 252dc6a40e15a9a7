package org.servicewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.TestSupport.bearer;
import static org.servicewindow.casework.CaseworkPagesIntegrationTests.flashKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.casework.CaseworkFixture.Office;
import org.servicewindow.catalog.LifeEvent;
import org.servicewindow.catalog.internal.BundleAdministration;
import org.servicewindow.catalog.internal.BundleKind;
import org.servicewindow.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * One-matter bundles at the window, through the pages: a fixed bundle and a menu bundle offered to the
 * window that may receive their items, the merged checklist and form, one application per item linked as
 * one matter, the matter page with the merged list of what is missing, one notice per application issued
 * at one go, and the combined notice that groups them. Another unit's staff never see the matter.
 */
@IntegrationTest
class CaseworkMatterIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired BundleAdministration bundles;
  @Autowired CaseworkMatters matters;

  CaseworkFixture fixture;
  Office office;
  Actor staff;
  String second;
  String fixed;
  String menu;

  @BeforeEach
  void office() {
    fixture = new CaseworkFixture(context);
    office = fixture.officeWithForm();
    staff = fixture.actor(office.staff1());
    second = fixture.anotherService(office);
    Actor sysadmin = fixture.actor("sysadmin");
    fixed = "F" + office.service();
    menu = "M" + office.service();
    bundles.create(sysadmin, new BundleAdministration.BundleDetails(fixed, "开店一件事" + office.service(), BundleKind.FIXED,
        "测试用一件事", LifeEvent.BUSINESS_START, List.of(office.service(), second), List.of()));
    bundles.create(sysadmin, new BundleAdministration.BundleDetails(menu, "点餐一件事" + office.service(), BundleKind.MENU,
        "测试用点餐式", LifeEvent.BUSINESS_START, List.of(office.service()), List.of(second)));
  }

  @Test
  void aFixedBundleIsReceivedAsOneApplicationPerItemAndTheMatterGroupsTheirNotices() throws Exception {
    mvc.perform(get("/casework/intake/matter").with(as(staff)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("开店一件事" + office.service())))
        .andExpect(content().string(Matchers.containsString("点餐一件事" + office.service())));
    // the merged checklist names the shared ID card once, for both items; the merged form asks the shop's name
    String page = mvc.perform(get("/casework/intake/matter").param("bundle", fixed).with(as(staff)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("合并材料清单（4 项）")))
        .andExpect(content().string(Matchers.containsString("店铺名称")))
        .andReturn().getResponse().getContentAsString();
    assertThat(page.split("name=\"state.ID-CARD\" value=\"RECEIVED\"", -1)).hasSize(2);

    // a defective document without a reason: the form comes back with what was typed
    mvc.perform(intake(fixed, List.of(), "DEFECTIVE", "").with(as(staff)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("冯十一")))
        .andExpect(content().string(Matchers.containsString("alert-error")));
    assertThat(count("冯十一")).isZero();

    String location = mvc.perform(intake(fixed, List.of(), "DEFECTIVE", "复印件未加盖公章").with(as(staff)).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flashKey("casework.matter.received"))
        .andReturn().getResponse().getRedirectedUrl();
    UUID matter = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    var view = matters.view(matter, staff);
    assertThat(view.name()).isEqualTo("开店一件事" + office.service());
    assertThat(view.applications()).extracting(a -> a.serviceCode()).containsExactly(office.service(), second);
    assertThat(view.applications()).allSatisfy(a -> assertThat(a.matterId()).isEqualTo(matter));
    // the ID card is defective for both items, the floor plan missing for the second only: listed once each
    assertThat(view.outstanding()).extracting(CaseworkMatters.Outstanding::code).containsExactly("ID-CARD", "FLOOR-PLAN");
    assertThat(view.outstanding().get(0).serviceNames()).hasSize(2);
    assertThat(view.outstanding().get(0).state()).isEqualTo(MaterialState.DEFECTIVE);

    mvc.perform(get(location).with(as(staff)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(view.applications().get(0).number())))
        .andExpect(content().string(Matchers.containsString(view.applications().get(1).number())))
        .andExpect(content().string(Matchers.containsString("为 2 个事项出具一次性告知书")));
    // the application page links to its matter
    mvc.perform(get("/casework/applications/{id}", view.applications().get(0).id()).with(as(staff)))
        .andExpect(content().string(Matchers.containsString("/casework/matters/" + matter)));

    // another unit's staff: the matter does not exist for them; a leader may read but not act
    Actor stranger = fixture.actor(new CaseworkFixture(context).office().staff1());
    mvc.perform(get(location).with(as(stranger))).andExpect(status().isNotFound());
    mvc.perform(post(location + "/supplement-notices").with(as(stranger)).with(csrf())).andExpect(status().isNotFound());
    mvc.perform(post(location + "/supplement-notices").with(as(fixture.actor("leader"))).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get(location + "/supplement-notice").with(as(staff))).andExpect(status().isNotFound());

    mvc.perform(post(location + "/supplement-notices").with(as(staff)).with(csrf()))
        .andExpect(flashKey("casework.matter.noticesIssued"));
    mvc.perform(post(location + "/supplement-notices").with(as(staff)).with(csrf()))
        .andExpect(flashKey("casework.matter.nothingToNotify"));
    view = matters.view(matter, staff);
    assertThat(view.notices()).hasSize(2);
    // each application keeps its own numbered notice listing exactly its own outstanding documents
    assertThat(view.notices().get(0).notice().items()).extracting(i -> i.materialCode()).containsExactly("ID-CARD");
    assertThat(view.notices().get(1).notice().items()).extracting(i -> i.materialCode())
        .containsExactly("ID-CARD", "FLOOR-PLAN");
    assertThat(view.notices().get(0).notice().number()).isNotEqualTo(view.notices().get(1).notice().number());
    assertThat(view.applications()).allSatisfy(a -> assertThat(a.status()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUIRED));

    String combined = mvc.perform(get(location + "/supplement-notice").with(as(staff)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(view.notices().get(0).notice().number())))
        .andExpect(content().string(Matchers.containsString(view.notices().get(1).notice().number())))
        .andExpect(content().string(Matchers.containsString("复印件未加盖公章")))
        .andReturn().getResponse().getContentAsString();
    assertThat(combined.split("<td>身份证</td>", -1)).hasSize(2); // the shared document once
    mvc.perform(get(location + "/supplement-notice").with(as(fixture.actor("inspector")))).andExpect(status().isOk());
  }

  @Test
  void aMenuBundleTakesItsMandatoryItemsAndThePickedOnesAndNothingElse() throws Exception {
    // only the mandatory item: one item is no matter
    mvc.perform(get("/casework/intake/matter").param("bundle", menu).with(as(staff)))
        .andExpect(content().string(Matchers.containsString("name=\"item\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("合并材料清单"))));
    mvc.perform(get("/casework/intake/matter").param("bundle", menu).param("item", second).with(as(staff)))
        .andExpect(content().string(Matchers.containsString("合并材料清单（4 项）")));
    mvc.perform(intake(menu, List.of(second), "RECEIVED", "").with(as(staff)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(count("冯十一")).isEqualTo(2);

    // through the API: items that are not the bundle's selection are refused
    String token = fixture.token(office.staff1());
    matterApi(token, "{\"bundleCode\":\"" + fixed + "\",\"serviceCodes\":[\"" + office.service() + "\",\"" + office.service()
        + "X\"],\"applicant\":{\"name\":\"郑二\",\"phone\":\"13991700011\"}}").andExpect(status().isBadRequest());
    matterApi(token, "{\"bundleCode\":\"" + menu + "\",\"serviceCodes\":[\"" + office.service() + "\",\"" + second
        + "\"],\"applicant\":{\"name\":\"郑二\",\"phone\":\"13991700011\"},\"materials\":[\"ID-CARD\"],"
        + "\"defective\":{\"ID-CARD\":\"证件已超过有效期\"}}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.applications[0].missing[*].code", Matchers.contains("APPLICATION-FORM", "ID-CARD")));
    // picked one by one (点餐式) without a bundle
    mvc.perform(intake(MatterPagesControllerChoice.PICK, List.of(office.service(), second), "RECEIVED", "")
            .with(as(staff)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(count("冯十一")).isEqualTo(4);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM application_matter WHERE bundle_code IS NULL AND received_by = :u")
        .param("u", office.staff1()).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void aBundleWhoseItemsTheWindowMayNotReceiveIsNotOffered() throws Exception {
    Office other = new CaseworkFixture(context).office();
    mvc.perform(get("/casework/intake/matter").with(as(fixture.actor(other.staff1()))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("开店一件事" + office.service()))));
    mvc.perform(intake(fixed, List.of(), "RECEIVED", "").with(as(fixture.actor(other.staff1()))).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("alert-error")));
    mvc.perform(get("/casework/intake/matter").with(as(fixture.actor("inspector")))).andExpect(status().isForbidden());
  }

  /** The bundle intake form: application form handed in, the ID card in the given state, the rest missing. */
  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder intake(String bundle,
      List<String> items, String idCardState, String reason) {
    var request = post("/casework/intake/matter").param("bundle", bundle)
        .param("name", "冯十一").param("phone", "13991700012").param("idNumber", "")
        .param("state.APPLICATION-FORM", "RECEIVED").param("state.ID-CARD", idCardState)
        .param("reason.ID-CARD", reason).param("state.LEASE", "MISSING").param("state.FLOOR-PLAN", "MISSING");
    items.forEach(i -> request.param("item", i));
    return request;
  }

  private ResultActions matterApi(String token, String body) throws Exception {
    return mvc.perform(post("/api/v1/applications/matters").header("Authorization", bearer(token))
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private int count(String applicant) {
    return jdbc.sql("SELECT COUNT(*) FROM application WHERE applicant_name = :n AND unit_code = :u")
        .param("n", applicant).param("u", office.unit()).query(Integer.class).single();
  }

  /** The page's choice "picked one by one", as the form sends it. */
  private static final class MatterPagesControllerChoice {
    static final String PICK = "-";
  }
}
