package org.servicewindow.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delivery settings ({@code sw.notification.*}).
 *
 * @param pollEnabled whether this node delivers the outbox (tests deliver by hand)
 * @param pollInterval how often the outbox is read
 * @param batchSize messages claimed per read
 * @param maxAttempts attempts before a message is given up as FAILED
 * @param firstRetry wait after the first failure; each next wait is three times longer
 * @param mailFrom sender address of e-mails
 */
@ConfigurationProperties("sw.notification")
public record NotificationProperties(
    Boolean pollEnabled,
    Duration pollInterval,
    Integer batchSize,
    Integer maxAttempts,
    Duration firstRetry,
    String mailFrom) {

  public NotificationProperties {
    pollEnabled = pollEnabled == null || pollEnabled;
    pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
    batchSize = batchSize == null ? 50 : batchSize;
    maxAttempts = maxAttempts == null ? 5 : maxAttempts;
    firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
    mailFrom = mailFrom == null || mailFrom.isBlank() ? "noreply@servicewindow.local" : mailFrom;
  }

  /** The wait before attempt {@code attempt + 1}, or null when {@code attempt} was the last. */
  Duration backoffAfter(int attempt) {
    if (attempt >= maxAttempts) {
      return null;
    }
    return firstRetry.multipliedBy((long) Math.pow(3, attempt - 1));
  }
}
