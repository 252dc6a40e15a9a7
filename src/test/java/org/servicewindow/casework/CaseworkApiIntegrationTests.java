package org.servicewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.servicewindow.TestSupport.bearer;
import static org.servicewindow.TestSupport.fromNewAddress;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.casework.CaseworkFixture.Office;
import org.servicewindow.common.ChinaTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The applications contract of api.md, driven as the window's software drives it. */
@IntegrationTest
class CaseworkApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired ApplicationContext context;
  @Autowired WorkingDays workingDays;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  CaseworkFixture fixture;
  Office office;
  String staff;

  @BeforeEach
  void office() {
    fixture = new CaseworkFixture(context);
    office = fixture.office();
    staff = fixture.token(office.staff1());
  }

  @Test
  void theScenarioOfApiMdFromMissingMaterialsToTheEvaluationToken() throws Exception {
    JsonNode created = body(create(staff, office.service(), "[\"APPLICATION-FORM\"]")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("RECEIVED"))
        .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.startsWith(
            ChinaTime.today(clock).getYear() + "-" + office.unit() + "-")))
        .andExpect(jsonPath("$.missing.length()").value(1))
        .andExpect(jsonPath("$.missing[0].code").value("ID-CARD"))
        .andExpect(jsonPath("$.missing[0].name").value("身份证")));
    String id = created.get("id").asString();

    mvc.perform(post("/api/v1/applications/{id}/supplement-notice", id).header("Authorization", bearer(staff)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.noticeNumber").value(org.hamcrest.Matchers.startsWith(office.unit() + "-BZ-")))
        .andExpect(jsonPath("$.missing.length()").value(1))
        .andExpect(jsonPath("$.missing[0].code").value("ID-CARD"))
        .andExpect(jsonPath("$.issuedAt").isNotEmpty());
    mvc.perform(get("/api/v1/applications/{id}", id).header("Authorization", bearer(staff)))
        .andExpect(jsonPath("$.status").value("SUPPLEMENT_REQUIRED"));
    // one notice lists everything: nothing new was handed in, so no second notice
    mvc.perform(post("/api/v1/applications/{id}/supplement-notice", id).header("Authorization", bearer(staff)))
        .andExpect(status().isConflict());
    mvc.perform(post("/api/v1/applications/{id}/accept", id).header("Authorization", bearer(staff)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1")));

    mvc.perform(post("/api/v1/applications/{id}/materials", id).header("Authorization", bearer(staff))
            .contentType(MediaType.APPLICATION_JSON).content("{\"materials\":[\"ID-CARD\"]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.missing.length()").value(0));

    LocalDate today = ChinaTime.today(clock);
    mvc.perform(post("/api/v1/applications/{id}/accept", id).header("Authorization", bearer(staff)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACCEPTED"))
        .andExpect(jsonPath("$.acceptedOn").value(today.toString()))
        .andExpect(jsonPath("$.promisedDueDate").value(workingDays.addWorkingDays(today, 5).date().toString()))
        .andExpect(jsonPath("$.legalDueDate").value(workingDays.addWorkingDays(today, 20).date().toString()));

    JsonNode completed = body(mvc.perform(post("/api/v1/applications/{id}/complete", id).header("Authorization", bearer(staff)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("COMPLETED"))
        .andExpect(jsonPath("$.evaluationUrl").isNotEmpty()));
    String token = completed.get("evaluationToken").asString();
    assertThat(token).hasSizeGreaterThan(20);
    // the applicant rates the decided application with it, once (api.md, "Evaluation"); feedback learns
    // of the token from casework's ApplicationCompleted event, after the commit
    String rating = "{\"token\":\"" + token + "\",\"level\":5,\"channel\":\"WEB\"}";
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(post("/api/v1/evaluations")
            .with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON).content(rating))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.negative").value(false)));
    mvc.perform(post("/api/v1/evaluations").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON).content(rating))
        .andExpect(status().isConflict());

    // the applicant is told by SMS, in the business transaction's outbox
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE reference = :r AND channel = 'SMS'")
        .param("r", "application:" + created.get("number").asString()).query(Integer.class).single()).isEqualTo(1);
    // the timeline shows every step, and the notices are kept
    assertThat(jdbc.sql("SELECT type FROM application_event WHERE application_id = :id ORDER BY id")
        .param("id", java.util.UUID.fromString(id)).query(String.class).list())
        .containsExactly("RECEIVED", "SUPPLEMENT_NOTICE", "MATERIALS_RECEIVED", "ACCEPTED", "COMPLETED");
    assertThat(jdbc.sql("SELECT kind FROM application_notice WHERE application_id = :id ORDER BY issued_at, number")
        .param("id", java.util.UUID.fromString(id)).query(String.class).list())
        .containsExactly("SUPPLEMENT", "ACCEPTANCE", "RESULT");
  }

  @Test
  void aBundleBecomesOneApplicationPerItemLinkedAsOneMatter() throws Exception {
    String second = fixture.anotherService(office);
    JsonNode matter = body(mvc.perform(post("/api/v1/applications/matters").header("Authorization", bearer(staff))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"serviceCodes\":[\"" + office.service() + "\",\"" + second + "\"],\"applicant\":{\"name\":\"郑一\","
                + "\"phone\":\"13991700010\"},\"materials\":[\"ID-CARD\",\"APPLICATION-FORM\"]}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.applications.length()").value(2))
        .andExpect(jsonPath("$.applications[0].missing.length()").value(0))
        .andExpect(jsonPath("$.applications[1].missing.length()").value(1))
        .andExpect(jsonPath("$.applications[1].missing[0].code").value("FLOOR-PLAN")));
    String matterId = matter.get("matterId").asString();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM application WHERE matter_id = :m").param("m", java.util.UUID.fromString(matterId))
        .query(Integer.class).single()).isEqualTo(2);
    mvc.perform(post("/api/v1/applications/matters").header("Authorization", bearer(staff))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"serviceCodes\":[\"" + office.service() + "\"],\"applicant\":{\"name\":\"郑一\",\"phone\":\"13991700010\"}}"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void noticesCannotBeChangedOrRemoved() throws Exception {
    String id = body(create(staff, office.service(), "[]")).get("id").asString();
    mvc.perform(post("/api/v1/applications/{id}/supplement-notice", id).header("Authorization", bearer(staff)))
        .andExpect(status().isCreated());
    var appId = java.util.UUID.fromString(id);
    var transactions = context.getBean(org.springframework.transaction.support.TransactionTemplate.class);
    assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> jdbc.sql(
            "UPDATE application_notice SET body = 'changed' WHERE application_id = :id").param("id", appId).update()))
        .isInstanceOf(org.springframework.dao.DataAccessException.class);
    assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> jdbc.sql(
            "DELETE FROM application_notice_item WHERE notice_id IN (SELECT id FROM application_notice WHERE application_id = :id)")
        .param("id", appId).update()))
        .isInstanceOf(org.springframework.dao.DataAccessException.class);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM application_notice_item i JOIN application_notice n ON n.id = i.notice_id"
            + " WHERE n.application_id = :id").param("id", appId).query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void aRefusalNeedsItsBasis() throws Exception {
    String id = body(create(staff, office.service(), "[]")).get("id").asString();
    mvc.perform(post("/api/v1/applications/{id}/reject", id).header("Authorization", bearer(staff))
            .contentType(MediaType.APPLICATION_JSON).content("{\"basis\":\"  \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("basis"));
    mvc.perform(post("/api/v1/applications/{id}/reject", id).header("Authorization", bearer(staff))
            .contentType(MediaType.APPLICATION_JSON).content("{\"basis\":\"不属于本机关职权范围（《行政许可法》第三十二条第一款第二项）\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REJECTED"));
    mvc.perform(post("/api/v1/applications/{id}/accept", id).header("Authorization", bearer(staff)))
        .andExpect(status().isConflict());
  }

  @Test
  void applicantNumbersAreCheckedByTheirCheckDigits() throws Exception {
    mvc.perform(post("/api/v1/applications").header("Authorization", bearer(staff))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"serviceCode\":\"" + office.service() + "\",\"applicant\":{\"name\":\"张三\",\"phone\":\"13800001111\","
                + "\"idNumber\":\"110105194912310021\",\"creditCode\":\"91350100M000100Y44\"},\"materials\":[]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'applicant.idNumber')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'applicant.creditCode')]").exists());
    mvc.perform(post("/api/v1/applications").header("Authorization", bearer(staff))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"serviceCode\":\"" + office.service() + "\",\"applicant\":{\"name\":\"张三\",\"phone\":\"13800001111\","
                + "\"idNumber\":\"11010519491231002x\",\"creditCode\":\"91350100M000100Y43\"},\"materials\":[\"NOPE\"]}"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void otherWindowsAndUnitsDoNotReachTheApplication() throws Exception {
    String id = body(create(staff, office.service(), "[\"APPLICATION-FORM\",\"ID-CARD\"]")).get("id").asString();
    // another window's staff of the same unit: the record looks like it does not exist
    String neighbour = fixture.token(office.staff2());
    mvc.perform(get("/api/v1/applications/{id}", id).header("Authorization", bearer(neighbour)))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/applications/{id}/accept", id).header("Authorization", bearer(neighbour)))
        .andExpect(status().isNotFound());
    // staff of another unit may not receive this unit's item
    Office other = fixture.office();
    create(fixture.token(other.staff1()), office.service(), "[]").andExpect(status().isForbidden());
    // the unit's admin sees it; an inspector reads but may not act
    mvc.perform(get("/api/v1/applications/{id}", id).header("Authorization", bearer(fixture.token(office.unitAdmin()))))
        .andExpect(status().isOk());
    String inspector = fixture.token("inspector");
    mvc.perform(get("/api/v1/applications/{id}", id).header("Authorization", bearer(inspector)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.idNumber").value("610302********123X"));
    mvc.perform(post("/api/v1/applications/{id}/accept", id).header("Authorization", bearer(inspector)))
        .andExpect(status().isForbidden());
    // lists are scoped: the neighbour's list does not show it, the handler's does
    mvc.perform(get("/api/v1/applications?q={n}", body(mvc.perform(get("/api/v1/applications/{id}", id)
            .header("Authorization", bearer(staff)))).get("number").asString()).header("Authorization", bearer(neighbour)))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/applications?page=0&size=5").header("Authorization", bearer(staff)))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].idNumber").value("610302********123X"));
  }

  ResultActions create(String token, String service, String materials) throws Exception {
    return mvc.perform(post("/api/v1/applications").header("Authorization", bearer(token))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"serviceCode\":\"" + service + "\",\"applicant\":{\"name\":\"王小明\",\"phone\":\"13991700001\","
            + "\"idNumber\":\"61030219850612123X\"},\"materials\":" + materials + "}"));
  }

  JsonNode body(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }
}
