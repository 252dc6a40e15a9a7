package org.servicewindow.catalog.web;

import java.time.Duration;
import org.servicewindow.catalog.internal.GuideQr;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A QR code as an answer: a PNG that may be cached for an hour (a guide's address does not change). */
final class QrResponse {

  private QrResponse() {}

  static ResponseEntity<byte[]> of(String url) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .contentType(MediaType.IMAGE_PNG)
        .body(GuideQr.png(url));
  }
}
