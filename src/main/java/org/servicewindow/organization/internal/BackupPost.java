package org.servicewindow.organization.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An A/B post (AB岗): A serves it, B stands in while A is away, and the two are never away at the same
 * time, so the post's window and services are always covered.
 */
public record BackupPost(
    UUID id,
    String name,
    String unitCode,
    String hallCode,
    String windowCode,
    UUID staffA,
    UUID staffB,
    List<String> serviceCodes,
    Instant createdAt,
    Instant updatedAt) {

  public BackupPost {
    serviceCodes = List.copyOf(serviceCodes);
  }

  public boolean involves(UUID staffId) {
    return staffA.equals(staffId) || staffB.equals(staffId);
  }

  /** The other half of the pair, if the given staff member is one half. */
  public Optional<UUID> partnerOf(UUID staffId) {
    if (staffA.equals(staffId)) {
      return Optional.of(staffB);
    }
    if (staffB.equals(staffId)) {
      return Optional.of(staffA);
    }
    return Optional.empty();
  }
}
