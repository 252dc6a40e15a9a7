package org.servicewindow.training.internal;

/** A quiz after a study session, or a timed round of a skill contest (业务技能比武). */
public enum QuizKind {
  QUIZ,
  CONTEST
}
