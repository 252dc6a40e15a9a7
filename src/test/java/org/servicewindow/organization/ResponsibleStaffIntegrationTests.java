package org.servicewindow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.TestSupport.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.identity.UserDirectory;
import org.servicewindow.identity.internal.DeviceKind;
import org.servicewindow.organization.internal.RosterAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** What other modules ask: who is responsible at a window or for a service, now — A, or B while A is away. */
@IntegrationTest
@RecordApplicationEvents
class ResponsibleStaffIntegrationTests {

  @Autowired OrganizationApi organization;
  @Autowired ApplicationContext context;
  @Autowired RosterAdministration roster;
  @Autowired TestAccounts accounts;
  @Autowired UserDirectory users;
  @Autowired MockMvc mvc;
  @Autowired Clock clock;
  @Autowired ApplicationEvents events;

  @Test
  void whileAIsAwayBIsResponsibleForAsWindowAndAfterwardsAIsAgain() {
    var fixture = new OrganizationFixture(context);
    var unit = fixture.unit("顶岗局");
    var hall = fixture.hall(unit);
    var window = fixture.window(hall, unit, 1);
    var a = fixture.staff(unit, hall, "甲" + fixture.run, window);
    var b = fixture.staff(unit, hall, "乙" + fixture.run);
    fixture.post(window, a, b, "SVC-" + fixture.run);
    LocalDate day = ChinaTime.today(clock).plusDays(5);
    Instant from = day.atTime(8, 0).atZone(ChinaTime.ZONE).toInstant();
    Instant to = day.plusDays(1).atTime(18, 0).atZone(ChinaTime.ZONE).toInstant();
    roster.save(fixture.sysadmin(), hall.code(), day, Map.of(window.code(), a.id()));

    assertThat(organization.responsibleStaffFor(window.code(), from.minusSeconds(60))).map(StaffSummary::name).contains(a.name());

    fixture.absence(a, from, to);

    assertThat(organization.responsibleStaffFor(window.code(), from)).map(StaffSummary::name).contains(b.name());
    assertThat(organization.responsibleStaffFor(window.code(), to.minusSeconds(1))).map(StaffSummary::name).contains(b.name());
    assertThat(organization.responsibleStaffForService(hall.code(), "SVC-" + fixture.run, from.plusSeconds(3600)))
        .map(StaffSummary::name).contains(b.name());
    assertThat(organization.responsibleStaffInPlaceOf(a.staffNumber(), from)).map(StaffSummary::name).contains(b.name());
    assertThat(organization.responsibleStaffFor(window.code(), to)).map(StaffSummary::name).contains(a.name());
    assertThat(organization.responsibleStaffForService(null, "SVC-" + fixture.run, to)).map(StaffSummary::name)
        .contains(a.name());
  }

  @Test
  void anUnknownWindowHasNobodyResponsible() {
    assertThat(organization.responsibleStaffFor("NO-SUCH-WINDOW", clock.instant())).isEmpty();
  }

  @Test
  void servicesAssignedToAWindowAreFoundByServiceAndAnnouncedOnce() {
    var fixture = new OrganizationFixture(context);
    var unit = fixture.unit("事项局");
    var hall = fixture.hall(unit);
    var window = fixture.window(hall, unit, 3);
    String service = "610300-" + fixture.run;

    organization.assignServices(window.code(), List.of(service, "610300-000"));
    organization.assignServices(window.code(), List.of("610300-000", service));

    assertThat(organization.servicesOf(window.code())).containsExactly("610300-000", service);
    assertThat(organization.windowsHandling(hall.code(), service)).extracting(WindowSummary::code).containsExactly(window.code());
    assertThat(organization.windowsHandling(null, service)).hasSize(1);
    assertThat(events.stream(WindowServicesChanged.class).filter(e -> e.windowCode().equals(window.code())))
        .singleElement()
        .satisfies(e -> assertThat(e.serviceCodes()).containsExactly("610300-000", service));
  }

  @Test
  void recordingAnAbsenceIsAnnounced() throws Exception {
    var fixture = new OrganizationFixture(context);
    var member = fixture.staff(fixture.unit("通知局"), null, "周" + fixture.run);
    Instant from = clock.instant().plus(Duration.ofDays(3));

    fixture.absence(member, from, from.plus(Duration.ofHours(8)));

    assertThat(events.stream(AbsenceRecorded.class).filter(e -> e.staffNumber().equals(member.staffNumber())))
        .singleElement()
        .satisfies(e -> assertThat(e.startsAt()).isEqualTo(from));
  }

  @Test
  void theDemoWindowStaffLoginsHaveTheScopeOfTheUnitStaffingTheirWindow() {
    assertThat(users.find("staff01")).hasValueSatisfying(u -> {
      assertThat(u.unitCode()).isEqualTo("BJXZSPJ");
      assertThat(u.hallCode()).isEqualTo("BJZWFW");
      assertThat(u.windowCode()).isEqualTo("BJZWFW-01");
    });
    assertThat(users.find("staff17")).hasValueSatisfying(u -> assertThat(u.unitCode()).isEqualTo("BJSWJ"));
    assertThat(organization.staffOfUser("staff40")).hasValueSatisfying(s ->
        assertThat(s.windowCodes()).containsExactly("BJZWFW-40"));
    assertThat(organization.windowsOf("BJZWFW")).hasSize(40);
  }

  @Test
  void devicesListAHallsWindowsWithWhoIsResponsibleNow() throws Exception {
    String caller = accounts.deviceToken(DeviceKind.CALLER, "BJZWFW", "BJZWFW-01");

    mvc.perform(get("/api/v1/halls"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code=='BJZWFW')].name").value("宝鸡市政务服务中心"));
    mvc.perform(get("/api/v1/halls/BJZWFW/windows").header("Authorization", bearer(caller)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(40))
        .andExpect(jsonPath("$[0].code").value("BJZWFW-01"))
        .andExpect(jsonPath("$[0].name").value("1号窗口"))
        .andExpect(jsonPath("$[0].open").value(true))
        .andExpect(jsonPath("$[0].staffUsername").value("staff01"));
    mvc.perform(get("/api/v1/windows/BJZWFW-01").header("Authorization", bearer(caller)))
        .andExpect(jsonPath("$.serviceCodes").isArray());
    mvc.perform(get("/api/v1/halls/NOPE/windows").header("Authorization", bearer(caller)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404));
    mvc.perform(get("/api/v1/halls/BJZWFW/windows")).andExpect(status().isUnauthorized());
  }

  @Test
  void theRosterFillsAMonthWithTheUsualStaffOnOpeningDaysOnly() throws Exception {
    var fixture = new OrganizationFixture(context);
    var unit = fixture.unit("月排班局");
    var hall = fixture.hall(unit);
    var window = fixture.window(hall, unit, 1);
    var a = fixture.staff(unit, hall, "吴" + fixture.run, window);
    var b = fixture.staff(unit, hall, "郑" + fixture.run, window);
    fixture.post(window, a, b);

    mvc.perform(post("/admin/roster/fill").param("hall", hall.code()).param("month", "2031-02")
            .with(as(fixture.sysadmin())).with(csrf()))
        .andExpect(status().isFound());

    assertThat(organization.responsibleStaffFor(window.code(),
        LocalDate.of(2031, 2, 10).atTime(10, 0).atZone(ChinaTime.ZONE).toInstant()))
        .map(StaffSummary::name).contains(a.name());
    assertThat(roster.day(fixture.sysadmin(), hall.code(), LocalDate.of(2031, 2, 28), null,
        org.servicewindow.common.PageQuery.of(0, 20)).lines().items())
        .singleElement().satisfies(line -> assertThat(line.rostered()).isTrue());
  }
}
