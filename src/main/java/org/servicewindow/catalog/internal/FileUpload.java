package org.servicewindow.catalog.internal;

import java.time.Instant;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.UploadedFiles;

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
