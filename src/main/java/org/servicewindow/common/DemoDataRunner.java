package org.servicewindow.common;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs every module's {@link DemoData} in order once all beans exist and before the web server starts —
 * except the {@linkplain DemoData#derived() derived} ones, which by default run in one background thread once
 * the application is ready; {@link #pending()} tells the pages to say so.
 */
@Component
@Profile("demo")
public class DemoDataRunner implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

  private final ObjectProvider<DemoData> seeds;
  private final boolean derivedInBackground;
  private final AtomicInteger pending = new AtomicInteger();
  private List<DemoData> derived = List.of();

  DemoDataRunner(ObjectProvider<DemoData> seeds,
      @Value("${sw.demo.derived-in-background:true}") boolean derivedInBackground) {
    this.seeds = seeds;
    this.derivedInBackground = derivedInBackground;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<DemoData> ordered = seeds.orderedStream().toList();
    derived = derivedInBackground ? ordered.stream().filter(DemoData::derived).toList() : List.of();
    pending.set(derived.size());
    ordered.stream().filter(seed -> !derived.contains(seed)).forEach(DemoDataRunner::run);
  }

  @EventListener(ApplicationReadyEvent.class)
  void runDerived() {
    if (derived.isEmpty()) {
      return;
    }
    Thread thread = new Thread(() -> {
      for (DemoData seed : derived) {
        try {
          run(seed);
        } catch (RuntimeException e) {
          log.error("Demo data {} failed", seed.getClass().getSimpleName(), e);
        } finally {
          pending.decrementAndGet();
        }
      }
    }, "sw-demo-derived");
    thread.setDaemon(true);
    thread.start();
  }

  /** How many derived demo data sets are still being computed (0 once all are in place). */
  public int pending() {
    return pending.get();
  }

  private static void run(DemoData seed) {
    long start = System.nanoTime();
    seed.seed();
    log.info("Demo data {} ready in {} ms", seed.getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
  }
}
