package org.servicewindow.prereview.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reminders before review deadlines and the retention sweep; both are safe to run on several nodes. */
@Component
class PreReviewJobs {

  private final PreReviews preReviews;
  private final PhoneVerification phones;
  private final PreReviewProperties properties;

  PreReviewJobs(PreReviews preReviews, PhoneVerification phones, PreReviewProperties properties) {
    this.preReviews = preReviews;
    this.phones = phones;
    this.properties = properties;
  }

  @Scheduled(fixedDelayString = "${sw.prereview.reminder-interval:PT10M}", initialDelayString = "PT2M")
  void remind() {
    if (properties.jobsEnabled()) {
      preReviews.remindDue();
    }
  }

  @Scheduled(cron = "0 30 2 * * *", zone = "Asia/Shanghai")
  void retention() {
    if (properties.jobsEnabled()) {
      preReviews.purgeExpired();
      phones.purge();
    }
  }
}
