package org.servicewindow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Check digits of resident ID numbers (GB 11643) and unified social credit codes (GB 32100). */
class PartyIdsTests {

  @Test
  void acceptsTheStandardsWorkedExamples() {
    // The example of GB 11643-1999, and the example code widely used to explain GB 32100-2015.
    assertThat(PartyIds.isResidentId("11010519491231002X")).isTrue();
    assertThat(PartyIds.isCreditCode("91350100M000100Y43")).isTrue();
  }

  @Test
  void refusesAWrongCheckCharacterABadDateAndForeignCharacters() {
    assertThat(PartyIds.isResidentId("110105194912310021")).isFalse();
    assertThat(PartyIds.isResidentId("110105194902300027")).isFalse(); // 30 February
    assertThat(PartyIds.isResidentId("11010519491231002")).isFalse();
    assertThat(PartyIds.isResidentId(null)).isFalse();
    assertThat(PartyIds.isCreditCode("91350100M000100Y44")).isFalse();
    assertThat(PartyIds.isCreditCode("91350100M000100I43")).isFalse(); // I is not in the code's alphabet
  }

  @Test
  void everySingleDigitTypoIsCaught() {
    Random random = new Random(11643);
    for (int n = 0; n < 200; n++) {
      String first17 = "610302" + (19600101 + random.nextInt(400000) % 9000) + String.format("%03d", random.nextInt(1000));
      if (!PartyIds.isResidentId(first17 + PartyIds.residentIdCheck(first17))) {
        continue; // an impossible date drawn at random
      }
      String id = first17 + PartyIds.residentIdCheck(first17);
      int at = random.nextInt(17);
      char typo = (char) ('0' + (id.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
      String wrong = id.substring(0, at) + typo + id.substring(at + 1);
      assertThat(PartyIds.isResidentId(wrong)).as(wrong).isFalse();
    }
  }
}
