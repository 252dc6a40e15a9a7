package org.servicewindow.casework;

import java.time.LocalDate;
import java.util.UUID;

/** An accepted application passed its promised date undecided; overdue cases count against the unit in assessment. */
public record ApplicationOverdue(
    UUID applicationId,
    String number,
    String serviceCode,
    String unitCode,
    String hallCode,
    String windowCode,
    String handlerUsername,
    LocalDate promisedDueDate) {}
