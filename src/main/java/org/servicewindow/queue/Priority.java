package org.servicewindow.queue;

/**
 * How a ticket ranks in the line. Green-channel tickets (elderly, disabled, pregnant, military, urgent)
 * come first, within a cap so normal tickets still move; appointments checked in within their slot come
 * before walk-ins; everyone else by issue time.
 */
public enum Priority {
  GREEN_CHANNEL(0),
  APPOINTMENT(1),
  NORMAL(2);

  private final int rank;

  Priority(int rank) {
    this.rank = rank;
  }

  /** Lower is called earlier; stored with the ticket so the database orders by it. */
  public int rank() {
    return rank;
  }
}
