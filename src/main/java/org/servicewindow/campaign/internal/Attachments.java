package org.servicewindow.campaign.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.servicewindow.common.BusinessRuleException;

/**
 * Judges a file attached to a submission by its bytes, not by the name or type the browser claims: PDF,
 * PNG, JPEG, Word or Excel (old or new format); at most {@value #MAX_BYTES} bytes. A script or web page is
 * refused before it is stored, and files are only ever served as downloads.
 */
public final class Attachments {

  public static final int MAX_BYTES = 10 * 1024 * 1024;
  public static final int MAX_FILES = 5;
  static final int MAX_NAME = 120;

  /** A checked file, ready to store. */
  public record Checked(String fileName, String contentType, int size, String sha256, byte[] content) {}

  private Attachments() {}

  public static Checked check(String fileName, byte[] bytes) {
    String name = cleanName(fileName);
    if (bytes == null || bytes.length == 0) {
      throw new BusinessRuleException("campaign.file.empty", name);
    }
    if (bytes.length > MAX_BYTES) {
      throw new BusinessRuleException("campaign.file.tooLarge", name, MAX_BYTES / (1024 * 1024));
    }
    String type = contentType(bytes, name);
    if (type == null) {
      throw new BusinessRuleException("campaign.file.type", name);
    }
    return new Checked(name, type, bytes.length, sha256(bytes), bytes);
  }

  static String contentType(byte[] b, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return "application/pdf";
    }
    if (starts(b, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
      return "image/png";
    }
    if (starts(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return "image/jpeg";
    }
    boolean ole = starts(b, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    if (ole && lower.endsWith(".doc")) {
      return "application/msword";
    }
    if (ole && lower.endsWith(".xls")) {
      return "application/vnd.ms-excel";
    }
    boolean zip = starts(b, new byte[] {'P', 'K', 3, 4});
    if (zip && lower.endsWith(".docx")) {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    if (zip && lower.endsWith(".xlsx")) {
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    return null;
  }

  static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|*?:]", "").strip();
    if (name.isEmpty()) {
      name = "file";
    }
    return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
  }

  private static boolean starts(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
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
