package org.servicewindow.prereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestClock;
import org.servicewindow.identity.Actor;
import org.servicewindow.TestAccounts;
import org.servicewindow.casework.CaseworkFixture;
import org.servicewindow.casework.CaseworkFixture.Office;
import org.servicewindow.prereview.internal.PreReviews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 网上预审 through its pages: phone code, submission with checked uploads, the unit's one-time notice, the
 * citizen's supplement, "complete — book a visit", and the hand-over to casework; upload refusals; phone
 * code limits; the unit-only data scope; reminders and retention.
 */
@IntegrationTest
class PreReviewIntegrationTests {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;
  @Autowired PreReviews preReviews;
  @Autowired TestAccounts accounts;

  CaseworkFixture fixture;
  Office office;
  Actor staff;
  String phone;
  MockHttpSession session;

  @BeforeEach
  void office() {
    fixture = new CaseworkFixture(context);
    office = fixture.officeWithForm();
    staff = fixture.actor(office.staff1());
    phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    session = new MockHttpSession();
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void preReviewNoticeSupplementCompleteBookingAndApplication() throws Exception {
    // the public guide page leads to the pre-review
    mvc.perform(get("/guides/{c}", office.service()))
        .andExpect(content().string(Matchers.containsString("/prereview/start/" + office.service())));
    mvc.perform(get("/prereview/start/{s}", office.service()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("店铺名称")))
        .andExpect(content().string(Matchers.containsString("场所租赁合同")));

    sendCode();
    // a wrong code is refused with a clear message and what was typed stays
    mvc.perform(multipart("/prereview/start/{s}", office.service()).session(session).with(csrf())
            .param("phone", phone).param("code", "000000x").param("name", "王五").param("f.shopName", "王五小吃"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("验证码不正确")))
        .andExpect(content().string(Matchers.containsString("王五小吃")));

    String statusUrl = mvc.perform(multipart("/prereview/start/{s}", office.service()).session(session).with(csrf())
            .file(new MockMultipartFile("file.APPLICATION-FORM", "申请书.pdf", "application/pdf", PDF))
            .param("phone", phone).param("code", code()).param("name", "王五").param("idNumber", "61030219850612123X")
            .param("f.shopName", "王五小吃"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/prereview/s/*"))
        .andReturn().getResponse().getRedirectedUrl();
    mvc.perform(get(statusUrl)).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("待审核")))
        .andExpect(content().string(Matchers.containsString("139****")));
    UUID id = jdbc.sql("SELECT id FROM prereview WHERE phone = :p").param("p", phone).query(UUID.class).single();
    // the confirmation SMS carries the status link, absolute, so the citizen can come back to it
    String sms = jdbc.sql("SELECT body FROM notification_outbox WHERE recipient = :p AND template = 'prereview.received'")
        .param("p", phone).query(String.class).single();
    assertThat(sms).contains("http://localhost" + statusUrl);

    // the unit sees it; "complete" is refused while the ID card is missing
    mvc.perform(get("/prereview/reviews").with(as(staff))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("王五")));
    mvc.perform(get("/prereview/reviews/{id}", id).with(as(staff))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("王五小吃")))
        .andExpect(content().string(Matchers.containsString("申请书.pdf")));
    mvc.perform(post("/prereview/reviews/{id}/complete", id).with(as(staff)).with(csrf()))
        .andExpect(flash().attribute("flash", flashKey("prereview.complete.missing")));

    // one-time notice: the missing ID card is named without being ticked, the defective form with its reason
    mvc.perform(post("/prereview/reviews/{id}/notice", id).with(as(staff)).with(csrf())
            .param("reason.APPLICATION-FORM", "申请书未签字"))
        .andExpect(flash().attribute("flash", flashKey("prereview.notice.issued")));
    mvc.perform(get(statusUrl)).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("需补正材料")))
        .andExpect(content().string(Matchers.containsString("申请书未签字")))
        .andExpect(content().string(Matchers.containsString("未提交")));
    assertThat(outbox("prereview.notice")).isEqualTo(1);

    // the citizen hands in both; a photo loses its EXIF block
    clock.advance(Duration.ofMinutes(5));
    mvc.perform(multipart(statusUrl + "/files").with(csrf())
            .file(new MockMultipartFile("file.APPLICATION-FORM", "申请书-签字.pdf", "application/pdf", PDF))
            .file(new MockMultipartFile("file.ID-CARD", "身份证.jpg", "image/jpeg", jpegWithExif())))
        .andExpect(flash().attribute("flash", flashKey("prereview.supplemented")));
    var idCard = preReviews.files(id).stream().filter(f -> f.materialCode().equals("ID-CARD")).findFirst().orElseThrow();
    byte[] downloaded = mvc.perform(get("/prereview/reviews/{id}/files/{f}", id, idCard.id()).with(as(staff)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(downloaded, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
    assertThat(downloaded[0] & 0xFF).isEqualTo(0xFF);

    // a second notice may not name what should have been in the first (the lease was never handed in)
    mvc.perform(post("/prereview/reviews/{id}/notice", id).with(as(staff)).with(csrf())
            .param("reason.LEASE", "请补充租赁合同"))
        .andExpect(flash().attribute("flash",
            flashKey("prereview.notice.shouldHaveBeenNamed")));

    // complete: the citizen is told to book, with a link into the queue's booking
    mvc.perform(post("/prereview/reviews/{id}/complete", id).with(as(staff)).with(csrf()))
        .andExpect(flash().attribute("flash", flashKey("prereview.completed")));
    mvc.perform(get(statusUrl)).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(
            "/appointments/halls/" + office.hall() + "/services/" + office.service())));

    // at the visit the window receives it as an application without typing
    String app = mvc.perform(post("/prereview/reviews/{id}/convert", id).with(as(staff)).with(csrf()))
        .andExpect(redirectedUrlPattern("/casework/applications/*"))
        .andReturn().getResponse().getRedirectedUrl();
    mvc.perform(get(app).with(as(staff))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("王五")))
        .andExpect(content().string(Matchers.containsString("610302********123X")));
    mvc.perform(get(statusUrl)).andExpect(content().string(Matchers.containsString("已转为办件")));
    mvc.perform(post("/prereview/reviews/{id}/convert", id).with(as(staff)).with(csrf()))
        .andExpect(flash().attribute("flash", flashKey("prereview.convert.notNow")));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'prereview.fileRead' AND target_id = "
        + "(SELECT number FROM prereview WHERE id = :id)").param("id", id).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void uploadsAreCheckedByContentSizeAndName() throws Exception {
    mvc.perform(upload(freshCode(), new MockMultipartFile("file.ID-CARD", "photo.png", "image/png",
            "<html>not a picture</html>".getBytes(StandardCharsets.UTF_8))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("不是 PDF、JPG 或 PNG 文件")));
    byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
    mvc.perform(upload(freshCode(), new MockMultipartFile("file.ID-CARD", "big.pdf", "application/pdf", big)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("太大")));
    for (String name : new String[] {"../../etc/passwd.pdf", "..\\..\\boot.pdf", "C:evil.pdf", ".hidden.pdf"}) {
      mvc.perform(upload(freshCode(), new MockMultipartFile("file.ID-CARD", name, "application/pdf", PDF)))
          .andExpect(status().isOk())
          .andExpect(content().string(Matchers.containsString("不合规")));
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM prereview WHERE phone = :p").param("p", phone).query(Long.class).single())
        .isZero();
    // in English too
    mvc.perform(upload(freshCode(), new MockMultipartFile("file.ID-CARD", "x.png", "image/png", new byte[] {1, 2, 3}))
            .param("lang", "en"))
        .andExpect(content().string(Matchers.containsString("is not a PDF, JPG or PNG file")));
  }

  @Test
  void phoneCodesAreLimited() throws Exception {
    sendCode();
    mvc.perform(post("/prereview/start/{s}/code", office.service()).with(csrf()).param("phone", phone))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("验证码发送太频繁")));
    for (int i = 0; i < 5; i++) {
      mvc.perform(multipart("/prereview/start/{s}", office.service()).with(csrf())
              .param("phone", phone).param("code", "99999" + i).param("name", "赵六"))
          .andExpect(content().string(Matchers.containsString("验证码不正确")));
    }
    mvc.perform(multipart("/prereview/start/{s}", office.service()).with(csrf())
            .param("phone", phone).param("code", code()).param("name", "赵六"))
        .andExpect(content().string(Matchers.containsString("输错次数过多")));
    clock.advance(Duration.ofMinutes(11));
    mvc.perform(multipart("/prereview/start/{s}", office.service()).with(csrf())
            .param("phone", phone).param("code", code()).param("name", "赵六"))
        .andExpect(content().string(Matchers.containsString("验证码已过期")));
    assertThat(jdbc.sql("SELECT code_hash FROM prereview_phone_code WHERE phone = :p").param("p", phone)
        .query(String.class).single()).hasSize(64).doesNotContain(code());
  }

  @Test
  void onlyTheHandlingUnitSeesAPreReviewAndRemindersAndRetentionWork() throws Exception {
    UUID id = submitted();
    Office other = fixture.officeWithForm();
    Actor stranger = fixture.actor(other.staff1());
    mvc.perform(get("/prereview/reviews/{id}", id).with(as(stranger))).andExpect(status().isNotFound());
    mvc.perform(get("/prereview/reviews").with(as(stranger)))
        .andExpect(content().string(Matchers.not(Matchers.containsString("王五"))));
    var file = preReviews.files(id).get(0);
    mvc.perform(get("/prereview/reviews/{id}/files/{f}", id, file.id()).with(as(stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(post("/prereview/reviews/{id}/complete", id).with(as(stranger)).with(csrf()))
        .andExpect(flash().attribute("flash", flashKey("prereview.notFound")));
    mvc.perform(get("/prereview/reviews/{id}", id).with(as(fixture.actor(office.unitAdmin())))).andExpect(status().isOk());
    // a hall manager with no unit of their own handles nothing: an empty list, not an error
    Actor hallOnly = new Actor(Actor.Kind.USER, "hm-" + other.hall(), "大厅主任", java.util.Set.of(
        org.servicewindow.identity.Role.HALL_MANAGER), null, other.hall(), null);
    mvc.perform(get("/prereview/reviews").with(as(hallOnly))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("王五"))));
    mvc.perform(get("/prereview/reviews/{id}", id).with(as(hallOnly))).andExpect(status().isNotFound());
    mvc.perform(get("/prereview/reviews/{id}", id).with(as(accounts.actor("inspector"))))
        .andExpect(status().isForbidden());

    // a reminder before the review deadline, once, even when the round runs again
    clock.advance(Duration.ofDays(15));
    assertThat(preReviews.remindDue()).isGreaterThanOrEqualTo(1);
    assertThat(preReviews.remindDue()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE reference = "
            + "(SELECT 'prereview:' || number FROM prereview WHERE id = :id) AND template = 'prereview.reminder'")
        .param("id", id).query(Long.class).single()).isGreaterThanOrEqualTo(1);

    // retention: files and personal data go after the configured period
    clock.advance(Duration.ofDays(181));
    assertThat(preReviews.purgeExpired()).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM prereview WHERE id = :id").param("id", id).query(Long.class).single())
        .isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM prereview_file WHERE prereview_id = :id").param("id", id)
        .query(Long.class).single()).isZero();
  }

  private UUID submitted() throws Exception {
    sendCode();
    mvc.perform(upload(code(), new MockMultipartFile("file.ID-CARD", "id.pdf", "application/pdf", PDF)))
        .andExpect(status().is3xxRedirection());
    return jdbc.sql("SELECT id FROM prereview WHERE phone = :p").param("p", phone).query(UUID.class).single();
  }

  private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(String code, MockMultipartFile file) {
    var b = multipart("/prereview/start/{s}", office.service()).file(file);
    b.session(session).with(csrf()).param("phone", phone).param("code", code).param("name", "王五")
        .param("f.shopName", "小店");
    return b;
  }

  /** A new code for each attempt (sessions live in the session store, not in MockMvc's mock session). */
  private String freshCode() throws Exception {
    clock.advance(Duration.ofMinutes(13));
    sendCode();
    return code();
  }

  private void sendCode() throws Exception {
    mvc.perform(post("/prereview/start/{s}/code", office.service()).with(csrf()).param("phone", phone))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", flashKey("prereview.code.sent")));
  }

  private String code() {
    String body = jdbc.sql("SELECT body FROM notification_outbox WHERE recipient = :p AND template = 'prereview.code' "
            + "ORDER BY created_at DESC FETCH FIRST 1 ROWS ONLY").param("p", phone).query(String.class).single();
    Matcher m = Pattern.compile("(\\d{6})").matcher(body);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static org.hamcrest.Matcher<Object> flashKey(String key) {
    return Matchers.hasToString(Matchers.containsString("key=" + key + ","));
  }

  private long outbox(String template) {
    return jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE recipient = :p AND template = :t")
        .param("p", phone).param("t", template).query(Long.class).single();
  }

  /** A tiny JPEG-shaped file with an EXIF block carrying a GPS tag. */
  static byte[] jpegWithExif() {
    byte[] exif = "Exif\0\0GPS:34.36N,107.23E".getBytes(StandardCharsets.ISO_8859_1);
    var out = new java.io.ByteArrayOutputStream();
    out.write(0xFF);
    out.write(0xD8);
    out.write(0xFF);
    out.write(0xE1);
    out.write(0);
    out.write(exif.length + 2);
    out.writeBytes(exif);
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDB, 0, 3, 7});
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 2, 1, 2, 3, (byte) 0xFF, (byte) 0xD9});
    return out.toByteArray();
  }
}
