package org.servicewindow.organization.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.servicewindow.organization.internal.Avatars;
import org.servicewindow.organization.internal.Photo;
import org.servicewindow.organization.internal.StaffMember;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Answers for a staff member's picture: the stored photo, else the generated avatar (SVG). */
final class Pictures {

  private Pictures() {}

  static ResponseEntity<byte[]> of(StaffMember member, Optional<Photo> photo) {
    if (photo.isPresent()) {
      return ResponseEntity.ok()
          .cacheControl(CacheControl.noCache())
          .contentType(MediaType.parseMediaType(photo.get().contentType()))
          .header("X-Content-Type-Options", "nosniff")
          .body(photo.get().content());
    }
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
        .header("X-Content-Type-Options", "nosniff")
        .body(Avatars.svg(member.name(), member.staffNumber()).getBytes(StandardCharsets.UTF_8));
  }
}
