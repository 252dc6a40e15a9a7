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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.common.UploadedFiles;
import org.servicewindow.identity.Actor;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Evidence on the ledger's steps: files handed in with the verification, the rectification and the
 * callback are kept with their step, shown on the entry's timeline and downloadable by those who may read
 * the entry (nobody else: for them the entry does not exist); a file of another type, or too many, is
 * refused with a clear message and the step is not taken.
 */
@IntegrationTest
class FeedbackLedgerEvidenceIntegrationTests {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
  static final byte[] PDF = "%PDF-1.4\n% evidence\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired NegativeFeedbackLedger ledger;

  @Test
  void evidenceFilesStayWithTheirStepAndAreReadOnlyWithinScope() throws Exception {
    FeedbackFixture fixture = new FeedbackFixture(context);
    HallSetup hall = fixture.hall(1, "社保卡补办");
    String token = fixture.completedTicket(hall);
    mvc.perform(post("/api/v1/evaluations").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"token\":\"" + token + "\",\"level\":2,\"channel\":\"QR\",\"contactName\":\"李四\","
            + "\"contactPhone\":\"13912345678\"}")).andExpect(status().isCreated());
    UUID id = jdbc.sql("SELECT l.id FROM ledger_entry l JOIN evaluation e ON e.id = l.evaluation_id WHERE e.token = :t")
        .param("t", token).query(UUID.class).single();
    Actor handler = fixture.actor(hall.staff(1));

    // a text file is no evidence type: refused, nothing moves
    mvc.perform(multipart("/feedback/ledger/{id}/verify", id)
            .file(new MockMultipartFile("evidence", "说明.txt", "text/plain", "hello".getBytes()))
            .param("verdict", "VALID").param("note", "调取监控").with(as(handler)).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("stepError", "feedback.ledger.evidenceType"))
        .andExpect(flash().attribute("note", "调取监控"));
    assertThat(ledger.entry(handler, id).status()).isEqualTo(LedgerStatus.OPEN);
    // nor six files at once
    var tooMany = multipart("/feedback/ledger/{id}/verify", id);
    for (int i = 0; i < 6; i++) {
      tooMany.file(new MockMultipartFile("evidence", "p" + i + ".png", "image/png", PNG));
    }
    mvc.perform(tooMany.param("verdict", "VALID").param("note", "调取监控").with(as(handler)).with(csrf()))
        .andExpect(flash().attribute("stepError", "feedback.ledger.evidenceTooMany"));

    mvc.perform(multipart("/feedback/ledger/{id}/verify", id)
            .file(new MockMultipartFile("evidence", "C:\\监控\\监控截图.png", "image/png", PNG))
            .file(new MockMultipartFile("evidence", "", "application/octet-stream", new byte[0]))
            .param("verdict", "VALID").param("note", "调取监控，确有语气生硬").with(as(handler)).with(csrf()))
        .andExpect(flash().attributeExists("flash"));
    mvc.perform(multipart("/feedback/ledger/{id}/rectify", id)
            .file(new MockMultipartFile("evidence", "培训签到表.pdf", "application/pdf", PDF))
            .param("immediately", "true").param("note", "当面致歉并开展文明用语培训").with(as(handler)).with(csrf()))
        .andExpect(flash().attributeExists("flash"));
    mvc.perform(multipart("/feedback/ledger/{id}/callback", id)
            .file(new MockMultipartFile("evidence", "回访记录.png", "image/png", PNG))
            .param("satisfaction", "SATISFIED").param("note", "电话回访，群众表示满意").with(as(handler)).with(csrf()))
        .andExpect(flash().attributeExists("flash"));

    LedgerEntryView closed = ledger.entry(handler, id);
    assertThat(closed.status()).isEqualTo(LedgerStatus.CLOSED);
    assertThat(closed.attachments()).isEmpty();
    assertThat(closed.steps()).filteredOn(s -> s.step().equals("VERIFIED")).singleElement()
        .satisfies(s -> assertThat(s.evidence()).extracting(LedgerEntryView.AttachmentRef::fileName).containsExactly("监控截图.png"));
    assertThat(closed.steps()).filteredOn(s -> s.step().equals("RECTIFIED")).singleElement()
        .satisfies(s -> assertThat(s.evidence()).extracting(LedgerEntryView.AttachmentRef::contentType)
            .containsExactly(UploadedFiles.PDF));
    assertThat(closed.steps()).filteredOn(s -> s.step().equals("CALLED_BACK")).singleElement()
        .satisfies(s -> assertThat(s.evidence()).hasSize(1));
    assertThat(jdbc.sql("SELECT sha256 FROM ledger_attachment WHERE entry_id = :e AND file_name = '培训签到表.pdf'")
        .param("e", id).query(String.class).single()).isEqualTo(UploadedFiles.sha256(PDF));

    // shown on the timeline, for the inspector too; downloadable within scope only
    UUID pdf = closed.steps().stream().filter(s -> s.step().equals("RECTIFIED")).findFirst().orElseThrow()
        .evidence().get(0).id();
    for (Actor reader : List.of(handler, fixture.actor("inspector"))) {
      mvc.perform(get("/feedback/ledger/{id}", id).with(as(reader)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("监控截图.png")))
          .andExpect(content().string(containsString("培训签到表.pdf")))
          .andExpect(content().string(containsString("/feedback/ledger/" + id + "/attachments/" + pdf)));
      mvc.perform(get("/feedback/ledger/{id}/attachments/{a}", id, pdf).with(as(reader)))
          .andExpect(status().isOk())
          .andExpect(content().bytes(PDF));
    }
    // the demo hall's manager and another hall's staff member: the entry and its files do not exist for them
    HallSetup other = fixture.hall(1, "户籍办理");
    for (Actor stranger : List.of(fixture.actor("hallmanager"), fixture.actor(other.staff(1)))) {
      mvc.perform(get("/feedback/ledger/{id}/attachments/{a}", id, pdf).with(as(stranger)))
          .andExpect(status().isNotFound());
    }
    // a file id of another entry is not found under this one
    mvc.perform(get("/feedback/ledger/{id}/attachments/{a}", UUID.randomUUID(), pdf).with(as(fixture.actor("inspector"))))
        .andExpect(status().isNotFound());
  }
}
