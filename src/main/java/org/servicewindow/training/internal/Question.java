package org.servicewindow.training.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.training.Topic;

/**
 * A question of a unit's bank. A single-choice or true/false question has exactly one right option, a
 * multiple-choice question at least two; the answer is right only when exactly the right options are chosen.
 */
public record Question(
    UUID id,
    String unitCode,
    Topic topic,
    QuestionKind kind,
    String body,
    String explanation,
    boolean active,
    List<Option> options,
    Instant createdAt,
    String createdBy) {

  /** An option; {@code ordinal} is its place as written, the order shown differs per attempt. */
  public record Option(int ordinal, String label, boolean correct) {}

  public Question {
    options = List.copyOf(options);
  }

  /** Refuses a question that could not be answered or scored. */
  public static void check(QuestionKind kind, String body, List<Option> options) {
    if (body == null || body.isBlank()) {
      throw new BusinessRuleException("training.question.bodyRequired");
    }
    if (options.stream().anyMatch(o -> o.label() == null || o.label().isBlank())) {
      throw new BusinessRuleException("training.question.optionBlank");
    }
    long correct = options.stream().filter(Option::correct).count();
    switch (kind) {
      case TRUE_FALSE -> {
        if (options.size() != 2 || correct != 1) {
          throw new BusinessRuleException("training.question.trueFalse");
        }
      }
      case SINGLE -> {
        if (options.size() < 2 || options.size() > 6 || correct != 1) {
          throw new BusinessRuleException("training.question.single");
        }
      }
      case MULTIPLE -> {
        if (options.size() < 3 || options.size() > 6 || correct < 2) {
          throw new BusinessRuleException("training.question.multiple");
        }
      }
    }
  }

  public Set<Integer> correctOrdinals() {
    return options.stream().filter(Option::correct).map(Option::ordinal).collect(Collectors.toSet());
  }

  /** Whether these chosen options are exactly the right ones. */
  public boolean answeredBy(Set<Integer> chosen) {
    return chosen != null && !chosen.isEmpty() && chosen.equals(correctOrdinals());
  }

  public Option option(int ordinal) {
    return options.stream().filter(o -> o.ordinal() == ordinal).findFirst().orElseThrow();
  }
}
