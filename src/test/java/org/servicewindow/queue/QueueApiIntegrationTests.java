package org.servicewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.servicewindow.TestSupport.bearer;
import static org.servicewindow.TestSupport.fromNewAddress;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.organization.internal.AbsenceAdministration;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The queue contract of api.md, driven as kiosks, caller pads, staff and citizens drive it. */
@IntegrationTest
class QueueApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired ApplicationContext context;

  @Autowired org.servicewindow.TestClock clock;

  QueueFixture fixture;

  @BeforeEach
  void fixture() {
    fixture = new QueueFixture(context);
  }

  @org.junit.jupiter.api.AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aTicketGoesFromKioskToWindowToCompletionAndShowsOnTheBoard() throws Exception {
    HallSetup hall = fixture.hall(2, "社保卡补办", "公积金提取");
    String kiosk = fixture.kioskToken(hall.hall());

    JsonNode issued = body(issue(hall.hall(), kiosk, "{\"serviceCode\":\"" + hall.services().get(0) + "\",\"channel\":\"KIOSK\",\"priority\":\"NORMAL\"}")
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", startsWith("http")))
        .andExpect(jsonPath("$.number").value("A001"))
        .andExpect(jsonPath("$.hallCode").value(hall.hall()))
        .andExpect(jsonPath("$.serviceCode").value(hall.services().get(0)))
        .andExpect(jsonPath("$.status").value("WAITING"))
        .andExpect(jsonPath("$.ahead").value(0))
        .andExpect(jsonPath("$.estimatedWaitMinutes").isNumber())
        .andExpect(jsonPath("$.statusUrl").isNotEmpty()));
    assertThat(OffsetDateTime.parse(issued.get("issuedAt").asString()).getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    String id = issued.get("id").asString();

    mvc.perform(get("/api/v1/tickets/{id}", id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("WAITING"))
        .andExpect(jsonPath("$.windowCode").isEmpty());

    String staff = fixture.token(hall.staff(2));
    mvc.perform(post("/api/v1/windows/{w}/call-next", hall.window(2)).header("Authorization", bearer(staff)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(id))
        .andExpect(jsonPath("$.status").value("CALLED"))
        .andExpect(jsonPath("$.windowCode").value(hall.window(2)));
    mvc.perform(get("/api/v1/halls/{h}/board", hall.hall()))
        .andExpect(jsonPath("$.calls[0].number").value("A001"))
        .andExpect(jsonPath("$.calls[0].windowCode").value(hall.window(2)))
        .andExpect(jsonPath("$.calls[0].windowName").value("2号窗口"));
    mvc.perform(post("/api/v1/tickets/{id}/start", id).header("Authorization", bearer(staff)))
        .andExpect(jsonPath("$.status").value("SERVING"));
    mvc.perform(post("/api/v1/tickets/{id}/complete", id).header("Authorization", bearer(staff)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("COMPLETED"))
        .andExpect(jsonPath("$.evaluationToken").isNotEmpty())
        .andExpect(jsonPath("$.evaluationUrl").isNotEmpty());
    mvc.perform(post("/api/v1/windows/{w}/call-next", hall.window(2)).header("Authorization", bearer(staff)))
        .andExpect(status().isNoContent());
  }

  @Test
  void numbersAreGaplessPerServiceAndEachServiceHasItsPrefix() throws Exception {
    HallSetup hall = fixture.hall(1, "不动产登记", "户口迁移");
    String kiosk = fixture.kioskToken(hall.hall());
    for (String expected : new String[] {"A001", "A002", "A003"}) {
      issue(hall.hall(), kiosk, service(hall, 0)).andExpect(jsonPath("$.number").value(expected));
    }
    issue(hall.hall(), kiosk, service(hall, 1)).andExpect(jsonPath("$.number").value("B001"));
    issue(hall.hall(), kiosk, service(hall, 0)).andExpect(jsonPath("$.number").value("A004"))
        .andExpect(jsonPath("$.ahead").value(3));
    mvc.perform(get("/api/v1/halls/{h}/services", hall.hall()))
        .andExpect(jsonPath("$[0].prefix").value("A"))
        .andExpect(jsonPath("$[0].waiting").value(4))
        .andExpect(jsonPath("$[1].waiting").value(1));
  }

  @Test
  void greenChannelTicketsGoFirstButNormalOnesStillMoveAfterTheCap() throws Exception {
    HallSetup hall = fixture.hall(1, "综合受理");
    String kiosk = fixture.kioskToken(hall.hall());
    issue(hall.hall(), kiosk, service(hall, 0));                                // A001 normal
    for (int i = 0; i < 4; i++) {
      issue(hall.hall(), kiosk, "{\"serviceCode\":\"" + hall.services().get(0)
          + "\",\"priority\":\"GREEN_CHANNEL\",\"greenReason\":\"ELDERLY\"}");    // A002..A005 green
    }
    String staff = fixture.token(hall.staff(1));
    // cap 3: three green ones, then the waiting normal one, then the last green one
    for (String expected : new String[] {"A002", "A003", "A004", "A001", "A005"}) {
      String id = body(callNext(hall.window(1), staff).andExpect(jsonPath("$.number").value(expected))).get("id").asString();
      mvc.perform(post("/api/v1/tickets/{id}/complete", id).header("Authorization", bearer(staff))).andExpect(status().isOk());
    }
  }

  @Test
  void aTransitionTheStatusDoesNotAllowIsAConflict() throws Exception {
    HallSetup hall = fixture.hall(1, "综合受理");
    String kiosk = fixture.kioskToken(hall.hall());
    String staff = fixture.token(hall.staff(1));
    String waiting = body(issue(hall.hall(), kiosk, service(hall, 0))).get("id").asString();
    mvc.perform(post("/api/v1/tickets/{id}/start", waiting).header("Authorization", bearer(staff)))
        .andExpect(status().isConflict());

    callNext(hall.window(1), staff).andExpect(status().isOk());
    mvc.perform(post("/api/v1/tickets/{id}/complete", waiting).header("Authorization", bearer(staff)))
        .andExpect(status().isOk());
    mvc.perform(post("/api/v1/tickets/{id}/complete", waiting).header("Authorization", bearer(staff)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("号票 A001 当前为“已办结”，不能进行此操作。"));
    mvc.perform(post("/api/v1/tickets/{id}/cancel", waiting)).andExpect(status().isConflict());
  }

  @Test
  void callingAgainBeforeTheCurrentTicketIsFinishedIsAConflict() throws Exception {
    HallSetup hall = fixture.hall(1, "综合受理");
    String kiosk = fixture.kioskToken(hall.hall());
    String staff = fixture.token(hall.staff(1));
    issue(hall.hall(), kiosk, service(hall, 0));
    issue(hall.hall(), kiosk, service(hall, 0));
    callNext(hall.window(1), staff).andExpect(status().isOk());
    callNext(hall.window(1), staff).andExpect(status().isConflict());
  }

  /** With nobody waiting, "call next" is answered without the window's lock, but with the same refusals. */
  @Test
  void anEmptyLineStillRefusesABusyOrPausedWindow() throws Exception {
    HallSetup hall = fixture.hall(2, "综合受理");
    String staff = fixture.token(hall.staff(1));
    String id = body(issue(hall.hall(), fixture.kioskToken(hall.hall()), service(hall, 0))).get("id").asString();
    callNext(hall.window(1), staff).andExpect(status().isOk());
    callNext(hall.window(1), staff).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("A001")));
    mvc.perform(post("/api/v1/tickets/{id}/complete", id).header("Authorization", bearer(staff)))
        .andExpect(status().isOk());
    callNext(hall.window(1), staff).andExpect(status().isNoContent());
    mvc.perform(post("/api/v1/windows/{w}/pause", hall.window(1)).header("Authorization", bearer(staff))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"午休\"}"))
        .andExpect(status().isNoContent());
    callNext(hall.window(1), staff).andExpect(status().isConflict());
    callNext(hall.window(1), fixture.token(hall.staff(2))).andExpect(status().isForbidden());
  }

  @Test
  void unknownHallServiceWindowAndTicketAreNotFound() throws Exception {
    HallSetup hall = fixture.hall(1, "综合受理");
    String kiosk = fixture.kioskToken(hall.hall());
    issue("NOSUCHHALL", kiosk, service(hall, 0)).andExpect(status().isNotFound());
    issue(hall.hall(), kiosk, "{\"serviceCode\":\"NOSUCHSERVICE\"}").andExpect(status().isNotFound());
    callNext("NOSUCHWINDOW", fixture.token(hall.staff(1))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/tickets/{id}", java.util.UUID.randomUUID())).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/halls/NOSUCHHALL/services")).andExpect(status().isNotFound());
  }

  @Test
  void onlyTheRightWindowAndTheRightHallMayAct() throws Exception {
    HallSetup hall = fixture.hall(2, "综合受理");
    HallSetup other = fixture.hall(1, "综合受理");
    issue(hall.hall(), fixture.kioskToken(other.hall()), service(hall, 0)).andExpect(status().isForbidden());
    issue(hall.hall(), fixture.token(other.staff(1)), service(hall, 0)).andExpect(status().isForbidden());

    String id = body(issue(hall.hall(), fixture.kioskToken(hall.hall()), service(hall, 0))).get("id").asString();
    callNext(hall.window(1), fixture.token(hall.staff(2))).andExpect(status().isForbidden());
    callNext(hall.window(1), fixture.token(other.staff(1))).andExpect(status().isForbidden());
    callNext(hall.window(1), fixture.kioskToken(hall.hall())).andExpect(status().isForbidden());

    String caller = fixture.callerToken(hall.hall(), hall.window(1));
    callNext(hall.window(1), caller).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
    mvc.perform(post("/api/v1/tickets/{id}/complete", id).header("Authorization", bearer(fixture.token(hall.staff(2)))))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/tickets/{id}/complete", id).header("Authorization", bearer(caller)))
        .andExpect(status().isOk());
    callNext(hall.window(1), null).andExpect(status().isUnauthorized());
  }

  @Test
  void citizensTakeTicketsOnlineWhereTheHallAllowsWithinLimits() throws Exception {
    HallSetup online = fixture.hall(1, "综合受理");
    HallSetup offline = fixture.hall(1, false, "综合受理");
    var address = fromNewAddress();
    String phone = "139" + String.format("%08d", System.nanoTime() % 100_000_000);
    for (int i = 0; i < 3; i++) {
      mvc.perform(post("/api/v1/halls/{h}/tickets", online.hall()).with(address).contentType(MediaType.APPLICATION_JSON)
              .content("{\"serviceCode\":\"" + online.services().get(0) + "\",\"channel\":\"WEB\",\"phone\":\"" + phone + "\"}"))
          .andExpect(status().isCreated());
    }
    mvc.perform(post("/api/v1/halls/{h}/tickets", online.hall()).with(address).contentType(MediaType.APPLICATION_JSON)
            .content("{\"serviceCode\":\"" + online.services().get(0) + "\",\"channel\":\"WEB\",\"phone\":\"" + phone + "\"}"))
        .andExpect(status().isTooManyRequests());
    mvc.perform(post("/api/v1/halls/{h}/tickets", online.hall()).with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"serviceCode\":\"" + online.services().get(0) + "\",\"priority\":\"GREEN_CHANNEL\",\"greenReason\":\"ELDERLY\"}"))
        .andExpect(status().isUnprocessableContent());
    mvc.perform(post("/api/v1/halls/{h}/tickets", offline.hall()).with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"serviceCode\":\"" + offline.services().get(0) + "\",\"channel\":\"WEB\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/halls/{h}/tickets", online.hall()).with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"serviceCode\":\"\",\"phone\":\"12345\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='serviceCode')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='phone')]").exists());
  }

  @Test
  void aCitizenWhoDoesNotComeIsSkippedAfterTheRecallsAndCanBeRequeued() throws Exception {
    HallSetup hall = fixture.hall(1, "综合受理");
    String staff = fixture.token(hall.staff(1));
    String id = body(issue(hall.hall(), fixture.kioskToken(hall.hall()), service(hall, 0))).get("id").asString();
    callNext(hall.window(1), staff);
    mvc.perform(post("/api/v1/tickets/{id}/recall", id).header("Authorization", bearer(staff))).andExpect(jsonPath("$.status").value("CALLED"));
    mvc.perform(post("/api/v1/tickets/{id}/recall", id).header("Authorization", bearer(staff))).andExpect(jsonPath("$.status").value("CALLED"));
    mvc.perform(post("/api/v1/tickets/{id}/recall", id).header("Authorization", bearer(staff))).andExpect(jsonPath("$.status").value("NO_SHOW"));
    callNext(hall.window(1), staff).andExpect(status().isNoContent());

    mvc.perform(post("/api/v1/tickets/{id}/requeue", id).header("Authorization", bearer(staff)))
        .andExpect(jsonPath("$.status").value("WAITING"));
    callNext(hall.window(1), staff).andExpect(jsonPath("$.id").value(id));
    mvc.perform(post("/api/v1/tickets/{id}/no-show", id).header("Authorization", bearer(staff)))
        .andExpect(jsonPath("$.status").value("NO_SHOW"));
  }

  @Test
  void aTransferKeepsTheNumberAndThePlaceInTime() throws Exception {
    HallSetup hall = fixture.hall(2, "咨询", "社保业务");
    String kiosk = fixture.kioskToken(hall.hall());
    String first = body(issue(hall.hall(), kiosk, service(hall, 0))).get("id").asString();   // A001 at 咨询
    issue(hall.hall(), kiosk, service(hall, 1));                                               // B001, later
    String staff1 = fixture.token(hall.staff(1));
    callNext(hall.window(1), staff1).andExpect(jsonPath("$.id").value(first));

    JsonNode moved = body(mvc.perform(post("/api/v1/tickets/{id}/transfer", first).header("Authorization", bearer(staff1))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"serviceCode\":\"" + hall.services().get(1) + "\",\"note\":\"材料齐全，转社保\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.number").value("A001"))
        .andExpect(jsonPath("$.serviceCode").value(hall.services().get(1)))
        .andExpect(jsonPath("$.status").value("WAITING"))
        .andExpect(jsonPath("$.ahead").value(0)));
    mvc.perform(get("/api/v1/tickets/{id}", first)).andExpect(jsonPath("$.status").value("TRANSFERRED"));

    callNext(hall.window(2), fixture.token(hall.staff(2))).andExpect(jsonPath("$.id").value(moved.get("id").asString()));
  }

  @Test
  void aWindowStandsInForItsAbsentPartnersServices() throws Exception {
    HallSetup hall = fixture.hall(2, "社保业务", "医保业务");
    var orgAdmin = context.getBean(org.servicewindow.organization.internal.WindowAdministration.class);
    orgAdmin.assignServices(hall.window(1), java.util.List.of(hall.services().get(0)));
    orgAdmin.assignServices(hall.window(2), java.util.List.of(hall.services().get(1)));
    var posts = context.getBean(org.servicewindow.organization.internal.BackupPostAdministration.class);
    var staffRepo = context.getBean(org.servicewindow.organization.OrganizationApi.class);
    var a = staffRepo.staffOfUser(hall.staff(1)).orElseThrow();
    var b = staffRepo.staffOfUser(hall.staff(2)).orElseThrow();
    posts.create(fixture.actor("sysadmin"), new org.servicewindow.organization.internal.BackupPostAdministration.PostDetails(
        "社保岗", hall.window(1), a.id(), b.id(), java.util.List.of()));
    var now = clock.instant();
    context.getBean(AbsenceAdministration.class).record(fixture.actor("sysadmin"),
        new AbsenceAdministration.AbsenceDetails(a.id(), org.servicewindow.organization.AbsenceKind.LEAVE,
            now.plusSeconds(60), now.plusSeconds(7200), "事假", "社保业务由 B 岗办理，材料在左侧柜"));
    clock.advance(java.time.Duration.ofMinutes(2));

    String id = body(issue(hall.hall(), fixture.kioskToken(hall.hall()), service(hall, 0))).get("id").asString();
    callNext(hall.window(2), fixture.token(hall.staff(2))).andExpect(jsonPath("$.id").value(id));
  }

  @Test
  void aCitizenCancelsAndAPausedWindowDoesNotCall() throws Exception {
    HallSetup hall = fixture.hall(1, "综合受理");
    String id = body(issue(hall.hall(), fixture.kioskToken(hall.hall()), service(hall, 0))).get("id").asString();
    String staff = fixture.token(hall.staff(1));
    mvc.perform(post("/api/v1/windows/{w}/pause", hall.window(1)).header("Authorization", bearer(staff))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"午休\"}"))
        .andExpect(status().isNoContent());
    callNext(hall.window(1), staff).andExpect(status().isConflict());
    mvc.perform(post("/api/v1/windows/{w}/resume", hall.window(1)).header("Authorization", bearer(staff)))
        .andExpect(status().isNoContent());
    mvc.perform(post("/api/v1/tickets/{id}/cancel", id)).andExpect(jsonPath("$.status").value("CANCELLED"));
    callNext(hall.window(1), staff).andExpect(status().isNoContent());
  }

  @Test
  void windowsOfAHallNeedALoginAndNameTheirStaff() throws Exception {
    HallSetup hall = fixture.hall(2, "综合受理");
    mvc.perform(get("/api/v1/halls/{h}/windows", hall.hall())).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/halls/{h}/windows", hall.hall()).header("Authorization", bearer(fixture.token(hall.staff(1)))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].code").value(hall.window(1)))
        .andExpect(jsonPath("$[0].serviceCodes[0]").value(hall.services().get(0)))
        .andExpect(jsonPath("$[0].staffUsername").value(hall.staff(1)))
        .andExpect(jsonPath("$[0].open").value(true));
    mvc.perform(get("/api/v1/halls")).andExpect(status().isOk()).andExpect(jsonPath("$[0].code").isNotEmpty());
  }

  private String service(HallSetup hall, int index) {
    return "{\"serviceCode\":\"" + hall.services().get(index) + "\",\"channel\":\"KIOSK\"}";
  }

  private ResultActions issue(String hall, String token, String body) throws Exception {
    var request = post("/api/v1/halls/{h}/tickets", hall).contentType(MediaType.APPLICATION_JSON).content(body);
    if (token != null) {
      request.header("Authorization", bearer(token));
    }
    return mvc.perform(request);
  }

  private ResultActions callNext(String window, String token) throws Exception {
    var request = post("/api/v1/windows/{w}/call-next", window);
    if (token != null) {
      request.header("Authorization", bearer(token));
    }
    return mvc.perform(request);
  }

  private JsonNode body(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }
}
