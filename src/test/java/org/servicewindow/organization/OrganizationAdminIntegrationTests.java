package org.servicewindow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.Flash;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.internal.Absences;
import org.servicewindow.organization.internal.Rosters;
import org.servicewindow.organization.internal.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The organization screens through HTTP: create and edit, validation, data scope (denied and granted), audit. */
@IntegrationTest
class OrganizationAdminIntegrationTests {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired OrganizationApi organization;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Absences absences;
  @Autowired Rosters rosters;
  @Autowired java.time.Clock clock;

  private Actor sysadmin() {
    return accounts.actor("sysadmin");
  }

  @Test
  void theOperatorCreatesAUnitWhichIsAuditedAndFoundBySearch() throws Exception {
    String code = new OrganizationFixture(context).code("NEW");

    mvc.perform(post("/admin/units").with(as(sysadmin())).with(csrf())
            .param("code", code).param("name", "市档案馆").param("type", "GOVERNMENT")
            .param("contactPerson", "吴敏").param("contactPhone", "0917-3265555").param("complaintPhone", "0917-3265556"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/units"));

    mvc.perform(get("/admin/units").param("q", code).with(as(sysadmin())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("市档案馆")));
    assertThat(organization.unit(code)).hasValueSatisfying(u -> assertThat(u.complaintPhone()).isEqualTo("0917-3265556"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'unit.created' AND target_id = :code")
        .param("code", code).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aFormWithMistakesComesBackWithWhatWasTypedAndEachMistakeNamed() throws Exception {
    mvc.perform(post("/admin/units").with(as(sysadmin())).with(csrf())
            .param("code", "bad code").param("name", "某某服务中心").param("type", "OTHER").param("contactPhone", "电话"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("value=\"某某服务中心\"")))
        .andExpect(content().string(Matchers.containsString("value=\"bad code\"")))
        .andExpect(content().string(Matchers.containsString("单位编码：编码须为")))
        .andExpect(content().string(Matchers.containsString("联系电话：电话号码格式不正确")));
  }

  @Test
  void aUnitAdminSeesTheirOwnStaffButAnotherUnitsStaffDoesNotExistForThem() throws Exception {
    Actor unitAdmin = accounts.actor("unitadmin");
    StaffSummary own = organization.staffOfUser("staff01").orElseThrow();
    StaffSummary taxOffice = organization.staffOfUser("staff17").orElseThrow();
    assertThat(own.unitCode()).isEqualTo("BJXZSPJ");
    assertThat(taxOffice.unitCode()).isEqualTo("BJSWJ");

    mvc.perform(get("/admin/staff/" + own.id()).with(as(unitAdmin))).andExpect(status().isOk());
    mvc.perform(get("/admin/staff/" + taxOffice.id()).with(as(unitAdmin))).andExpect(status().isNotFound());
    mvc.perform(post("/admin/staff/" + taxOffice.id()).with(as(unitAdmin)).with(csrf())
            .param("staffNumber", taxOffice.staffNumber()).param("name", "改名").param("post", "岗")
            .param("unitCode", "BJXZSPJ"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/admin/staff/" + taxOffice.id() + "/badge").with(as(unitAdmin))).andExpect(status().isNotFound());
    mvc.perform(get("/admin/staff").param("q", taxOffice.staffNumber()).with(as(unitAdmin)))
        .andExpect(content().string(Matchers.containsString("共 0 条")))
        .andExpect(content().string(Matchers.not(Matchers.containsString(taxOffice.name()))));
    mvc.perform(get("/admin/staff").param("q", own.staffNumber()).with(as(unitAdmin)))
        .andExpect(content().string(Matchers.containsString("共 1 条")))
        .andExpect(content().string(Matchers.containsString(own.name())));
    assertThat(organization.staff(taxOffice.staffNumber()).orElseThrow().name()).isEqualTo(taxOffice.name());
  }

  @Test
  void aUnitAdminEditsTheirOwnStaffMember() throws Exception {
    var fixture = new OrganizationFixture(context);
    StaffMember member = fixture.staff("BJXZSPJ", null, "赵子龙");

    mvc.perform(post("/admin/staff/" + member.id()).with(as(accounts.actor("unitadmin"))).with(csrf())
            .param("staffNumber", member.staffNumber()).param("name", "赵子龙").param("post", "帮办代办岗")
            .param("unitCode", "BJXZSPJ").param("hallCode", "BJZWFW").param("windowCodes", "BJZWFW-05"))
        .andExpect(status().isFound());

    StaffSummary after = organization.staff(member.staffNumber()).orElseThrow();
    assertThat(after.post()).isEqualTo("帮办代办岗");
    assertThat(after.windowCodes()).containsExactly("BJZWFW-05");
  }

  @Test
  void aHallManagerSeesAndArrangesOnlyTheirOwnHall() throws Exception {
    Actor manager = accounts.actor("hallmanager");

    mvc.perform(get("/admin/windows").param("hall", "").with(as(manager)))
        .andExpect(content().string(Matchers.containsString("BJZWFW-01")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("BJSWDT-01"))));
    mvc.perform(get("/admin/windows/BJZWFW-05").with(as(manager))).andExpect(status().isOk());
    mvc.perform(get("/admin/windows/BJSWDT-01").with(as(manager))).andExpect(status().isNotFound());
    mvc.perform(get("/admin/halls/BJSWDT").with(as(manager))).andExpect(status().isNotFound());
    mvc.perform(get("/admin/roster").param("hall", "BJSWDT").with(as(manager))).andExpect(status().isNotFound());
    mvc.perform(get("/admin/roster").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("宝鸡市政务服务中心")));

    mvc.perform(post("/admin/windows").with(as(manager)).with(csrf())
            .param("code", "BJSWDT-77").param("hallCode", "BJSWDT").param("number", "77").param("floor", "1")
            .param("unitCode", "BJSWJ").param("open", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("您只能维护本单位或本大厅的窗口")));
    assertThat(organization.window("BJSWDT-77")).isEmpty();
  }

  @Test
  void inspectorsReadButTheirFormsHaveNoSaveAndTheirWritesAreRefused() throws Exception {
    Actor inspector = accounts.actor("inspector");

    mvc.perform(get("/admin/units/BJXZSPJ").with(as(inspector)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("disabled")));
    mvc.perform(post("/admin/units/BJXZSPJ").with(as(inspector)).with(csrf())
            .param("code", "BJXZSPJ").param("name", "改名").param("type", "OTHER"))
        .andExpect(status().isForbidden());
    assertThat(organization.unit("BJXZSPJ").orElseThrow().name()).isEqualTo("市行政审批服务局");
  }

  @Test
  void anAbsenceThatWouldLeaveAAndBAwayTogetherIsRefusedNamingThePostAndThePartner() throws Exception {
    var fixture = new OrganizationFixture(context);
    var unit = fixture.unit("测试局");
    var hall = fixture.hall(unit);
    var window = fixture.window(hall, unit, 1);
    var a = fixture.staff(unit, hall, "甲" + fixture.run, window);
    var b = fixture.staff(unit, hall, "乙" + fixture.run, window);
    var post = fixture.post(window, a, b);
    LocalDate day = ChinaTime.today(clock).plusDays(10);
    fixture.absence(a, day.atTime(8, 0).atZone(ChinaTime.ZONE).toInstant(),
        day.plusDays(2).atTime(18, 0).atZone(ChinaTime.ZONE).toInstant());

    mvc.perform(post("/admin/absences").with(as(sysadmin())).with(csrf())
            .param("staffId", b.id().toString()).param("kind", "TRAINING")
            .param("startsAt", LOCAL.format(day.plusDays(1).atTime(9, 0)))
            .param("endsAt", LOCAL.format(day.plusDays(1).atTime(17, 0)))
            .param("reason", "业务培训").param("handoverNote", "交给甲"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("无法登记")))
        .andExpect(content().string(Matchers.containsString(post.name())))
        .andExpect(content().string(Matchers.containsString(a.name() + "已登记请假")))
        .andExpect(content().string(Matchers.containsString("value=\"业务培训\"")));
    assertThat(absences.of(b.id())).isEmpty();

    mvc.perform(post("/admin/absences").with(as(sysadmin())).with(csrf())
            .param("staffId", b.id().toString()).param("kind", "TRAINING")
            .param("startsAt", LOCAL.format(day.plusDays(3).atTime(9, 0)))
            .param("endsAt", LOCAL.format(day.plusDays(3).atTime(17, 0))))
        .andExpect(status().isFound());
    assertThat(absences.of(b.id())).hasSize(1);
  }

  @Test
  void theRosterPutsEveryoneOnAtMostOneWindowADay() throws Exception {
    var fixture = new OrganizationFixture(context);
    var unit = fixture.unit("排班局");
    var hall = fixture.hall(unit);
    var first = fixture.window(hall, unit, 1);
    var second = fixture.window(hall, unit, 2);
    var one = fixture.staff(unit, hall, "丙" + fixture.run, first, second);
    var other = fixture.staff(unit, hall, "丁" + fixture.run, second);
    LocalDate day = LocalDate.of(2031, 5, 12);

    mvc.perform(post("/admin/roster").with(as(sysadmin())).with(csrf())
            .param("hall", hall.code()).param("date", day.toString())
            .param("window", first.code(), second.code()).param("staff", one.id().toString(), one.id().toString()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(one.name() + "在本页被排到了不止一个窗口")));
    assertThat(rosters.of(hall.code(), day)).isEmpty();

    mvc.perform(post("/admin/roster").with(as(sysadmin())).with(csrf())
            .param("hall", hall.code()).param("date", day.toString())
            .param("window", first.code(), second.code()).param("staff", one.id().toString(), other.id().toString()))
        .andExpect(status().isFound());
    assertThat(rosters.of(hall.code(), day)).containsEntry(first.code(), one.id()).containsEntry(second.code(), other.id());
  }

  @Test
  void aPhotoIsJudgedByItsContentAndOtherwiseTheAvatarIsShown() throws Exception {
    var fixture = new OrganizationFixture(context);
    var unit = fixture.unit("照片局");
    var member = fixture.staff(unit, null, "钱" + fixture.run);

    mvc.perform(get("/admin/staff/" + member.id() + "/photo").with(as(sysadmin())))
        .andExpect(header().string("Content-Type", Matchers.startsWith("image/svg+xml")));

    MvcResult refused = mvc.perform(multipart("/admin/staff/" + member.id() + "/photo")
            .file(new MockMultipartFile("photo", "photo.jpg", "image/jpeg", PhotoUploadTests.image("gif", 300, 400)))
            .with(as(sysadmin())).with(csrf()))
        .andExpect(status().isFound())
        .andReturn();
    assertThat(((Flash) refused.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo("org.photo.type");

    MvcResult accepted = mvc.perform(multipart("/admin/staff/" + member.id() + "/photo")
            .file(new MockMultipartFile("photo", "me.png", "image/png", PhotoUploadTests.image("png", 600, 800)))
            .with(as(sysadmin())).with(csrf()))
        .andExpect(status().isFound())
        .andReturn();
    assertThat(((Flash) accepted.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo("org.photo.uploaded");
    mvc.perform(get("/admin/staff/" + member.id() + "/photo").with(as(sysadmin())))
        .andExpect(header().string("Content-Type", "image/png"));
    mvc.perform(get("/public/staff/" + member.staffNumber() + "/photo"))
        .andExpect(header().string("Content-Type", "image/png"));
  }

  @Test
  void leavingHidesTheStaffMemberFromThePublicAndComingBackShowsThemAgain() throws Exception {
    var fixture = new OrganizationFixture(context);
    var member = fixture.staff(fixture.unit("离职局"), null, "孙" + fixture.run);
    mvc.perform(get("/public/staff/" + member.staffNumber())).andExpect(status().isOk());

    mvc.perform(post("/admin/staff/" + member.id() + "/active").param("active", "false").with(as(sysadmin())).with(csrf()))
        .andExpect(status().isFound());
    mvc.perform(get("/public/staff/" + member.staffNumber())).andExpect(status().isNotFound());

    mvc.perform(post("/admin/staff/" + member.id() + "/active").param("active", "true").with(as(sysadmin())).with(csrf()))
        .andExpect(status().isFound());
    mvc.perform(get("/public/staff/" + member.staffNumber())).andExpect(status().isOk());
  }
}
