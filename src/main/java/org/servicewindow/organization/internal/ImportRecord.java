package org.servicewindow.organization.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The outcome of one bulk import, kept for its result page: imported everything, or nothing and why. */
public record ImportRecord(
    UUID id,
    ImportKind kind,
    String fileName,
    boolean succeeded,
    int rowCount,
    int imported,
    List<RowProblem> problems,
    String importedBy,
    Instant importedAt) {

  public ImportRecord {
    problems = List.copyOf(problems);
  }
}
