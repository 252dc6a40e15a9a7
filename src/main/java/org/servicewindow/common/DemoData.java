package org.servicewindow.common;

/**
 * A module's demo data for the embedded default run (profile {@code demo}). All of them are run once
 * at startup, before the server accepts requests, in {@link org.springframework.core.annotation.Order}
 * (lower first, so the organization exists before the queue's history); each one checks whether its data
 * is already there, so restarts keep the data.
 */
public interface DemoData {

  void seed();
}
