package org.servicewindow.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.assessment.internal.AssessmentRuns;
import org.servicewindow.assessment.internal.Period;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.queue.DeskAttendance;
import org.servicewindow.queue.QueueFixture;
import org.servicewindow.identity.internal.DeviceKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment JSON API by data scope: a unit admin reads their unit, a hall manager their hall, a staff member
 * only their own score, an inspector everything; a score outside the scope does not exist (404) for the caller.
 */
@IntegrationTest
class AssessmentApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired ApplicationContext context;
  @Autowired TestAccounts accounts;
  @Autowired TestClock clock;
  @Autowired DeskAttendance attendance;
  @Autowired OrganizationApi organization;
  @Autowired AssessmentRuns runs;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void everyReaderGetsTheScoresOfTheirScopeAndNothingElse() throws Exception {
    QueueFixture fixture = new QueueFixture(context);
    QueueFixture.HallSetup a = fixture.hall(2, "接口考核事项");
    QueueFixture.HallSetup b = fixture.hall(1, "接口考核事项");
    String unitA = organization.hall(a.hall()).orElseThrow().unitCode();
    String unitB = organization.hall(b.hall()).orElseThrow().unitCode();
    LocalDate day = ChinaTime.today(clock).plusDays(1);
    Instant nine = day.atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
    clock.advance(Duration.between(clock.instant(), nine));
    // every window signs in, leaves for 20 minutes and comes back: one 空岗 stretch each, so everyone has a score
    List<String[]> desks = List.of(new String[] {a.window(1), a.staff(1)}, new String[] {a.window(2), a.staff(2)},
        new String[] {b.window(1), b.staff(1)});
    desks.forEach(d -> attendance.signIn(d[0], accounts.actor(d[1])));
    clock.advance(Duration.ofMinutes(5));
    desks.forEach(d -> attendance.signOut(d[0], accounts.actor(d[1])));
    clock.advance(Duration.ofMinutes(20));
    desks.forEach(d -> attendance.signIn(d[0], accounts.actor(d[1])));
    Period month = Period.containing(PeriodKind.MONTH, day);
    runs.compute(month);

    String inspector = accounts.token("inspector");
    JsonNode periods = body(get("/api/v1/assessment/periods?kind=MONTH"), inspector, 200);
    String period = null;
    for (JsonNode p : periods) {
      if (p.get("key").asString().equals(month.key())) {
        period = p.get("id").asString();
      }
    }
    assertThat(period).as("the month is listed").isNotNull();
    String scores = "/api/v1/assessment/periods/" + period + "/scores";

    String run = UUID.randomUUID().toString().substring(0, 8);
    accounts.createUser("ua" + run, "Passw0rd!" + run, unitA, null, null, Role.UNIT_ADMIN);
    accounts.createUser("hm" + run, "Passw0rd!" + run, unitB, b.hall(), null, Role.HALL_MANAGER);
    String unitAdmin = accounts.token("ua" + run);
    String hallManager = accounts.token("hm" + run);
    String staff = accounts.token(a.staff(1));

    JsonNode ofUnitA = body(get(scores + "?type=WINDOW&size=200"), unitAdmin, 200);
    assertThat(codes(ofUnitA)).containsExactlyInAnyOrder(a.window(1), a.window(2));
    assertThat(ofUnitA.get("total").asLong()).isEqualTo(2);
    JsonNode ofHallB = body(get(scores + "?type=WINDOW&size=200"), hallManager, 200);
    assertThat(codes(ofHallB)).containsExactly(b.window(1));
    JsonNode own = body(get(scores + "?type=STAFF"), staff, 200);
    assertThat(codes(own)).containsExactly(a.staff(1));
    assertThat(codes(body(get(scores + "?type=WINDOW"), staff, 200))).isEmpty();
    assertThat(codes(body(get(scores + "?type=UNIT&size=200"), inspector, 200))).contains(unitA, unitB);

    // one score with its lines, and the records behind its 空岗 line
    String ownScore = own.get("items").get(0).get("id").asString();
    JsonNode detail = body(get("/api/v1/assessment/scores/" + ownScore), staff, 200);
    String unmannedLine = null;
    for (JsonNode l : detail.get("lines")) {
      if (!l.get("indicator").isNull() && "UNMANNED".equals(l.get("indicator").asString())) {
        unmannedLine = l.get("id").asString();
        assertThat(l.get("records").asLong()).isEqualTo(1);
      }
    }
    assertThat(unmannedLine).isNotNull();
    JsonNode records = body(get("/api/v1/assessment/scores/" + ownScore + "/lines/" + unmannedLine + "/records"), staff,
        200);
    assertThat(records.get("items")).singleElement().satisfies(r -> assertThat(r.get("kind").asString()).isEqualTo("UNMANNED"));

    // outside the scope a score does not exist
    String windowB = ofHallB.get("items").get(0).get("id").asString();
    String staffA2 = null;
    for (JsonNode s : body(get(scores + "?type=STAFF&size=200"), unitAdmin, 200).get("items")) {
      if (s.get("code").asString().equals(a.staff(2))) {
        staffA2 = s.get("id").asString();
      }
    }
    assertThat(staffA2).as("the unit admin sees the unit's staff").isNotNull();
    body(get("/api/v1/assessment/scores/" + windowB), unitAdmin, 404);
    body(get("/api/v1/assessment/scores/" + ofUnitA.get("items").get(0).get("id").asString()), hallManager, 404);
    body(get("/api/v1/assessment/scores/" + staffA2), staff, 404);
    body(get("/api/v1/assessment/scores/" + windowB), inspector, 200);
    body(get("/api/v1/assessment/scores/" + windowB), accounts.token("leader"), 200);

    // 红黑榜 inside the scope
    JsonNode boards = body(get("/api/v1/assessment/periods/" + period + "/rankings?type=WINDOW"), unitAdmin, 200);
    assertThat(codes(boards.get("red"))).isSubsetOf(a.window(1), a.window(2)).isNotEmpty();
    assertThat(codes(boards.get("black"))).isSubsetOf(a.window(1), a.window(2)).isNotEmpty();

    // who may not, and bad input
    mvc.perform(get(scores)).andExpect(status().isUnauthorized());
    String kiosk = accounts.deviceToken(DeviceKind.KIOSK, a.hall(), null);
    mvc.perform(get(scores).header("Authorization", bearer(kiosk))).andExpect(status().isForbidden());
    body(get(scores + "?type=NOTATYPE"), inspector, 400);
    body(get("/api/v1/assessment/periods/" + UUID.randomUUID() + "/scores"), inspector, 404);
  }

  private JsonNode body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token,
      int expected) throws Exception {
    String content = mvc.perform(request.header("Authorization", bearer(token)))
        .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    return content.isEmpty() ? null : json.readTree(content);
  }

  private static List<String> codes(JsonNode node) {
    JsonNode items = node.has("items") ? node.get("items") : node;
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(i.get("code").asString()));
    return out;
  }
}
