package org.servicewindow.organization;

import java.util.UUID;

/** An absence was withdrawn; the staff member is responsible for their post again. */
public record AbsenceCancelled(UUID absenceId, String staffNumber) {}
