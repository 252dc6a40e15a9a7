package org.servicewindow.supervision.internal;

/**
 * One configurable line of the inspection checklist at its current revision; its label is {@code label}, or the
 * text {@code supervision.item.<code>} for the seeded items (label null).
 */
public record ChecklistItem(String code, String dimension, int maxScore, String label, int revision, boolean active,
    int sortOrder) {

  public ChecklistItem(String code, String dimension, int maxScore) {
    this(code, dimension, maxScore, null, 1, true, 0);
  }
}
