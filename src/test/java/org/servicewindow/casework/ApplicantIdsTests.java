package org.servicewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Check digits of GB 11643 (ID number) and GB 32100 (unified social credit code), with the standards' own examples. */
class ApplicantIdsTests {

  @Test
  void acceptsIdNumbersWhoseCheckCharacterIsRight() {
    // the example of GB 11643-1999 itself
    assertThat(ApplicantIds.isValidIdNumber("11010519491231002X")).isTrue();
    assertThat(ApplicantIds.isValidIdNumber("11010519491231002x")).isTrue();
    assertThat(ApplicantIds.isValidIdNumber("61030219850612123X")).isTrue();
    assertThat(ApplicantIds.isValidIdNumber("610303200002290044")).isTrue(); // 29 Feb of a leap year
  }

  @Test
  void refusesWrongCheckCharactersDatesAndShapes() {
    assertThat(ApplicantIds.isValidIdNumber("110105194912310021")).isFalse();
    assertThat(ApplicantIds.isValidIdNumber("61030219850612123")).isFalse();
    assertThat(ApplicantIds.isValidIdNumber("610303200102290041")).isFalse(); // 29 Feb 2001 does not exist
    assertThat(ApplicantIds.isValidIdNumber("01010519491231002X")).isFalse();
    assertThat(ApplicantIds.isValidIdNumber("1101051949123100XX")).isFalse();
    assertThat(ApplicantIds.isValidIdNumber(null)).isFalse();
  }

  @Test
  void acceptsCreditCodesWhoseCheckCharacterIsRight() {
    // the example of GB 32100-2015 itself
    assertThat(ApplicantIds.isValidCreditCode("91350100M000100Y43")).isTrue();
    assertThat(ApplicantIds.isValidCreditCode("91610300MA6X12345D")).isTrue();
    assertThat(ApplicantIds.isValidCreditCode("91610300ma6x12345d")).isTrue();
  }

  @Test
  void refusesCreditCodesWithAWrongCheckOrForbiddenLetters() {
    assertThat(ApplicantIds.isValidCreditCode("91350100M000100Y44")).isFalse();
    assertThat(ApplicantIds.isValidCreditCode("91350100M000100I43")).isFalse(); // I is not in the code's alphabet
    assertThat(ApplicantIds.isValidCreditCode("91350100M000100Y4")).isFalse();
    assertThat(ApplicantIds.isValidCreditCode(null)).isFalse();
  }

  @Test
  void masksTheBirthDateButKeepsRegionAndLastFour() {
    assertThat(ApplicantIds.mask("61030219850612123X")).isEqualTo("610302********123X");
    assertThat(ApplicantIds.mask(null)).isEqualTo("-");
  }
}
