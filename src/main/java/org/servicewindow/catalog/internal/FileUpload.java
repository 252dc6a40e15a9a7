package org.servicewindow.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;

/**
 * Judges an uploaded blank form or sample: by its bytes, not the name the browser sends — a PDF, a
 * picture (PNG, JPEG) or an office document (Word, Excel, old or new format) — and no larger than
 * {@value #MAX_BYTES} bytes. Anything else (a script, a web page) is refused before it is stored.
 */
public final class FileUpload {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_NAME = 120;

  private FileUpload() {}

  public static CatalogFile accept(UUID id, String itemCode, String fileName, byte[] bytes, String by, Instant at) {
    if (bytes == null || bytes.length == 0) {
      throw new BusinessRuleException("catalog.file.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw new BusinessRuleException("catalog.file.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    String name = cleanName(fileName);
    String type = contentType(bytes, name);
    if (type == null) {
      throw new BusinessRuleException("catalog.file.type");
    }
    return new CatalogFile(id, itemCode, name, type, bytes.length, sha256(bytes), bytes, at, by);
  }

  /** The file's type judged by its first bytes; office files by their container and name. */
  static String contentType(byte[] b, String name) {
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
    if (ole && lower.endsWith(".doc")) {
      return "application/msword";
    }
    if (ole && lower.endsWith(".xls")) {
      return "application/vnd.ms-excel";
    }
    boolean zip = b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    if (zip && lower.endsWith(".docx")) {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    if (zip && lower.endsWith(".xlsx")) {
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    return null;
  }

  /** The name without any path, control characters or quotes, and not too long to show. */
  static String cleanName(String fileName) {
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

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
