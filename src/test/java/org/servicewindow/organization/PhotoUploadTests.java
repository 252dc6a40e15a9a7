package org.servicewindow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.servicewindow.organization.internal.Photo;
import org.servicewindow.organization.internal.PhotoUpload;

/** A photo is judged by its bytes, shrunk to badge size and re-encoded; anything else is refused with a reason. */
class PhotoUploadTests {

  private static final Instant NOW = Instant.parse("2026-03-01T01:00:00Z");

  @Test
  void aLargePngIsAcceptedAndShrunkToBadgeResolution() throws IOException {
    Photo photo = PhotoUpload.accept(image("png", 1200, 1600), NOW);

    assertThat(photo.contentType()).isEqualTo("image/png");
    BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photo.content()));
    assertThat(stored.getWidth()).isEqualTo(480);
    assertThat(stored.getHeight()).isEqualTo(640);
  }

  @Test
  void aJpegStaysAJpeg() throws IOException {
    assertThat(PhotoUpload.accept(image("jpg", 300, 400), NOW).contentType()).isEqualTo("image/jpeg");
  }

  @Test
  void aGifIsRefusedWhateverItIsCalled() throws IOException {
    assertThatThrownBy(() -> PhotoUpload.accept(image("gif", 300, 400), NOW)).hasMessage("org.photo.type");
  }

  @Test
  void bytesThatOnlyLookLikeAJpegAreRefusedAsUnreadable() {
    byte[] fake = new byte[2000];
    fake[0] = (byte) 0xFF;
    fake[1] = (byte) 0xD8;
    fake[2] = (byte) 0xFF;

    assertThatThrownBy(() -> PhotoUpload.accept(fake, NOW)).hasMessage("org.photo.unreadable");
  }

  @Test
  void aThumbnailTooSmallToPrintIsRefused() throws IOException {
    assertThatThrownBy(() -> PhotoUpload.accept(image("png", 40, 60), NOW)).hasMessage("org.photo.tooSmall");
  }

  @Test
  void anEmptyOrHugeUploadIsRefusedBeforeDecoding() {
    assertThatThrownBy(() -> PhotoUpload.accept(new byte[0], NOW)).hasMessage("org.photo.empty");
    assertThatThrownBy(() -> PhotoUpload.accept(new byte[PhotoUpload.MAX_BYTES + 1], NOW))
        .hasMessage("org.photo.tooLarge");
  }

  static byte[] image(String format, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new java.awt.Color(0x3d7cc9));
    g.fillRect(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }
}
