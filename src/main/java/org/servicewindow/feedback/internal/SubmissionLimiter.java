package org.servicewindow.feedback.internal;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.servicewindow.common.RateLimitedException;
import org.springframework.stereotype.Component;

/**
 * Keeps anonymous ratings honest: a client address may submit at most {@code sw.feedback.public-limit}
 * ratings per sliding window (per node, enough to stop a script; a rating also needs a real token).
 */
@Component
public class SubmissionLimiter {

  private final Map<String, Deque<Long>> hits = new ConcurrentHashMap<>();
  private final FeedbackProperties properties;
  private final Clock clock;

  SubmissionLimiter(FeedbackProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** Counts one attempt of the given key (e.g. {@code rating:1.2.3.4}); 429 when over the limit. */
  public void check(String key) {
    long now = clock.millis();
    long window = properties.publicLimitWindow().toMillis();
    Deque<Long> times = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && (times.peekFirst() <= now - window || times.peekFirst() > now)) {
        times.pollFirst();
      }
      if (times.size() >= properties.publicLimit()) {
        throw new RateLimitedException("feedback.rateLimited");
      }
      times.addLast(now);
    }
  }
}
