package org.servicewindow.supervision.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checklist item labels for the pages ({@code @supervisionLabels.item(code)}): an item added by the office carries its
 * own label, a seeded one the bundle's text in the reader's language.
 */
@Component("supervisionLabels")
public class SupervisionLabels {

  private final JdbcClient jdbc;
  private final MessageSource messages;

  SupervisionLabels(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  /** The item's current label. */
  public String item(String code) {
    String own = code == null ? null : jdbc.sql("SELECT label FROM supervision_checklist_item WHERE code = :c")
        .param("c", code).query(String.class).optional().orElse(null);
    return own != null ? own : bundle(code);
  }

  /** The bundle's text of a seeded item (what an inspection recorded against its first revision shows). */
  public String bundle(String code) {
    return messages.getMessage("supervision.item." + code, null, code, LocaleContextHolder.getLocale());
  }
}
