package org.servicewindow.prereview.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the pre-review.
 *
 * @param filesDir where uploaded files are kept, outside the web root
 * @param maxFileBytes largest accepted file
 * @param reviewHours working hours (by the standard hall hours) the unit has to review a submission
 * @param reminderMinutes how long before the review deadline the unit is reminded
 * @param codeMinutes how long a phone code is valid
 * @param codeAttempts wrong entries allowed per code
 * @param codesPerHour codes one phone may request per hour
 * @param retentionDays days after the last activity after which files and personal data are deleted
 * @param jobsEnabled whether reminders and retention run on this node
 */
@ConfigurationProperties("sw.prereview")
public record PreReviewProperties(String filesDir, Long maxFileBytes, Integer reviewHours, Integer reminderMinutes,
    Integer codeMinutes, Integer codeAttempts, Integer codesPerHour, Integer retentionDays, Boolean jobsEnabled) {

  public PreReviewProperties {
    filesDir = filesDir == null || filesDir.isBlank() ? "./data/prereview-files" : filesDir;
    maxFileBytes = maxFileBytes == null ? 5L * 1024 * 1024 : maxFileBytes;
    reviewHours = reviewHours == null ? 8 : reviewHours;
    reminderMinutes = reminderMinutes == null ? 120 : reminderMinutes;
    codeMinutes = codeMinutes == null ? 10 : codeMinutes;
    codeAttempts = codeAttempts == null ? 5 : codeAttempts;
    codesPerHour = codesPerHour == null ? 5 : codesPerHour;
    retentionDays = retentionDays == null ? 180 : retentionDays;
    jobsEnabled = jobsEnabled == null || jobsEnabled;
  }
}
