package org.servicewindow.organization.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** The shapes of codes and phone numbers, shared by the forms, the domain checks and the import. */
public final class Codes {

  /** Unit, hall and window codes: upper-case letters, digits, dash and underscore, e.g. {@code BJZWFW-01}. */
  public static final String CODE_REGEX = "[A-Z0-9][A-Z0-9_-]{1,31}";
  /** Staff numbers are printed on badges: letters, digits and dashes. */
  public static final String STAFF_NUMBER_REGEX = "[A-Za-z0-9][A-Za-z0-9-]{1,31}";
  /** Service item codes come from the catalog; kept permissive. */
  public static final String SERVICE_REGEX = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
  /** Landline with area code, mobile, or hotline: digits, plus, dash, spaces. */
  public static final String PHONE_REGEX = "[0-9+][0-9+\\- ]{3,19}";
  public static final String USERNAME_REGEX = "[a-z0-9][a-z0-9_.-]{2,63}";

  private static final Pattern CODE = Pattern.compile(CODE_REGEX);
  private static final Pattern STAFF_NUMBER = Pattern.compile(STAFF_NUMBER_REGEX);
  private static final Pattern SERVICE = Pattern.compile(SERVICE_REGEX);
  private static final Pattern PHONE = Pattern.compile(PHONE_REGEX);
  private static final Pattern USERNAME = Pattern.compile(USERNAME_REGEX);

  private Codes() {}

  public static boolean isCode(String s) {
    return s != null && CODE.matcher(s).matches();
  }

  public static boolean isStaffNumber(String s) {
    return s != null && STAFF_NUMBER.matcher(s).matches();
  }

  public static boolean isService(String s) {
    return s != null && SERVICE.matcher(s).matches();
  }

  public static boolean isPhone(String s) {
    return s != null && PHONE.matcher(s).matches();
  }

  public static boolean isUsername(String s) {
    return s != null && USERNAME.matcher(s).matches();
  }

  /** A list typed into one box or cell: separated by commas, semicolons, 、 or white space; blanks and repeats dropped. */
  public static List<String> list(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    LinkedHashSet<String> items = new LinkedHashSet<>();
    for (String part : text.split("[,;，；、\\s]+")) {
      if (!part.isBlank()) {
        items.add(part.trim());
      }
    }
    return new ArrayList<>(items);
  }
}
