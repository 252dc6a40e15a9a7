package org.servicewindow.supervision.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.UploadedFiles;

/**
 * Turns a phone photo into what the record keeps: a JPEG of at most {@value #MAX_EDGE} px on the long edge and a
 * thumbnail. The picture is decoded and encoded again without any metadata, so EXIF (the phone's GPS position, its
 * serial number, the owner's name) never reaches the database; the visit's position is recorded on purpose instead.
 */
final class InspectionPhotos {

  static final int MAX_EDGE = 1600;
  static final int THUMB_EDGE = 320;
  static final int MAX_BYTES = 15 * 1024 * 1024;
  /** A decompression bomb guard: a 50-megapixel picture is far above any phone camera's ordinary output. */
  static final long MAX_PIXELS = 50_000_000L;

  /** The stored picture and thumbnail, both plain JPEG. */
  record Processed(byte[] picture, int width, int height, byte[] thumbnail, String sha256OfUpload) {}

  private InspectionPhotos() {}

  static Processed process(byte[] upload) {
    if (upload == null || upload.length == 0) {
      throw new BusinessRuleException("supervision.photo.empty");
    }
    if (upload.length > MAX_BYTES) {
      throw new BusinessRuleException("supervision.photo.tooLarge", MAX_BYTES / 1024 / 1024);
    }
    String type = UploadedFiles.contentType(upload, null);
    if (!UploadedFiles.JPEG.equals(type) && !UploadedFiles.PNG.equals(type)) {
      throw new BusinessRuleException("supervision.photo.type");
    }
    BufferedImage original = decode(upload);
    BufferedImage picture = scaled(original, MAX_EDGE);
    BufferedImage thumb = scaled(picture, THUMB_EDGE);
    return new Processed(jpeg(picture, 0.85f), picture.getWidth(), picture.getHeight(), jpeg(thumb, 0.8f),
        UploadedFiles.sha256(upload));
  }

  private static BufferedImage decode(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new BusinessRuleException("supervision.photo.unreadable");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
          throw new BusinessRuleException("supervision.photo.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof BusinessRuleException b) {
        throw b;
      }
      throw new BusinessRuleException("supervision.photo.unreadable");
    }
  }

  /** Fits the picture into a square of {@code edge} px on a white background (transparency has no place in JPEG). */
  static BufferedImage scaled(BufferedImage source, int edge) {
    int w = source.getWidth();
    int h = source.getHeight();
    double factor = Math.min(1.0, (double) edge / Math.max(w, h));
    BufferedImage current = source;
    int tw = Math.max(1, (int) Math.round(w * factor));
    int th = Math.max(1, (int) Math.round(h * factor));
    // Halve step by step first: one bilinear pass over a large reduction drops detail unevenly.
    while (current.getWidth() / 2 >= tw && current.getHeight() / 2 >= th) {
      current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
    }
    return draw(current, tw, th);
  }

  private static BufferedImage draw(BufferedImage source, int w, int h) {
    BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.drawImage(source, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return target;
  }

  /** Encodes with no metadata at all: the writer gets a null metadata tree, so only a bare JFIF header is written. */
  static byte[] jpeg(BufferedImage image, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new IllegalStateException("JPEG encoding failed", e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
