package org.servicewindow.casework;

/**
 * Who applies: a person, optionally for a company. The ID number and credit code are checked by their
 * check digits ({@link ApplicantIds}); the e-mail address, when given, gets the completion notice too.
 */
public record Applicant(String name, String phone, String idNumber, String email, String companyName, String creditCode) {

  public Applicant {
    name = trim(name);
    phone = trim(phone);
    idNumber = upper(trim(idNumber));
    email = trim(email);
    companyName = trim(companyName);
    creditCode = upper(trim(creditCode));
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
  }
}
