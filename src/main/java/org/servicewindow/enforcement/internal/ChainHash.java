package org.servicewindow.enforcement.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hash of a case record entry: SHA-256 over the previous entry's hash and the entry's canonical
 * content, so changing, removing or reordering any entry breaks every link after it.
 */
public final class ChainHash {

  /** The "previous hash" of a record's first entry. */
  public static final String GENESIS = "0".repeat(64);

  private ChainHash() {}

  /**
   * The canonical content: every stored field in a fixed order, each as its length and its text, so no
   * two different entries share one (a field's text can never be mistaken for the next field).
   */
  public static String canonical(UUID caseId, int seq, String kind, String step, Instant recordedAt, String actor,
      String summary, String content, String fileName, String fileType, Long fileSize, String fileSha256,
      Integer correctsSeq) {
    StringBuilder out = new StringBuilder("enf-record-v1");
    for (Object field : new Object[] {caseId, seq, kind, step, recordedAt.truncatedTo(ChronoUnit.MICROS), actor,
        summary, content, fileName, fileType, fileSize, fileSha256, correctsSeq}) {
      String text = field == null ? null : field.toString();
      out.append('|').append(text == null ? -1 : text.length()).append(':').append(text == null ? "" : text);
    }
    return out.toString();
  }

  public static String hash(String previousHash, String canonical) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) '\n');
      digest.update(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
