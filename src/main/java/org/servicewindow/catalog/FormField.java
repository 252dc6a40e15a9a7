package org.servicewindow.catalog;

import java.util.List;

/**
 * A question of an item's application form. The key names the question itself (the applicant's ID
 * number is {@code idNumber} everywhere), which is how a merged form asks it only once.
 */
public record FormField(String key, String label, FieldType type, boolean required, List<String> options) {

  public FormField {
    options = options == null ? List.of() : List.copyOf(options);
  }
}
