package org.servicewindow.queue.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.servicewindow.common.RateLimitedException;
import org.springframework.stereotype.Component;

/**
 * Keeps anonymous online ticketing honest: at most 3 tickets per phone number and 10 per client address
 * in any 30 minutes (sliding window). Counted per node, which is enough to stop a script from emptying a
 * hall's numbers; the limits are in code because a hall has no reason to change them.
 */
@Component
class OnlineIssueLimiter {

  static final Duration WINDOW = Duration.ofMinutes(30);
  static final int PER_PHONE = 3;
  static final int PER_ADDRESS = 10;

  private final Map<String, Deque<Long>> hits = new ConcurrentHashMap<>();
  private final Clock clock;

  OnlineIssueLimiter(Clock clock) {
    this.clock = clock;
  }

  void check(String address, String phone) {
    long now = clock.millis();
    take("ip:" + address, PER_ADDRESS, now);
    if (phone != null && !phone.isBlank()) {
      take("phone:" + phone, PER_PHONE, now);
    }
  }

  private void take(String key, int limit, long now) {
    Deque<Long> times = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst() <= now - WINDOW.toMillis()) {
        times.pollFirst();
      }
      if (times.size() >= limit) {
        throw new RateLimitedException("queue.onlineLimit");
      }
      times.addLast(now);
    }
  }
}
