package org.servicewindow.catalog;

import java.util.List;

/**
 * A material of a bundle's checklist: needed once for several items, with the strictest of their
 * requirements.
 *
 * @param neededFor the codes of the items that ask for it, in the bundle's order
 */
public record MergedMaterial(RequiredMaterial requirement, List<String> neededFor) {

  public MergedMaterial {
    neededFor = List.copyOf(neededFor);
  }
}
