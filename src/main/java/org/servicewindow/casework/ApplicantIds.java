package org.servicewindow.casework;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Check digits of the two numbers an applicant gives: the citizen ID number (公民身份号码, GB 11643-1999,
 * ISO 7064 MOD 11-2) and the unified social credit code of an organisation (统一社会信用代码, GB 32100-2015,
 * MOD 31). A typo caught at the window saves a citizen a second visit.
 */
public final class ApplicantIds {

  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";
  private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private ApplicantIds() {}

  /** An 18-character ID number with a real birth date and the right check character (x or X). */
  public static boolean isValidIdNumber(String id) {
    if (id == null || !id.matches("[1-9][0-9]{16}[0-9Xx]")) {
      return false;
    }
    try {
      LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
          Integer.parseInt(id.substring(12, 14)));
    } catch (DateTimeException e) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return Character.toUpperCase(id.charAt(17)) == ID_CHECK.charAt(sum % 11);
  }

  /** An 18-character unified social credit code whose last character is its MOD 31 check character. */
  public static boolean isValidCreditCode(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    String upper = code.toUpperCase(java.util.Locale.ROOT);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = CODE_CHARS.indexOf(upper.charAt(i));
      if (value < 0) {
        return false;
      }
      sum += value * CODE_WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return upper.charAt(17) == CODE_CHARS.charAt(check);
  }

  /** For lists: the region and the last four kept, the birth date hidden ({@code 610302********123X}). */
  public static String mask(String id) {
    if (id == null || id.isBlank()) {
      return "-";
    }
    if (id.length() < 10) {
      return id.charAt(0) + "***";
    }
    return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
  }
}
