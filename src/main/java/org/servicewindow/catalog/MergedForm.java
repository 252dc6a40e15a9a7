package org.servicewindow.catalog;

import java.util.List;

/** One application form for several items (一表申请): the union of their questions, each asked once. */
public record MergedForm(List<String> itemCodes, List<MergedField> fields) {

  public MergedForm {
    itemCodes = List.copyOf(itemCodes);
    fields = List.copyOf(fields);
  }
}
