package org.servicewindow.training.internal;

/** How a question is answered: one option, several options, or true/false. */
public enum QuestionKind {
  SINGLE,
  MULTIPLE,
  TRUE_FALSE
}
