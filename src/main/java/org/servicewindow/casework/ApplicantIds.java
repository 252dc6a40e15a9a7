package org.servicewindow.casework;

/**
 * How an applicant's ID number is shown (its check digit is {@link org.servicewindow.common.PartyIds}'
 * business: a typo caught at the window saves a citizen a second visit).
 */
public final class ApplicantIds {

  private ApplicantIds() {}

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
