package org.servicewindow.catalog;

import java.util.List;

/** One materials checklist for several items (一件事一次办): every document once. */
public record MergedChecklist(List<String> itemCodes, List<MergedMaterial> materials) {

  public MergedChecklist {
    itemCodes = List.copyOf(itemCodes);
    materials = List.copyOf(materials);
  }

  public long requiredCount() {
    return materials.stream().filter(m -> m.requirement().required()).count();
  }
}
