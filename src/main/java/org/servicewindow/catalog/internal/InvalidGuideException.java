package org.servicewindow.catalog.internal;

import java.util.List;
import org.servicewindow.common.BusinessRuleException;

/** A guide that breaks the rules, with every problem at once so the editor fixes them in one go. */
public class InvalidGuideException extends BusinessRuleException {

  private final transient List<GuideProblem> problems;

  public InvalidGuideException(List<GuideProblem> problems) {
    super("catalog.guide.invalid", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<GuideProblem> problems() {
    return problems;
  }
}
