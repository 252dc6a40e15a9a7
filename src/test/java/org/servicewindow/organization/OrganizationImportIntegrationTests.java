package org.servicewindow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Bulk import through the screens: a clean file goes in whole, a file with bad rows not at all. */
@IntegrationTest
class OrganizationImportIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired OrganizationApi organization;
  @Autowired ApplicationContext context;

  @Test
  void aCleanCsvOfUnitsIsImportedWholeWithParentsFromEarlierRows() throws Exception {
    String run = new OrganizationFixture(context).run;
    String csv = "\uFEFF单位编码*,单位名称*,单位类型*,上级单位编码,联系人,联系电话,投诉电话\r\n"
        + "EDU" + run + ",市教育局" + run + ",政府部门,,刘洋,0917-3261234,0917-3261100\r\n"
        + "EDU" + run + "-EXAM,市招生考试中心" + run + ",其他,EDU" + run + ",,,\r\n";

    String result = upload("UNITS", "units.csv", csv.getBytes(StandardCharsets.UTF_8), accounts.actor("sysadmin"));

    mvc.perform(get(result).with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("导入成功：共导入 2 条记录")));
    assertThat(organization.unit("EDU" + run + "-EXAM")).hasValueSatisfying(u -> {
      assertThat(u.parentCode()).isEqualTo("EDU" + run);
      assertThat(u.type()).isEqualTo(UnitType.OTHER);
    });
  }

  @Test
  void anExcelFileWithBadRowsImportsNothingAndNamesEveryBadRow() throws Exception {
    String run = new OrganizationFixture(context).run;
    byte[] xlsx = xlsx(new String[][] {
        {"工号*", "姓名*", "岗位*", "单位编码*", "大厅编码", "手机", "登录账号", "可服务窗口"},
        {"G" + run + "1", "孙丽娟", "综合受理岗", "BJXZSPJ", "BJZWFW", "13891700001", "", "BJZWFW-01"},
        {"G" + run + "2", "郭志强", "综合受理岗", "BJNOSUCHUNIT", "BJZWFW", "", "", ""},
        {"G" + run + "1", "王芳", "综合受理岗", "BJXZSPJ", "", "12", "", "BJZWFW-99"},
    });

    String result = upload("STAFF", "staff.xlsx", xlsx, accounts.actor("sysadmin"));

    String page = mvc.perform(get(result).with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("没有导入任何记录")))
        .andExpect(content().string(Matchers.containsString("单位 BJNOSUCHUNIT 不存在。")))
        .andExpect(content().string(Matchers.containsString("“G" + run + "1”与第 2 行重复。")))
        .andExpect(content().string(Matchers.containsString("窗口 BJZWFW-99 不存在。")))
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("<td class=\"num\">3</td>", "<td class=\"num\">4</td>");
    assertThat(organization.staff("G" + run + "1")).isEmpty();
  }

  @Test
  void aUnitAdminImportsStaffOfTheirUnitOnly() throws Exception {
    String run = new OrganizationFixture(context).run;
    String csv = "工号,姓名,岗位,单位编码\nU" + run + "1,甲,岗,BJXZSPJ\nU" + run + "2,乙,岗,BJSWJ\n";
    Actor unitAdmin = accounts.actor("unitadmin");

    String result = upload("STAFF", "staff.csv", csv.getBytes(StandardCharsets.UTF_8), unitAdmin);

    mvc.perform(get(result).with(as(unitAdmin)))
        .andExpect(content().string(Matchers.containsString("不在您的管理范围内。")));
    assertThat(organization.staff("U" + run + "1")).isEmpty();

    String ok = upload("STAFF", "staff.csv", ("工号,姓名,岗位,单位编码\nU" + run + "3,丙,岗,BJXZSPJ\n")
        .getBytes(StandardCharsets.UTF_8), unitAdmin);
    mvc.perform(get(ok).with(as(unitAdmin))).andExpect(content().string(Matchers.containsString("导入成功")));
    assertThat(organization.staff("U" + run + "3")).hasValueSatisfying(s -> assertThat(s.unitCode()).isEqualTo("BJXZSPJ"));
    mvc.perform(get(ok).with(as(accounts.actor("hallmanager")))).andExpect(status().isNotFound());
  }

  @Test
  void hallManagersDoNotImportUnits() throws Exception {
    mvc.perform(multipart("/admin/organization/import")
            .file(new MockMultipartFile("file", "u.csv", "text/csv", "a".getBytes(StandardCharsets.UTF_8)))
            .param("kind", "UNITS").with(as(accounts.actor("hallmanager"))).with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void templatesComeAsExcelWithMarkedHeadersAndAsCsvThatExcelReadsAsUtf8() throws Exception {
    byte[] xlsx = mvc.perform(get("/admin/organization/import/template/STAFF").param("format", "xlsx")
            .with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      var header = workbook.getFirstSheet().read().get(0);
      assertThat(header.getCellText(0)).isEqualTo("工号*");
      assertThat(workbook.getSheets().count()).isEqualTo(2);
    }
    byte[] csv = mvc.perform(get("/admin/organization/import/template/WINDOWS").param("format", "csv")
            .with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF窗口编码*,大厅编码*,窗口号*");
  }

  private String upload(String kind, String name, byte[] content, Actor actor) throws Exception {
    return mvc.perform(multipart("/admin/organization/import")
            .file(new MockMultipartFile("file", name, "application/octet-stream", content))
            .param("kind", kind).with(as(actor)).with(csrf()))
        .andExpect(status().isFound())
        .andReturn().getResponse().getRedirectedUrl();
  }

  private static byte[] xlsx(String[][] rows) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    Worksheet sheet = workbook.newWorksheet("staff");
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        sheet.value(r, c, rows[r][c]);
      }
    }
    workbook.finish();
    return out.toByteArray();
  }
}
