package org.servicewindow.enforcement;

import java.time.Instant;
import java.util.UUID;

/** One entry of a case record (全过程记录); never changed — a correction is a new entry pointing at it. */
public record RecordEntry(
    UUID id,
    UUID caseId,
    int seq,
    RecordKind kind,
    CaseStep step,
    Instant recordedAt,
    String actor,
    String summary,
    String content,
    String fileName,
    String fileType,
    Long fileSize,
    String fileSha256,
    Integer correctsSeq,
    String prevHash,
    String hash) {

  public boolean hasFile() {
    return fileSha256 != null;
  }
}
