package org.servicewindow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.training.internal.MaterialUpload;
import org.servicewindow.training.internal.Question;
import org.servicewindow.training.internal.Question.Option;
import org.servicewindow.training.internal.QuestionKind;

/** Scoring: exactly the right options; questions that could not be scored are refused; materials by their bytes. */
class QuestionTests {

  static Question multiple() {
    return new Question(UUID.randomUUID(), "U1", Topic.SKILLS, QuestionKind.MULTIPLE, "哪些正确？", null, true,
        List.of(new Option(0, "甲", true), new Option(1, "乙", false), new Option(2, "丙", true)), Instant.EPOCH, "a");
  }

  @Test
  void aMultipleChoiceAnswerIsRightOnlyWithExactlyTheRightOptions() {
    Question q = multiple();
    assertThat(q.answeredBy(Set.of(0, 2))).isTrue();
    assertThat(q.answeredBy(Set.of(0))).as("one right option missing").isFalse();
    assertThat(q.answeredBy(Set.of(0, 1, 2))).as("a wrong option added").isFalse();
    assertThat(q.answeredBy(Set.of())).isFalse();
    assertThat(q.answeredBy(null)).isFalse();
  }

  @Test
  void refusesQuestionsThatCannotBeScored() {
    assertThatThrownBy(() -> Question.check(QuestionKind.SINGLE, "题", List.of(new Option(0, "甲", true),
        new Option(1, "乙", true)))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("single");
    assertThatThrownBy(() -> Question.check(QuestionKind.MULTIPLE, "题", List.of(new Option(0, "甲", true),
        new Option(1, "乙", false), new Option(2, "丙", false)))).hasMessageContaining("multiple");
    assertThatThrownBy(() -> Question.check(QuestionKind.TRUE_FALSE, "题", List.of(new Option(0, "正确", false),
        new Option(1, "错误", false)))).hasMessageContaining("trueFalse");
    assertThatThrownBy(() -> Question.check(QuestionKind.SINGLE, " ", List.of())).hasMessageContaining("bodyRequired");
  }

  @Test
  void materialsAreJudgedByTheirBytesNotTheirName() {
    assertThat(MaterialUpload.contentType("%PDF-1.7 ...".getBytes(), "课件.pdf")).isEqualTo("application/pdf");
    assertThat(MaterialUpload.contentType(new byte[] {'P', 'K', 3, 4, 0, 0}, "课件.pptx")).contains("presentationml");
    assertThat(MaterialUpload.contentType("<html><script>".getBytes(), "课件.pdf")).isNull();
    assertThat(MaterialUpload.contentType(new byte[] {'P', 'K', 3, 4, 0, 0}, "run.jar")).isNull();
    assertThat(MaterialUpload.cleanName("..\\..\\etc/passwd\"<>.pdf")).isEqualTo("passwd.pdf");
  }
}
