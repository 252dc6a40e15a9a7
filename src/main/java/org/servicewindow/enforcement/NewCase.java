package org.servicewindow.enforcement;

import java.util.List;
import java.util.UUID;

/** What it takes to file a case (立案). */
public record NewCase(
    String unitCode,
    CaseKind kind,
    String title,
    PartyType partyType,
    String partyName,
    String partyIdNumber,
    String partyPhone,
    String partyAddress,
    String facts,
    String legalBasis,
    UUID discretionId,
    List<UUID> officerIds) {}
