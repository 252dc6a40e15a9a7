package org.servicewindow.training.internal;

import org.servicewindow.common.UploadedFiles;

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
    return UploadedFiles.contentType(b, name);
  }

  /** The name without any path, control characters or quotes, short enough to show. */
  public static String cleanName(String fileName) {
    return UploadedFiles.cleanName(fileName, MAX_NAME);
  }
}
