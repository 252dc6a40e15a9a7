package org.servicewindow.common;

/**
 * A module's demo data for the embedded default run (profile {@code demo}). All of them are run once
 * at startup, in {@link org.springframework.core.annotation.Order} (lower first, so the organization exists
 * before the queue's history); each one checks whether its data is already there, so restarts keep the data.
 */
public interface DemoData {

  void seed();

  /**
   * True for demo data computed only from other modules' demo data (scores, rollups): on a first start it is
   * computed in the background once the server is up (see {@code sw.demo.derived-in-background}), so the
   * hall is usable in seconds rather than after every period has been scored.
   */
  default boolean derived() {
    return false;
  }
}
