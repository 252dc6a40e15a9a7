package org.servicewindow.catalog.internal;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Pinyin initials of a name (食品经营许可 → spjyxk), so a citizen can type what a phone keyboard gives
 * first. The 3,755 common characters of GB 2312 (level 1) are ordered by pinyin, so a character's
 * initial follows from its position; rarer characters are left out, as are punctuation and spaces.
 * Letters and digits stay as they are (lower case).
 */
public final class SearchInitials {

  private static final Charset GB2312 = Charset.forName("GB2312");
  /** Where each initial's characters start in GB 2312 level 1 (啊 芭 擦 搭 蛾 发 噶 哈 击 喀 垃 妈 拿 哦 啪 期 然 撒 塌 挖 昔 压 匝). */
  private static final int[] STARTS = {0xB0A1, 0xB0C5, 0xB2C1, 0xB4EE, 0xB6EA, 0xB7A2, 0xB8C1, 0xB9FE, 0xBBF7,
      0xBFA6, 0xC0AC, 0xC2E8, 0xC4C3, 0xC5B6, 0xC5BE, 0xC6DA, 0xC8BB, 0xC8F6, 0xCBFA, 0xCDDA, 0xCEF4, 0xD1B9, 0xD4D1};
  private static final String LETTERS = "abcdefghjklmnopqrstwxyz";
  private static final int LEVEL_ONE_END = 0xD7F9;

  private SearchInitials() {}

  public static String of(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder initials = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (cp < 128) {
        if (Character.isLetterOrDigit(cp)) {
          initials.append(Character.toLowerCase((char) cp));
        }
      } else {
        char initial = initial(new String(Character.toChars(cp)));
        if (initial != 0) {
          initials.append(initial);
        }
      }
    });
    return initials.toString().toLowerCase(Locale.ROOT);
  }

  /** The query looks like initials: ASCII letters only. */
  public static boolean looksLikeInitials(String query) {
    return query != null && query.strip().matches("[A-Za-z]{2,}");
  }

  private static char initial(String character) {
    byte[] bytes = character.getBytes(GB2312);
    if (bytes.length != 2) {
      return 0;
    }
    int code = ((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF);
    if (code < STARTS[0] || code > LEVEL_ONE_END) {
      return 0;
    }
    for (int i = STARTS.length - 1; i >= 0; i--) {
      if (code >= STARTS[i]) {
        return LETTERS.charAt(i);
      }
    }
    return 0;
  }
}
