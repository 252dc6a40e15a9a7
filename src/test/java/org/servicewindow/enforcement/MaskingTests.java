package org.servicewindow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicewindow.enforcement.internal.Masking;

/** Personal data is masked before a decision is published. */
class MaskingTests {

  @Test
  void masksNamesIdNumbersAndPhones() {
    assertThat(Masking.personName("张三")).isEqualTo("张*");
    assertThat(Masking.personName("欧阳娜娜")).isEqualTo("欧***");
    assertThat(Masking.residentId("61030219900101123X")).isEqualTo("610302********123X");
    String text = Masking.text("张三（61030219900101123X，13912345678，0917-3261234）在人行道摆摊，张三拒不改正。", "张三");
    assertThat(text).isEqualTo("张*（610302********123X，139****5678，0917-****1234）在人行道摆摊，张*拒不改正。");
  }

  @Test
  void leavesAmountsDatesAndCaseNumbersAlone() {
    String text = "罚款 50000 元，2026-11-26 作出，案号 BJCGZFJ-2026-00012。";
    assertThat(Masking.text(text, null)).isEqualTo(text);
  }
}
