package org.servicewindow.enforcement.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The application's clock as enforcement reads it. The demo history runs the real case workflow "in
 * the past" by shifting this clock for the seeding thread only, so its timelines, decision dates and
 * publication deadlines are consistent with each other and with the hash chain.
 */
@Component
public class CaseClock {

  private static final ThreadLocal<Duration> SHIFT = ThreadLocal.withInitial(() -> Duration.ZERO);

  private final Clock clock;

  CaseClock(Clock clock) {
    this.clock = clock;
  }

  public Clock clock() {
    Duration shift = SHIFT.get();
    return shift.isZero() ? clock : Clock.offset(clock, shift);
  }

  /** Runs an action with this thread's enforcement clock moved back by {@code ago}. */
  public <T> T ago(Duration ago, Supplier<T> action) {
    Duration before = SHIFT.get();
    SHIFT.set(ago.negated());
    try {
      return action.get();
    } finally {
      SHIFT.set(before);
    }
  }
}
