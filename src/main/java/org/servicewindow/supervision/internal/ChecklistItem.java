package org.servicewindow.supervision.internal;

/** One configurable line of the inspection checklist; its label is the text {@code supervision.item.<code>}. */
public record ChecklistItem(String code, String dimension, int maxScore) {}
