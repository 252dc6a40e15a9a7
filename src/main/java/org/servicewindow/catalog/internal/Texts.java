package org.servicewindow.catalog.internal;

/** What a form or a search box sends: text, or nothing when blank. */
public final class Texts {

  private Texts() {}

  public static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  /** The text without surrounding blanks; null when there is none. */
  public static String clean(String s) {
    return present(s) ? s.strip() : null;
  }
}
