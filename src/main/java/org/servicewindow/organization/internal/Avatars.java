package org.servicewindow.organization.internal;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The picture shown for a staff member without a photo: their given name on a calm colour picked from
 * their staff number, drawn as SVG so the reader's browser renders the Chinese characters.
 */
public final class Avatars {

  static final List<String> COLOURS = List.of(
      "#0b4ea2", "#1e6b34", "#7a4b00", "#6b2fa3", "#00677f", "#a3372f", "#3d5a80", "#52606d");

  private Avatars() {}

  public static String svg(String name, String staffNumber) {
    String colour = COLOURS.get(Math.floorMod(staffNumber.hashCode(), COLOURS.size()));
    String initials = initials(name);
    int fontSize = initials.length() > 1 ? 84 : 110;
    return """
        <svg xmlns="http://www.w3.org/2000/svg" width="300" height="400" viewBox="0 0 300 400" role="img" aria-label="%s">
          <rect width="300" height="400" fill="%s"/>
          <circle cx="150" cy="400" r="150" fill="#ffffff" fill-opacity="0.12"/>
          <text x="150" y="200" text-anchor="middle" dominant-baseline="central" fill="#ffffff"
                font-family="'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"
                font-size="%d" font-weight="700">%s</text>
        </svg>
        """.formatted(HtmlUtils.htmlEscape(name), colour, fontSize, HtmlUtils.htmlEscape(initials));
  }

  /** The given name of a Chinese name (张晓燕 → 晓燕), the first letters of a Latin one. */
  static String initials(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      return "?";
    }
    if (n.codePoints().anyMatch(Character::isIdeographic)) {
      int[] cps = n.codePoints().filter(cp -> !Character.isWhitespace(cp)).toArray();
      int from = cps.length >= 3 ? cps.length - 2 : (cps.length == 2 ? 1 : 0);
      return new String(cps, from, cps.length - from);
    }
    StringBuilder sb = new StringBuilder();
    for (String part : n.split("\\s+")) {
      if (!part.isEmpty() && sb.length() < 2) {
        sb.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
      }
    }
    return sb.toString();
  }
}
