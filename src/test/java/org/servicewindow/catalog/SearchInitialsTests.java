package org.servicewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicewindow.catalog.internal.SearchInitials;

/** Pinyin initials let a citizen type "spjyxk" for 食品经营许可. */
class SearchInitialsTests {

  @Test
  void commonCharactersGiveTheirInitials() {
    assertThat(SearchInitials.of("食品经营许可")).isEqualTo("spjyxk");
    assertThat(SearchInitials.of("个人住房公积金提取")).isEqualTo("grzfgjjtq");
    assertThat(SearchInitials.of("不动产登记")).isEqualTo("bdcdj");
  }

  @Test
  void punctuationIsLeftOutAndLettersAndDigitsStay() {
    assertThat(SearchInitials.of("机动车驾驶证换证（C1）")).isEqualTo("jdcjszhzc1");
    assertThat(SearchInitials.of(null)).isEmpty();
  }

  @Test
  void aQueryOfLettersLooksLikeInitials() {
    assertThat(SearchInitials.looksLikeInitials("spjyxk")).isTrue();
    assertThat(SearchInitials.looksLikeInitials("食品")).isFalse();
  }
}
