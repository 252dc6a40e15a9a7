package org.servicewindow.enforcement;

import java.time.Instant;
import java.util.UUID;

/**
 * The result of recomputing a case record's hash chain.
 *
 * @param firstBrokenSeq the first entry whose stored hash, link to its predecessor or file does not match
 *     (null when intact); for a record cut short, the entry after the last one kept
 * @param problem what is wrong there: {@code content}, {@code link}, {@code missing}, {@code file}, {@code head}
 */
public record ChainVerification(
    UUID caseId, String caseNumber, int entries, boolean intact, Integer firstBrokenSeq, String problem,
    String expectedHash, String storedHash, Instant checkedAt) {}
