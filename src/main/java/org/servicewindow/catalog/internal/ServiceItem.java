package org.servicewindow.catalog.internal;

import java.time.Instant;

/**
 * A service item (事项): a code that never changes, the unit that implements it, and which versions of
 * its guide are published and being worked on.
 *
 * @param currentVersion the published guide, null before the first publication
 * @param workingVersion the one draft or guide in review, if any
 */
public record ServiceItem(
    String code,
    String unitCode,
    Integer currentVersion,
    Integer workingVersion,
    Instant createdAt,
    String createdBy,
    Instant updatedAt) {

  public boolean published() {
    return currentVersion != null;
  }
}
