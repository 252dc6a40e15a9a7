package org.servicewindow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.TestSupport.fromNewAddress;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestClock;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Complaints on the same ledger: the suggestion box (staff, photo required), the hotline, the public form
 * and a staff member's QR code; routed to whoever handled the service; deadlines by type in working days.
 */
@IntegrationTest
class FeedbackComplaintsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired NegativeFeedbackLedger ledger;
  @Autowired WorkingDays workingDays;
  @Autowired OrganizationApi organization;
  @Autowired TestClock clock;

  FeedbackFixture fixture;

  @BeforeEach
  void fixture() {
    fixture = new FeedbackFixture(context);
  }

  @Test
  void aSuggestionBoxNoteNeedsItsPhotoAndGoesToTheWindowsStaff() throws Exception {
    HallSetup hall = fixture.hall(2, "社保卡补办");
    var staff = fixture.actor(hall.staff(1));
    mvc.perform(multipart("/feedback/complaints").with(as(staff)).with(csrf()).param("channel", "SUGGESTION_BOX")
            .param("type", "COMPLAINT").param("content", "2号窗口午休提前离岗").param("windowCode", hall.window(2)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("意见箱留言请上传留言照片")))
        .andExpect(content().string(containsString("2号窗口午休提前离岗")));
    MockMultipartFile photo = new MockMultipartFile("photo", "note.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2});
    String location = mvc.perform(multipart("/feedback/complaints").file(photo).with(as(staff)).with(csrf())
            .param("channel", "SUGGESTION_BOX").param("type", "COMPLAINT").param("content", "2号窗口午休提前离岗")
            .param("windowCode", hall.window(2)))
        .andExpect(status().is3xxRedirection())
        .andReturn().getResponse().getRedirectedUrl();
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    LedgerEntryView e = ledger.entry(fixture.actor("inspector"), id);
    assertThat(e.source()).isEqualTo("COMPLAINT");
    assertThat(e.channel()).isEqualTo("SUGGESTION_BOX");
    assertThat(e.handlerUsername()).isEqualTo(hall.staff(2));
    assertThat(e.dueOn()).isEqualTo(workingDays.addWorkingDays(ChinaTime.today(clock), 13).date());
    assertThat(e.attachments()).hasSize(1);
    mvc.perform(get("/feedback/ledger/{id}", id).with(as(fixture.actor(hall.staff(2)))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("投诉（13 个工作日）")))
        .andExpect(content().string(containsString("note.png")));
    mvc.perform(get("/feedback/ledger/{id}/attachments/{a}", id, e.attachments().get(0).id()).with(as(fixture.actor(hall.staff(2)))))
        .andExpect(status().isOk())
        .andExpect(content().contentType("image/png"));
    // the handler works it like a 差评
    ledger.verify(fixture.actor(hall.staff(2)), id, true, "核实属实");
    assertThat(ledger.entry(fixture.actor(hall.staff(2)), id).status()).isEqualTo(LedgerStatus.VERIFIED);
  }

  @Test
  void hotlineCallsAndPublicComplaintsGetTheirTypesDeadline() throws Exception {
    HallSetup hall = fixture.hall(1, "公积金提取");
    mvc.perform(post("/feedback/complaints").with(as(fixture.actor(hall.staff(1)))).with(csrf()).param("channel", "HOTLINE")
            .param("type", "URGENT").param("content", "明天出国，证件急需办理").param("contactPhone", "13800002222"))
        .andExpect(status().is3xxRedirection());
    var today = ChinaTime.today(clock);
    assertThat(jdbc.sql("SELECT due_on FROM ledger_entry WHERE summary = '明天出国，证件急需办理' AND hall_code = :h")
        .param("h", hall.hall()).query(java.time.LocalDate.class).single())
        .isEqualTo(workingDays.addWorkingDays(today, 0).date());

    mvc.perform(post("/complaints").with(csrf()).with(fromNewAddress()).param("type", "CONSULTATION")
            .param("content", "公积金提取需要哪些材料？").param("hallCode", hall.hall()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已收到您的反映")));
    assertThat(jdbc.sql("SELECT due_on FROM ledger_entry WHERE summary = '公积金提取需要哪些材料？' AND hall_code = :h")
        .param("h", hall.hall()).query(java.time.LocalDate.class).single())
        .isEqualTo(workingDays.addWorkingDays(today, 3).date());
    // bad input: a clear message, nothing lost
    mvc.perform(post("/complaints").with(csrf()).with(fromNewAddress()).param("type", "COMPLAINT").param("content", "窗口态度差")
            .param("contactPhone", "12345"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("联系电话须为手机号")))
        .andExpect(content().string(containsString("窗口态度差")));
  }

  @Test
  void aStaffQrComplaintIsAboutThatStaffMemberAndThePublicFormIsRateLimited() throws Exception {
    HallSetup hall = fixture.hall(1, "户口迁移");
    String number = organization.staffOfUser(hall.staff(1)).orElseThrow().staffNumber();
    mvc.perform(get("/complaints").param("staff", number))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("测试人员1")));
    mvc.perform(post("/complaints").with(csrf()).with(fromNewAddress()).param("staff", number).param("type", "COMPLAINT")
            .param("content", "办理时一直看手机"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已收到您的反映")));
    assertThat(jdbc.sql("SELECT handler_username || ':' || channel FROM ledger_entry WHERE summary = '办理时一直看手机'")
        .query(String.class).single()).isEqualTo(hall.staff(1) + ":STAFF_QR");
    mvc.perform(post("/complaints").with(csrf()).with(fromNewAddress()).param("staff", "NO-SUCH").param("type", "COMPLAINT")
        .param("content", "x")).andExpect(status().isOk()).andExpect(content().string(containsString("工作人员不存在")));

    int limit = context.getBean(org.servicewindow.feedback.internal.FeedbackProperties.class).publicLimit();
    var address = fromNewAddress();
    for (int i = 0; i < limit; i++) {
      mvc.perform(post("/complaints").with(csrf()).with(address).param("type", "COMPLAINT").param("content", ""))
          .andExpect(status().isOk());
    }
    mvc.perform(post("/complaints").with(csrf()).with(address).param("type", "COMPLAINT").param("content", "再试一次"))
        .andExpect(content().string(containsString("提交过于频繁")));
  }
}
