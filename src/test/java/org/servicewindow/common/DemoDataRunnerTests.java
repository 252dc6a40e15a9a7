package org.servicewindow.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

class DemoDataRunnerTests {

  private final List<String> seeded = new CopyOnWriteArrayList<>();
  private final CountDownLatch scoringMayFinish = new CountDownLatch(1);

  @Test
  void seedsDerivedDataInTheBackgroundOnceTheApplicationIsReadyAndSaysSoMeanwhile() throws Exception {
    DemoDataRunner runner = runner(true);

    runner.afterSingletonsInstantiated();
    assertThat(seeded).containsExactly("city", "queue");
    assertThat(runner.pending()).isEqualTo(2);

    runner.runDerived();
    await().atMost(Duration.ofSeconds(5)).until(() -> seeded.contains("scores"));
    assertThat(runner.pending()).as("rollups still waiting for the scores").isEqualTo(2);
    scoringMayFinish.countDown();
    await().atMost(Duration.ofSeconds(5)).until(() -> runner.pending() == 0);
    assertThat(seeded).containsExactly("city", "queue", "scores", "scored", "rollups");
  }

  @Test
  void seedsEverythingInOrderBeforeTheServerStartsWhenAskedTo() {
    scoringMayFinish.countDown();
    DemoDataRunner runner = runner(false);

    runner.afterSingletonsInstantiated();
    runner.runDerived();

    assertThat(seeded).containsExactly("city", "scores", "scored", "queue", "rollups");
    assertThat(runner.pending()).isZero();
  }

  private DemoDataRunner runner(boolean derivedInBackground) {
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    beans.registerSingleton("city", seed("city", false));
    beans.registerSingleton("scores", (DemoData) new DemoData() {
      @Override
      public void seed() {
        seeded.add("scores");
        try {
          scoringMayFinish.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        seeded.add("scored");
      }

      @Override
      public boolean derived() {
        return true;
      }
    });
    beans.registerSingleton("queue", seed("queue", false));
    beans.registerSingleton("rollups", seed("rollups", true));
    return new DemoDataRunner(beans.getBeanProvider(DemoData.class), derivedInBackground);
  }

  private DemoData seed(String name, boolean derived) {
    return new DemoData() {
      @Override
      public void seed() {
        seeded.add(name);
      }

      @Override
      public boolean derived() {
        return derived;
      }
    };
  }
}
