package org.servicewindow.organization;

import java.time.Instant;
import java.util.UUID;

/**
 * A staff member will be (or is) away; while they are, their backup (B) is responsible for their post,
 * so the queue and casework can move calls and open cases to whoever {@link OrganizationApi} names.
 */
public record AbsenceRecorded(UUID absenceId, String staffNumber, AbsenceKind kind, Instant startsAt, Instant endsAt) {}
