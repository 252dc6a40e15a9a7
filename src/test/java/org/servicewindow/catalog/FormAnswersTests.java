package org.servicewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.catalog.Guides.field;
import static org.servicewindow.catalog.Guides.guide;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicewindow.catalog.internal.FormAnswers;
import org.servicewindow.catalog.internal.Merging;

/** The merged form checks each answer by its question's type and keeps everything typed. */
class FormAnswersTests {

  static final MergedForm FORM = Merging.form(List.of(
      guide("A", List.of(), List.of(field("name", FieldType.TEXT, true), field("idNumber", FieldType.ID_NUMBER, true),
          field("phone", FieldType.PHONE, true), field("born", FieldType.DATE, false))),
      guide("B", List.of(), List.of(field("area", FieldType.NUMBER, false), field("creditCode", FieldType.CREDIT_CODE, false),
          field("use", FieldType.SELECT, false, "居民", "商业"), field("email", FieldType.EMAIL, false),
          field("note", FieldType.TEXTAREA, false)))));

  @Test
  void correctAnswersPass() {
    FormAnswers.Result result = FormAnswers.check(FORM, Map.of("name", " 张三 ", "idNumber", "11010519491231002x",
        "phone", "0917-3263678", "born", "1949-12-31", "area", "35.5", "creditCode", "91350100M000100Y43",
        "use", "居民", "email", "zhang@example.cn", "note", "第一行\n第二行"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.valid()).isTrue();
    assertThat(result.value("name")).isEqualTo("张三");
  }

  @Test
  void everyWrongAnswerIsNamedAndEverythingTypedIsKept() {
    FormAnswers.Result result = FormAnswers.check(FORM, Map.of("name", "", "idNumber", "110105194912310021",
        "phone", "3263678", "born", "31/12/1949", "area", "三十", "creditCode", "91350100M000100Y44", "use", "工业",
        "email", "zhang@", "note", "长".repeat(2001)));

    assertThat(result.valid()).isFalse();
    assertThat(result.problems()).extractingFromEntries(e -> e.getKey() + ":" + e.getValue().key()).containsExactly(
        "name:catalog.answer.required", "idNumber:catalog.answer.idNumber", "phone:catalog.answer.phone",
        "born:catalog.answer.date", "area:catalog.answer.number", "creditCode:catalog.answer.creditCode",
        "use:catalog.answer.option", "email:catalog.answer.email", "note:catalog.answer.tooLong");
    assertThat(result.values()).containsEntry("idNumber", "110105194912310021").containsEntry("area", "三十");
  }

  @Test
  void anIdNumberNeedsARealBirthDateAndItsCheckCharacter() {
    assertThat(FormAnswers.isIdNumber("11010519491231002X")).isTrue();
    assertThat(FormAnswers.isIdNumber("11010519491331002X")).as("month 13").isFalse();
    assertThat(FormAnswers.isIdNumber("1101051949123100")).isFalse();
  }

  @Test
  void optionalQuestionsMayStayEmpty() {
    FormAnswers.Result result = FormAnswers.check(FORM, Map.of("name", "张三", "idNumber", "11010519491231002X",
        "phone", "13891700000"));

    assertThat(result.valid()).isTrue();
    assertThat(result.values()).containsEntry("born", "").hasSize(9);
  }
}
