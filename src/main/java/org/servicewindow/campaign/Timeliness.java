package org.servicewindow.campaign;

import java.time.Instant;
import java.time.LocalDate;
import org.servicewindow.common.ChinaTime;

/**
 * The traffic light of one deliverable: handed in by its due date (green), after it (amber), not at all
 * though due (red), or not yet due. Judged by the <em>first</em> version: a report returned for rework
 * was still handed in on time.
 */
public enum Timeliness {
  ON_TIME,
  LATE,
  MISSING,
  PENDING;

  public static Timeliness of(LocalDate due, Instant firstSubmittedAt, LocalDate today) {
    if (firstSubmittedAt != null) {
      return firstSubmittedAt.atZone(ChinaTime.ZONE).toLocalDate().isAfter(due) ? LATE : ON_TIME;
    }
    return today.isAfter(due) ? MISSING : PENDING;
  }
}
