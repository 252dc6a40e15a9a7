package org.servicewindow.enforcement.internal;

import java.util.regex.Pattern;

/**
 * Masks personal data before a decision is published (公示): a person's name, identity number and phone
 * numbers, wherever they appear in the published text. Organisations' names and credit codes stay.
 */
public final class Masking {

  private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
  private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");
  private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3})-?\\d{3,4}(\\d{4})(?!\\d)");

  private Masking() {}

  /** 张三 → 张*, 欧阳娜娜 → 欧***. */
  public static String personName(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    return name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
  }

  /** 610302199001011234 → 610302********1234. */
  public static String residentId(String id) {
    if (id == null || id.length() < 10) {
      return "*".repeat(id == null ? 0 : id.length());
    }
    return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
  }

  /** Masks identity numbers, mobile and landline numbers, and the person's name, inside a text. */
  public static String text(String text, String personName) {
    if (text == null) {
      return null;
    }
    String masked = RESIDENT_ID.matcher(text).replaceAll("$1********$2");
    masked = MOBILE.matcher(masked).replaceAll("$1****$2");
    masked = LANDLINE.matcher(masked).replaceAll("$1-****$2");
    if (personName != null && personName.length() > 1) {
      masked = masked.replace(personName, personName(personName));
    }
    return masked;
  }
}
