package org.servicewindow.training.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Judges an uploaded session material by its bytes, not the name or type the browser sends: PDF, PNG,
 * JPEG or an office document (Word, Excel, PowerPoint; old or new format), at most {@value #MAX_BYTES}
 * bytes. Anything else (a script, a web page, an executable) is refused before it is stored.
 */
public final class MaterialUpload {

  public static final int MAX_BYTES = 10 * 1024 * 1024;
  static final int MAX_NAME = 120;

  private MaterialUpload() {}

  /** The content type judged by the first bytes (and, for office containers, the extension); null if refused. */
  public static String contentType(byte[] b, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (starts(b, "%PDF-")) {
      return "application/pdf";
    }
    if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return "image/jpeg";
    }
    boolean ole = b.length > 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
        && (b[3] & 0xFF) == 0xE0;
    boolean zip = b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    if (ole && lower.endsWith(".doc")) {
      return "application/msword";
    }
    if (ole && lower.endsWith(".xls")) {
      return "application/vnd.ms-excel";
    }
    if (ole && lower.endsWith(".ppt")) {
      return "application/vnd.ms-powerpoint";
    }
    if (zip && lower.endsWith(".docx")) {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    if (zip && lower.endsWith(".xlsx")) {
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    if (zip && lower.endsWith(".pptx")) {
      return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    }
    return null;
  }

  /** The name without any path, control characters or quotes, short enough to show. */
  public static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|*?:]", "").strip();
    if (name.isEmpty()) {
      name = "file";
    }
    return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
  }

  private static boolean starts(byte[] b, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
    if (b.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (b[i] != p[i]) {
        return false;
      }
    }
    return true;
  }
}
