package org.servicewindow.organization.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.servicewindow.common.BusinessRuleException;

/**
 * Turns an uploaded file into a stored photo. The type is judged by the bytes, not the file name or the
 * browser's claim; the size is bounded before decoding (no decompression bombs); the picture is
 * re-encoded at badge resolution, which also drops EXIF data such as where it was taken.
 */
public final class PhotoUpload {

  /** The largest upload accepted. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_SOURCE_PIXELS = 8000;
  static final int MIN_SOURCE_PIXELS = 80;
  static final int MAX_STORED_WIDTH = 480;
  static final int MAX_STORED_HEIGHT = 640;

  private PhotoUpload() {}

  /** Checks and normalizes the upload; refuses anything that is not a readable JPEG or PNG of sensible size. */
  public static Photo accept(byte[] bytes, Instant now) {
    if (bytes == null || bytes.length == 0) {
      throw new BusinessRuleException("org.photo.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw new BusinessRuleException("org.photo.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    boolean png = isPng(bytes);
    if (!png && !isJpeg(bytes)) {
      throw new BusinessRuleException("org.photo.type");
    }
    BufferedImage image = decode(bytes);
    BufferedImage scaled = scaleDown(image);
    return new Photo(png ? "image/png" : "image/jpeg", encode(scaled, png ? "png" : "jpg"), now);
  }

  static boolean isPng(byte[] b) {
    return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
        && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A;
  }

  static boolean isJpeg(byte[] b) {
    return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
  }

  private static BufferedImage decode(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new BusinessRuleException("org.photo.unreadable");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width > MAX_SOURCE_PIXELS || height > MAX_SOURCE_PIXELS) {
          throw new BusinessRuleException("org.photo.tooManyPixels", MAX_SOURCE_PIXELS);
        }
        if (width < MIN_SOURCE_PIXELS || height < MIN_SOURCE_PIXELS) {
          throw new BusinessRuleException("org.photo.tooSmall", MIN_SOURCE_PIXELS);
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof BusinessRuleException rule) {
        throw rule;
      }
      throw new BusinessRuleException("org.photo.unreadable");
    }
  }

  private static BufferedImage scaleDown(BufferedImage image) {
    double factor = Math.min(1.0, Math.min((double) MAX_STORED_WIDTH / image.getWidth(),
        (double) MAX_STORED_HEIGHT / image.getHeight()));
    int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
    int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
    BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return target;
  }

  static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no image writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
