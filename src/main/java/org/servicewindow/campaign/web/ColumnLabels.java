package org.servicewindow.campaign.web;

import java.util.Locale;
import org.servicewindow.campaign.DeliverableKind;
import org.springframework.context.MessageSource;

/** The short name of a deliverable in the reader's language: 工作方案, 2020-07 进展, 自查总结. */
final class ColumnLabels {

  private ColumnLabels() {}

  static String label(MessageSource messages, DeliverableKind kind, String period, Locale locale) {
    if (kind == DeliverableKind.PROGRESS_REPORT) {
      return messages.getMessage("campaign.kind.progressOf", new Object[] {period}, locale);
    }
    return messages.getMessage("campaign.kind." + kind.name(), null, locale);
  }
}
