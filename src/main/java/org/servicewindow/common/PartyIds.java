package org.servicewindow.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Check digits of the two identifiers a party of an administrative matter carries: the resident
 * identity number (GB 11643-1999, 公民身份号码) and the unified social credit code (GB 32100-2015,
 * 统一社会信用代码). Typing errors are caught at the edge instead of being published or decided on.
 */
public final class PartyIds {

  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";
  private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private PartyIds() {}

  /**
   * Whether an 18-character resident identity number has a real birth date and the right check character
   * ({@code x} accepted for {@code X}: people type it so).
   */
  public static boolean isResidentId(String value) {
    if (value == null || !value.matches("[1-9]\\d{16}[0-9Xx]")) {
      return false;
    }
    String id = value.toUpperCase(Locale.ROOT);
    try {
      LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
          Integer.parseInt(id.substring(12, 14)));
    } catch (DateTimeException e) {
      return false;
    }
    return id.charAt(17) == residentIdCheck(id.substring(0, 17));
  }

  /** The check character of the first 17 digits of a resident identity number (ISO 7064 MOD 11-2). */
  public static char residentIdCheck(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return ID_CHECK.charAt(sum % 11);
  }

  /** Whether an 18-character unified social credit code uses the code's alphabet and has the right check character. */
  public static boolean isCreditCode(String value) {
    if (value == null || value.length() != 18) {
      return false;
    }
    String code = value.toUpperCase(Locale.ROOT);
    for (int i = 0; i < 18; i++) {
      if (CODE_CHARS.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    return code.charAt(17) == creditCodeCheck(code.substring(0, 17));
  }

  /** The check character of the first 17 characters of a unified social credit code (MOD 31). */
  public static char creditCodeCheck(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CODE_CHARS.indexOf(first17.charAt(i)) * CODE_WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return CODE_CHARS.charAt(check);
  }
}
