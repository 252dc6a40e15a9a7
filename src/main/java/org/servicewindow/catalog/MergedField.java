package org.servicewindow.catalog;

import java.util.List;

/**
 * A question of a merged form, asked once for all the items that ask it.
 *
 * @param askedBy the codes of those items, in the bundle's order
 */
public record MergedField(FormField field, List<String> askedBy) {

  public MergedField {
    askedBy = List.copyOf(askedBy);
  }
}
