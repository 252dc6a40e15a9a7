package org.servicewindow.common;

/**
 * A one-line message shown after a redirect (post/redirect/get), as a bundle key with arguments. Serializable:
 * it waits for the next request in the session, which is stored in the database.
 *
 * @param level {@code success}, {@code info}, {@code warning} or {@code error}
 */
public record Flash(String level, String key, Object... args) implements java.io.Serializable {

  public static final String ATTRIBUTE = "flash";

  public static Flash success(String key, Object... args) {
    return new Flash("success", key, args);
  }

  public static Flash error(String key, Object... args) {
    return new Flash("error", key, args);
  }
}
