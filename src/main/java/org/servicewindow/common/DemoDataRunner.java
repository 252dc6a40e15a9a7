package org.servicewindow.common;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Runs every module's {@link DemoData} in order once all beans exist and before the web server starts. */
@Component
@Profile("demo")
class DemoDataRunner implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

  private final ObjectProvider<DemoData> seeds;

  DemoDataRunner(ObjectProvider<DemoData> seeds) {
    this.seeds = seeds;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<DemoData> ordered = seeds.orderedStream().toList();
    for (DemoData seed : ordered) {
      long start = System.nanoTime();
      seed.seed();
      log.info("Demo data {} ready in {} ms", seed.getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
    }
  }
}
