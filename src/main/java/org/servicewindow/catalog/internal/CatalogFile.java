package org.servicewindow.catalog.internal;

import java.time.Instant;
import java.util.UUID;

/** A blank form or sample attached to a required material; never changed once stored. */
public record CatalogFile(
    UUID id, String itemCode, String fileName, String contentType, int size, String sha256, byte[] content,
    Instant uploadedAt, String uploadedBy) {

  /** Shown in the browser (PDF, pictures) rather than downloaded (office documents). */
  public boolean inline() {
    return contentType.equals("application/pdf") || contentType.startsWith("image/");
  }
}
