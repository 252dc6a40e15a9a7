package org.servicewindow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.supervision.internal.ChecklistItem;
import org.servicewindow.supervision.internal.Supervision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Photos taken on the phone are stored downsized and re-encoded, so the camera's EXIF block (with its own GPS
 * position) is gone; the visit's position is recorded only when the inspector asks for it.
 */
@IntegrationTest
class SupervisionPhotoIntegrationTests {

  private static final String UNIT = "BJXZSPJ";
  private static final String SECRET = "EXIF-GPS-SECRET-39.9042N-116.4074E";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired TestClock clock;
  @Autowired Supervision supervision;
  @Autowired OrganizationApi organization;
  @Autowired JdbcClient jdbc;

  @Test
  void aPhotoIsDownsizedAndLosesItsExifAndThePositionIsKept() throws Exception {
    Actor inspector = accounts.actor("inspector");
    byte[] upload = jpegWithExif(3200, 2400);
    assertThat(indexOf(upload, "Exif".getBytes(StandardCharsets.US_ASCII))).isPositive();
    assertThat(indexOf(upload, SECRET.getBytes(StandardCharsets.US_ASCII))).isPositive();

    String location = mvc.perform(inspection(inspector, "DRESS_BADGE")
            .file(new MockMultipartFile("photo_DRESS_BADGE", "IMG_0001.jpg", "image/jpeg", upload))
            .file(new MockMultipartFile("photos", "hall.jpg", "image/jpeg", upload))
            .param("gpsLatitude", "39.904211").param("gpsLongitude", "116.407395").param("gpsAccuracy", "18.7")
            .param("gpsAt", clock.instant().minusSeconds(60).toString()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

    List<Supervision.Photo> photos = supervision.photos(inspector, id);
    assertThat(photos).hasSize(2).extracting(Supervision.Photo::itemCode).containsExactlyInAnyOrder("DRESS_BADGE", null);
    Supervision.Photo photo = photos.get(0);
    assertThat(photo.width()).isEqualTo(1600);
    assertThat(photo.height()).isEqualTo(1200);

    byte[] stored = mvc.perform(get("/supervision/photos/" + photo.id()).with(as(inspector)))
        .andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(indexOf(stored, "Exif".getBytes(StandardCharsets.US_ASCII))).as("EXIF block").isEqualTo(-1);
    assertThat(indexOf(stored, SECRET.getBytes(StandardCharsets.US_ASCII))).as("EXIF content").isEqualTo(-1);
    assertThat(hasMarker(stored, 0xE1)).as("APP1 segment").isFalse();
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored));
    assertThat(decoded.getWidth()).isEqualTo(1600);
    byte[] thumb = mvc.perform(get("/supervision/photos/" + photo.id()).param("thumbnail", "true").with(as(inspector)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(ImageIO.read(new ByteArrayInputStream(thumb)).getWidth()).isEqualTo(320);
    assertThat(hasMarker(thumb, 0xE1)).isFalse();

    assertThat(supervision.position(inspector, id)).hasValueSatisfying(p -> {
      assertThat(p.latitude()).isEqualTo(39.904211);
      assertThat(p.accuracyMeters()).isEqualTo(18.7);
    });
    mvc.perform(get(location).with(as(inspector))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("/supervision/photos/" + photo.id())))
        .andExpect(content().string(Matchers.containsString("39.90421")))
        .andExpect(content().string(Matchers.containsString("精度约 19 米")));

    // The unit's own admin sees the photo; another unit's admin finds nothing; neither may add to the office's visit.
    mvc.perform(get("/supervision/photos/" + photo.id()).with(as(accounts.actor("unitadmin")))).andExpect(status().isOk());
    mvc.perform(get("/supervision/photos/" + photo.id()).with(as(accounts.actor("enfadmin"))))
        .andExpect(status().isNotFound());
    mvc.perform(multipart("/supervision/inspections/" + id + "/photos")
            .file(new MockMultipartFile("photos", "x.jpg", "image/jpeg", upload)).with(as(accounts.actor("unitadmin")))
            .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(multipart("/supervision/inspections/" + id + "/photos")
            .file(new MockMultipartFile("photos", "later.png", "image/png", png())).param("itemCode", "GUIDES_POSTED")
            .with(as(inspector)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(supervision.photos(inspector, id)).hasSize(3);
  }

  @Test
  void aScriptRenamedToJpgIsRefusedAndNothingIsRecorded() throws Exception {
    Actor inspector = accounts.actor("inspector");
    String note = "脚本伪装照片 " + UUID.randomUUID();
    long before = jdbc.sql("SELECT COUNT(*) FROM supervision_inspection").query(Long.class).single();
    mvc.perform(inspection(inspector, "UNMANNED").param("note", note)
            .file(new MockMultipartFile("photos", "photo.jpg", "image/jpeg",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("照片须为JPG或PNG格式")))
        .andExpect(content().string(Matchers.containsString(note)));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_inspection").query(Long.class).single()).isEqualTo(before);
    // An impossible position is refused too.
    mvc.perform(inspection(inspector, "UNMANNED").param("gpsLatitude", "123").param("gpsLongitude", "10"))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("定位数据无效")));
  }

  private MockMultipartHttpServletRequestBuilder inspection(Actor actor, String failedItem) {
    WindowSummary w = organization.halls().stream().flatMap(h -> organization.windowsOf(h.code()).stream())
        .filter(x -> UNIT.equals(x.unitCode())).findFirst().orElseThrow();
    MockMultipartHttpServletRequestBuilder request = multipart("/supervision/inspections");
    request.with(as(actor)).with(csrf());
    request.param("kind", "SPECIAL").param("unitCode", UNIT).param("hallCode", w.hallCode())
        .param("windowCode", w.code())
        .param("visitedAt", LocalDateTime.now(clock.withZone(ChinaTime.ZONE)).minusHours(1).withNano(0).toString());
    for (ChecklistItem item : supervision.checklist()) {
      boolean failed = item.code().equals(failedItem);
      request.param("result_" + item.code(), failed ? "FAIL" : "PASS");
      if (failed) {
        request.param("score_" + item.code(), "2").param("note_" + item.code(), "现场拍照留证");
      }
    }
    return request;
  }

  /** A camera-like JPEG: a picture plus an APP1 "Exif" segment (TIFF header and a GPS-looking text) after SOI. */
  static byte[] jpegWithExif(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(30, 90, 160));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.ORANGE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", plain);
    byte[] jpeg = plain.toByteArray();
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    payload.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    payload.write(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0});
    payload.write(SECRET.getBytes(StandardCharsets.US_ASCII));
    int length = payload.size() + 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
    out.write(payload.toByteArray());
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static byte[] png() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB), "png", out);
    return out.toByteArray();
  }

  /** Whether a JPEG has a segment with this marker before its image data starts. */
  private static boolean hasMarker(byte[] jpeg, int marker) {
    int i = 2;
    while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
      int m = jpeg[i + 1] & 0xFF;
      if (m == marker) {
        return true;
      }
      if (m == 0xDA) {
        return false;
      }
      i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
    }
    return false;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
