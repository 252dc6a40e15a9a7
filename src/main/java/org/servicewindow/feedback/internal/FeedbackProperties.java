package org.servicewindow.feedback.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of 好差评 ({@code sw.feedback.*}).
 *
 * @param ratingWindow how long after the service a citizen who did not rate on site may still rate it
 * @param publicLimit public (anonymous) ratings accepted per client address within {@code publicLimitWindow}
 * @param publicLimitWindow the sliding window of that limit
 * @param evaluatorGap the evaluator device's anti-mash guard: the least time between completion and a rating
 * @param ledgerWorkingDays working days a 差评 ledger entry has from opening to closing (default 15, product.md)
 * @param rectifyWorkingDays default working days of a rectification with a deadline (default 15, product.md)
 * @param urgentWorkingDays working days to handle an urgent complaint (0 = the same working day, product.md)
 * @param consultationWorkingDays working days to answer a consultation (default 3, product.md)
 * @param complaintWorkingDays working days to handle a complaint (default 13, product.md)
 */
@ConfigurationProperties("sw.feedback")
public record FeedbackProperties(
    @DefaultValue("7d") Duration ratingWindow,
    @DefaultValue("20") int publicLimit,
    @DefaultValue("10m") Duration publicLimitWindow,
    @DefaultValue("2s") Duration evaluatorGap,
    @DefaultValue("15") int ledgerWorkingDays,
    @DefaultValue("15") int rectifyWorkingDays,
    @DefaultValue("0") int urgentWorkingDays,
    @DefaultValue("3") int consultationWorkingDays,
    @DefaultValue("13") int complaintWorkingDays) {}
