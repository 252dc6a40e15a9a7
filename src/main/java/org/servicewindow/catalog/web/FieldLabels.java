package org.servicewindow.catalog.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names a form field in the reader's language for an error list ({@code ${@catalogLabels.of(path)}}):
 * {@code legalBasis} is 设定依据, {@code materials[2].code} is 申请材料第 3 行 · 材料编码.
 */
@Component("catalogLabels")
public class FieldLabels {

  private static final Pattern ROW = Pattern.compile("(materials|steps|formFields)\\[(\\d+)]\\.(\\w+)");
  private static final Map<String, String> ROWS = Map.of(
      "materials", "material", "steps", "step", "formFields", "field");

  private final MessageSource messages;

  FieldLabels(MessageSource messages) {
    this.messages = messages;
  }

  public String of(String path) {
    Matcher row = ROW.matcher(path);
    if (row.matches()) {
      String kind = ROWS.get(row.group(1));
      return text("catalog.row." + kind, Integer.parseInt(row.group(2)) + 1) + " · "
          + text("catalog." + kind + "." + row.group(3));
    }
    return text("catalog.guide." + path);
  }

  /** The names of these items (their codes where unknown), as a list in the reader's language. */
  public String names(java.util.List<String> codes, Map<String, String> names) {
    return String.join(text("catalog.sep.list"), codes.stream().map(c -> names.getOrDefault(c, c)).toList());
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
