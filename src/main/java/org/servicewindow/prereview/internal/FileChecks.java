package org.servicewindow.prereview.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;
import org.servicewindow.common.BusinessRuleException;

/**
 * What an uploaded file must be: a PDF, JPEG or PNG judged by its first bytes (the name and the browser's
 * content type can lie), within the size limit, with a plain file name. JPEGs lose their EXIF and XMP
 * blocks (APP1), which can carry the location where a photo was taken and the device that took it.
 */
public final class FileChecks {

  /** The accepted kinds, with the extension the stored file gets. */
  public enum Kind {
    PDF("application/pdf", ".pdf"),
    JPEG("image/jpeg", ".jpg"),
    PNG("image/png", ".png");

    public final String contentType;
    public final String extension;

    Kind(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }
  }

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  private FileChecks() {}

  /** The kind of the content by its magic bytes, if it is one we accept. */
  public static Optional<Kind> kindOf(byte[] content) {
    if (startsWith(content, PDF)) {
      return Optional.of(Kind.PDF);
    }
    if (startsWith(content, JPEG)) {
      return Optional.of(Kind.JPEG);
    }
    if (startsWith(content, PNG)) {
      return Optional.of(Kind.PNG);
    }
    return Optional.empty();
  }

  /**
   * The file name as shown to staff. Names that try to leave a directory (“..”, slashes, backslashes,
   * drive letters), control characters or hidden-file names are refused with a clear message.
   */
  public static String safeName(String name) {
    if (name == null || name.isBlank()) {
      throw new BusinessRuleException("prereview.file.nameMissing");
    }
    String n = name.strip();
    boolean tricky = n.contains("..") || n.contains("/") || n.contains("\\") || n.contains(":") || n.startsWith(".")
        || n.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    if (tricky) {
      throw new BusinessRuleException("prereview.file.badName", n.replaceAll("[\\p{Cntrl}]", "?"));
    }
    return n.length() > 120 ? n.substring(n.length() - 120) : n;
  }

  /** Checks name, size and type; answers the kind. */
  public static Kind check(String name, byte[] content, long maxBytes) {
    String shown = safeName(name);
    if (content == null || content.length == 0) {
      throw new BusinessRuleException("prereview.file.empty", shown);
    }
    if (content.length > maxBytes) {
      throw new BusinessRuleException("prereview.file.tooLarge", shown, maxBytes / (1024 * 1024));
    }
    return kindOf(content).orElseThrow(() -> new BusinessRuleException("prereview.file.wrongType", shown));
  }

  /**
   * The JPEG without its APP1 segments (EXIF, XMP). Everything from the start of scan on is copied as is;
   * a malformed header is refused rather than stored half-cleaned.
   */
  public static byte[] stripExif(byte[] jpeg) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
    out.write(0xFF);
    out.write(0xD8);
    int i = 2;
    while (i + 4 <= jpeg.length) {
      if ((jpeg[i] & 0xFF) != 0xFF) {
        throw new BusinessRuleException("prereview.file.corrupt");
      }
      int marker = jpeg[i + 1] & 0xFF;
      if (marker == 0xDA || marker == 0xD9) {
        out.write(jpeg, i, jpeg.length - i);
        return out.toByteArray();
      }
      int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
      if (length < 2 || i + 2 + length > jpeg.length) {
        throw new BusinessRuleException("prereview.file.corrupt");
      }
      if (marker != 0xE1) {
        out.write(jpeg, i, 2 + length);
      }
      i += 2 + length;
    }
    throw new BusinessRuleException("prereview.file.corrupt");
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content != null && content.length >= magic.length
        && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
  }
}
