package org.servicewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicewindow.common.PartyIds;

/** Check digits of GB 11643 (ID number) and GB 32100 (unified social credit code), with the standards' own examples. */
class ApplicantIdsTests {

  @Test
  void acceptsIdNumbersWhoseCheckCharacterIsRight() {
    // the example of GB 11643-1999 itself
    assertThat(PartyIds.isResidentId("11010519491231002X")).isTrue();
    assertThat(PartyIds.isResidentId("11010519491231002x")).isTrue();
    assertThat(PartyIds.isResidentId("61030219850612123X")).isTrue();
    assertThat(PartyIds.isResidentId("610303200002290044")).isTrue(); // 29 Feb of a leap year
  }

  @Test
  void refusesWrongCheckCharactersDatesAndShapes() {
    assertThat(PartyIds.isResidentId("110105194912310021")).isFalse();
    assertThat(PartyIds.isResidentId("61030219850612123")).isFalse();
    assertThat(PartyIds.isResidentId("610303200102290041")).isFalse(); // 29 Feb 2001 does not exist
    assertThat(PartyIds.isResidentId("01010519491231002X")).isFalse();
    assertThat(PartyIds.isResidentId("1101051949123100XX")).isFalse();
    assertThat(PartyIds.isResidentId(null)).isFalse();
  }

  @Test
  void acceptsCreditCodesWhoseCheckCharacterIsRight() {
    // the example of GB 32100-2015 itself
    assertThat(PartyIds.isCreditCode("91350100M000100Y43")).isTrue();
    assertThat(PartyIds.isCreditCode("91610300MA6X12345D")).isTrue();
    assertThat(PartyIds.isCreditCode("91610300ma6x12345d")).isTrue();
  }

  @Test
  void refusesCreditCodesWithAWrongCheckOrForbiddenLetters() {
    assertThat(PartyIds.isCreditCode("91350100M000100Y44")).isFalse();
    assertThat(PartyIds.isCreditCode("91350100M000100I43")).isFalse(); // I is not in the code's alphabet
    assertThat(PartyIds.isCreditCode("91350100M000100Y4")).isFalse();
    assertThat(PartyIds.isCreditCode(null)).isFalse();
  }

  @Test
  void masksTheBirthDateButKeepsRegionAndLastFour() {
    assertThat(ApplicantIds.mask("61030219850612123X")).isEqualTo("610302********123X");
    assertThat(ApplicantIds.mask(null)).isEqualTo("-");
  }
}
