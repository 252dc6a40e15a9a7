package org.servicewindow.campaign.internal;

import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.UploadedFiles;

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

  /** The file's type judged by its first bytes (PDF, pictures, Word, Excel); null if refused. */
  static String contentType(byte[] b, String name) {
    String type = UploadedFiles.contentType(b, name);
    return type != null && UploadedFiles.DOCUMENTS.contains(type) ? type : null;
  }

  static String cleanName(String fileName) {
    return UploadedFiles.cleanName(fileName, MAX_NAME);
  }

  private static String sha256(byte[] bytes) {
    return UploadedFiles.sha256(bytes);
  }
}
