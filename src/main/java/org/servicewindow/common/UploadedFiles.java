package org.servicewindow.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * What every module that takes uploads needs the same way: the type judged by the file's first bytes
 * (a renamed script stays refused; office files by their container and extension), a display name with
 * no path or control characters, and the SHA-256 kept with the file.
 */
public final class UploadedFiles {

  public static final String PDF = "application/pdf";
  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";
  public static final String DOC = "application/msword";
  public static final String XLS = "application/vnd.ms-excel";
  public static final String PPT = "application/vnd.ms-powerpoint";
  public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  /** PDF, pictures, Word and Excel: what forms, samples and reports are. */
  public static final Set<String> DOCUMENTS = Set.of(PDF, PNG, JPEG, DOC, XLS, DOCX, XLSX);

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private UploadedFiles() {}

  /** The content type judged by the first bytes (and, for office containers, the extension); null if unknown. */
  public static String contentType(byte[] b, String name) {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (starts(b, PDF_MAGIC)) {
      return PDF;
    }
    if (starts(b, PNG_MAGIC)) {
      return PNG;
    }
    if (starts(b, JPEG_MAGIC)) {
      return JPEG;
    }
    if (starts(b, OLE_MAGIC)) {
      return lower.endsWith(".doc") ? DOC : lower.endsWith(".xls") ? XLS : lower.endsWith(".ppt") ? PPT : null;
    }
    if (starts(b, ZIP_MAGIC)) {
      return lower.endsWith(".docx") ? DOCX : lower.endsWith(".xlsx") ? XLSX : lower.endsWith(".pptx") ? PPTX : null;
    }
    return null;
  }

  /** The name without any path, control characters or quotes, at most {@code maxLength} characters (its end kept). */
  public static String cleanName(String fileName, int maxLength) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|*?:]", "").strip();
    if (name.isEmpty()) {
      name = "file";
    }
    return name.length() > maxLength ? name.substring(name.length() - maxLength) : name;
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean starts(byte[] b, byte[] prefix) {
    if (b == null || b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
